# a text report: parse CSV-like sales lines, aggregate per region and product, print aligned tables with totals and percentages
RAW = """region,product,units,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,7,9.50
east,widget,22,2.25
south,widget,5,2.75
east,gizmo,1,99.99
north,widget,4,2.50
west,gizmo,2,95.00
"""
rows = []
for i, line in enumerate(RAW.strip().splitlines()[1:], 2):
    region, product, units, price = line.split(",")
    rows.append({"region": region, "product": product, "units": int(units), "revenue": int(units) * float(price)})
by_region, by_product = {}, {}
for r in rows:
    reg = by_region.setdefault(r["region"], {"units": 0, "revenue": 0.0, "lines": 0})
    reg["units"] += r["units"]; reg["revenue"] += r["revenue"]; reg["lines"] += 1
    by_product[r["product"]] = by_product.get(r["product"], 0.0) + r["revenue"]
total = sum(v["revenue"] for v in by_region.values())
header = f"{'Region':<8}|{'Lines':>6}|{'Units':>6}|{'Revenue':>10}|{'Share':>7}"
print(header); print("-" * len(header))
for name, v in sorted(by_region.items(), key=lambda kv: -kv[1]["revenue"]):
    print(f"{name.title():<8}|{v['lines']:>6}|{v['units']:>6}|{v['revenue']:>10,.2f}|{v['revenue'] / total:>7.1%}")
print("-" * len(header))
print(f"{'Total':<8}|{len(rows):>6}|{sum(r['units'] for r in rows):>6}|{total:>10,.2f}|{1:>7.0%}")
print()
width = max(len(p) for p in by_product)
for product, revenue in sorted(by_product.items()):
    bar = "#" * round(revenue / total * 40)
    print(f"{product:>{width}} {revenue:8.2f} {bar}")
best = max(rows, key=lambda r: r["revenue"])
print(f"\nbest line: {best['region']}/{best['product']} {best['revenue']:.2f}; mean revenue per line {total / len(rows):.3f}")
