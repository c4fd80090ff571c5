# a small object-oriented simulation: inventory and orders with classes, properties, sorting, dict grouping, exceptions, string reports
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}"); self.item = item
class Item:
    def __init__(self, name, price, qty): self.name, self.price, self.qty = name, price, qty
    @property
    def value(self): return round(self.price * self.qty, 2)
    def __repr__(self): return f"Item({self.name!r}, {self.price}, {self.qty})"
    def __lt__(self, other): return (self.value, self.name) < (other.value, other.name)
class Inventory:
    def __init__(self): self.items = {}; self.log = []
    def add(self, name, price, qty=1):
        if name in self.items: self.items[name].qty += qty
        else: self.items[name] = Item(name, price, qty)
        self.log.append(("add", name, qty)); return self
    def take(self, name, qty):
        it = self.items.get(name)
        if it is None: raise KeyError(name)
        if it.qty < qty: raise OutOfStock(name, qty, it.qty)
        it.qty -= qty; self.log.append(("take", name, qty))
        if it.qty == 0: del self.items[name]
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(sorted(self.items.values()))
    def __contains__(self, name): return name in self.items
    def total(self): return round(sum(i.value for i in self.items.values()), 2)
inv = Inventory()
inv.add("widget", 2.5, 10).add("gadget", 12.0, 3).add("doohickey", 0.75, 40).add("widget", 2.5, 5).add("gizmo", 99.99)
print(len(inv), "widget" in inv, inv.total(), list(inv))
orders = [("widget", 4), ("gizmo", 1), ("gadget", 5), ("sprocket", 1), ("doohickey", 40), ("widget", 11)]
for name, qty in orders:
    try:
        inv.take(name, qty); print(f"took {qty:>3} {name}")
    except OutOfStock as e:
        print("out of stock:", e, "| item =", e.item)
    except KeyError as e:
        print("unknown item:", e)
print(len(inv), inv.total(), [i.name for i in inv])
by_kind = {}
for kind, name, qty in inv.log: by_kind.setdefault(kind, []).append((name, qty))
for kind in sorted(by_kind): print(kind, by_kind[kind])
report = "\n".join(f"{i.name:<10}{i.qty:>5}{i.price:>9.2f}{i.value:>10.2f}" for i in inv)
print(report); print("-" * 34); print(f"{'TOTAL':<10}{'':>14}{inv.total():>10.2f}")
summary = {n: sum(q for k, nm, q in inv.log if nm == n and k == "take") for n in {nm for _, nm, _ in inv.log}}
print(sorted(summary.items()), max(summary, key=lambda n: (summary[n], n)))
