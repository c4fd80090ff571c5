# a small ledger: classes with validation, custom exceptions, transactions rolled back on failure, reports
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account = account

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, balance=0):
        acct = Account(owner, balance)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        snapshot = (src.balance, dst.balance, len(src.history), len(dst.history))
        try:
            src.withdraw(amount)
            dst.deposit(amount)
        except Exception:
            src.balance, dst.balance = snapshot[0], snapshot[1]
            del src.history[snapshot[2]:], dst.history[snapshot[3]:]
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice, bob = bank.open("alice", 100), bank.open("bob")
bank.transfer(alice, bob, 30)
for amount in (500, -5):
    try:
        bank.transfer(alice, bob, amount)
    except InsufficientFunds as e:
        print("refused:", e, e.account is alice)
    except ValueError as e:
        print("invalid:", e)
print(alice, bob, bank.total(), alice.history, bob.history)
report = sorted(bank.accounts.values(), key=lambda a: -a.balance)
for a in report:
    print(f"{a.id:>3} {a.owner:<8}{a.balance:>8.2f}")
