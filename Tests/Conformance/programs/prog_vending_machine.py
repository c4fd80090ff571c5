# a vending machine state machine: states as classes swapped on the instance, coin handling, change making, and an event log
class State:
    def insert(self, m, coins): m.log.append(f"{type(self).__name__}: ignoring coin {coins}"); m.refund(coins)
    def select(self, m, item): m.log.append(f"{type(self).__name__}: cannot select {item}")
    def cancel(self, m): m.log.append(f"{type(self).__name__}: nothing to cancel")
class Idle(State):
    def insert(self, m, coins): m.credit += coins; m.state = HasCredit(); m.log.append(f"credit {m.credit}")
class HasCredit(State):
    def insert(self, m, coins): m.credit += coins; m.log.append(f"credit {m.credit}")
    def select(self, m, item):
        if item not in m.stock or m.stock[item][1] == 0:
            m.log.append(f"{item} sold out"); return
        price, count = m.stock[item]
        if m.credit < price:
            m.log.append(f"{item} costs {price}, credit {m.credit}"); return
        m.stock[item] = (price, count - 1)
        m.log.append(f"vend {item}"); m.refund(m.credit - price); m.credit = 0; m.state = Idle()
    def cancel(self, m): m.refund(m.credit); m.credit = 0; m.state = Idle()
class Machine:
    COINS = (200, 100, 50, 20, 10, 5)
    def __init__(self, stock): self.stock, self.credit, self.state, self.log = stock, 0, Idle(), []
    def refund(self, amount):
        change = []
        for c in self.COINS:
            while amount >= c: change.append(c); amount -= c
        if change: self.log.append(f"change {change}")
    def __getattr__(self, action):
        handler = getattr(self.state, action)
        return lambda *a: handler(self, *a)
vm = Machine({"cola": (120, 2), "chips": (85, 1), "gum": (35, 0)})
vm.select("cola"); vm.insert(100); vm.select("cola"); vm.insert(50); vm.select("cola")
vm.insert(200); vm.select("chips"); vm.insert(20); vm.select("chips"); vm.select("gum"); vm.cancel(); vm.cancel()
vm.insert(500); vm.select("cola"); vm.insert(120); vm.select("cola")
print("\n".join(vm.log)); print(vm.stock, type(vm.state).__name__)
