# global and builtin lookups in hot loops while globals are added, deleted, shadowed and the builtins module changes
import builtins
def uses_abs(x): return abs(x)
results = []
for i in range(6):
    if i == 2:
        def abs(x): return "global abs"
    if i == 4:
        del abs
    results.append(uses_abs(-i))
print(results)
def uses_name(): return NAME
out = []
for i in range(5):
    if i == 1: NAME = "first"
    if i == 3: NAME = "second"
    try:
        out.append(uses_name())
    except NameError as e:
        out.append(str(e))
    if i == 3: del NAME
print(out)
def uses_max(): return max(1, 2)
saved = builtins.max
vals = []
for i in range(4):
    if i == 1: builtins.max = lambda *a: "patched builtin"
    if i == 3: builtins.max = saved
    vals.append(uses_max())
print(vals)
g = globals()
def via_dict(): return DYN
g["DYN"] = 1; r1 = via_dict(); g["DYN"] = 2; r2 = via_dict(); del g["DYN"]
try:
    via_dict()
except NameError as e:
    print(r1, r2, type(e).__name__, e)
def shadowed_len(): return len([1, 2, 3])
print([shadowed_len() for _ in range(2)])
len = lambda x: -1
print([shadowed_len() for _ in range(2)])
del len
print(shadowed_len())
def new_builtin(): return brand_new
builtins.brand_new = "added to builtins"
print(new_builtin())
brand_new = "module shadows builtin"
print(new_builtin())
del brand_new, builtins.brand_new
try:
    new_builtin()
except NameError as e:
    print(type(e).__name__, e)
