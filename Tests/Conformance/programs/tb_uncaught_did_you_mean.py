# uncaught AttributeError on a misspelt method of a user class instance: the "Did you mean" suggestion from dir()
class Inventory:
    def __init__(self): self.items = {}
    def add_item(self, name, count): self.items[name] = self.items.get(name, 0) + count
    def remove_item(self, name): del self.items[name]
inv = Inventory()
inv.add_item("bolt", 3)
for probe in ["items", "itemz", "add_item"]:
    print(probe, hasattr(inv, probe))
try:
    inv.itemz
except AttributeError as e:
    print(type(e).__name__, e, e.name, type(e.obj).__name__)
inv.add_itme("nut", 2)
