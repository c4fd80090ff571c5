# uncaught TypeError raised from an __add__ used by sum(); the traceback shows the dunder frame under the builtin call
class Money:
    def __init__(self, amount, currency): self.amount, self.currency = amount, currency
    def __add__(self, other):
        if other == 0: return self
        if self.currency != other.currency:
            raise TypeError(f"cannot add {self.currency} to {other.currency}")
        return Money(self.amount + other.amount, self.currency)
    __radd__ = __add__
    def __repr__(self): return f"{self.amount} {self.currency}"
print(sum([Money(1, "EUR"), Money(2, "EUR")]))
print(sum([Money(1, "EUR"), Money(2, "USD")]))
