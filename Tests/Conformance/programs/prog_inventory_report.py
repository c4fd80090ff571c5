# an inventory report: dict grouping, sorting by several keys, formatted tables, totals and a failing lookup
inventory = [
    {"sku": "A-100", "name": "bolt", "category": "hardware", "qty": 120, "price": 0.25},
    {"sku": "B-220", "name": "hammer", "category": "tools", "qty": 8, "price": 12.5},
    {"sku": "A-101", "name": "nut", "category": "hardware", "qty": 300, "price": 0.1},
    {"sku": "C-330", "name": "glue", "category": "supplies", "qty": 0, "price": 3.75},
    {"sku": "B-221", "name": "saw", "category": "tools", "qty": 3, "price": 22.0},
]
by_category = {}
for item in inventory:
    by_category.setdefault(item["category"], []).append(item)
print(f"{'category':<10}{'items':>6}{'value':>10}")
grand = 0
for cat in sorted(by_category):
    items = by_category[cat]
    value = sum(i["qty"] * i["price"] for i in items)
    grand += value
    print(f"{cat:<10}{len(items):>6}{value:>10.2f}")
print(f"{'total':<10}{len(inventory):>6}{grand:>10.2f}")
for item in sorted(inventory, key=lambda i: (i["category"], -i["qty"])):
    flag = "OUT" if item["qty"] == 0 else "low" if item["qty"] < 10 else ""
    print(f"  {item['sku']} {item['name']:<8} {item['qty']:>4} x {item['price']:>6.2f} {flag}".rstrip())
index = {i["sku"]: i for i in inventory}
restock = {"C-330": 50, "B-221": 10}
for sku, n in restock.items():
    index[sku]["qty"] += n
print([(i["sku"], i["qty"]) for i in inventory])
print(index["Z-999"]["qty"])
