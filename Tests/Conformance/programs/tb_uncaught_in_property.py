# uncaught exception raised inside a property getter reached from a format string; the property frame appears in the traceback
class Account:
    def __init__(self, owner, cents): self.owner, self._cents = owner, cents
    @property
    def balance(self):
        if self._cents < 0:
            raise ValueError(f"negative balance for {self.owner}")
        return self._cents / 100
accounts = [Account("ann", 1250), Account("bob", -5)]
for a in accounts:
    print(f"{a.owner:>5}: {a.balance:8.2f}")
