# uncaught exception raised four frames deep through a method, a lambda and a comprehension; traceback carets on each line
class Ledger:
    def __init__(self, rows): self.rows = rows
    def totals(self):
        return {k: self.parse(v) for k, v in self.rows.items()}
    def parse(self, text):
        convert = lambda s: int(s.strip())
        return sum(convert(part) for part in text.split("+"))
ledger = Ledger({"a": "1 + 2", "b": "3 + x4"})
print(ledger.totals())
