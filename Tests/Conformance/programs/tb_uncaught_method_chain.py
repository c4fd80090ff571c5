# uncaught exception raised three calls deep through methods and a property, with carets on each frame
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def ratio(self):
        return self.balance / self.limit()
    def limit(self):
        return self.balance - self.balance
    def report(self):
        return f"ratio {self.ratio:.2f}"

print(Account(10).balance)
print(Account(5).report())
