# The gc module's interface. Counts and object lists depend on the implementation, so
# only their shapes and the objects a program made are printed.
import gc


print(sorted(n for n in dir(gc) if not n.startswith("__")))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.isenabled(), gc.get_threshold(), gc.garbage, gc.callbacks, gc.get_debug())

gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

for call in [lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.collect(3),
             lambda: gc.collect(-1), lambda: gc.get_objects(3), lambda: gc.set_debug(),
             lambda: gc.is_tracked(), lambda: gc.collect("a"), lambda: gc.set_threshold("a")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) for c in count))
stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats], stats[2]["collections"] > 0)


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


# is_tracked: atoms never, containers yes; dicts and tuples only when they may hold
# containers (CPython untracks the others; after a collection for tuples).
gc.collect()
print(gc.is_tracked(0), gc.is_tracked(2 ** 70), gc.is_tracked("a"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(()), gc.is_tracked((1, "x")), gc.is_tracked(([],)), gc.is_tracked(Node("n")))
print(gc.is_tracked(int), gc.is_tracked(Node), gc.is_tracked(lambda: 0), gc.is_tracked(set()))

# Referents and referrers of what the program built.
a, b = Node("a"), Node("b")
container = [a, b, "text"]
print(sorted(getattr(x, "name", x) for x in gc.get_referents(container)))
print(any(r is container for r in gc.get_referrers(a)), any(r is container for r in gc.get_referrers(b)))
print(any(o is container for o in gc.get_objects()), isinstance(gc.get_objects(0), list))
print(gc.get_referents(1, "s"), gc.is_finalized(a))

# Callbacks see every explicit collection start and stop.
phases = []


def callback(phase, info):
    phases.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(callback)
gc.collect()
gc.collect(1)
gc.callbacks.remove(callback)
print(phases)

# freeze: the objects alive now are left alone by later collections.
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

# A cycle that nothing references is found by collect().
def make_cycle():
    x, y = Node("x"), Node("y")
    x.links.append(y)
    y.links.append(x)

make_cycle()
print(gc.collect() >= 2)

# disable() stops automatic collection, not explicit collections.
log = []


class Dying:
    def __del__(self):
        log.append("dead")


def garbage():
    d = Dying()
    d.me = d

gc.disable()
garbage()
for i in range(20000):
    [i]
print(log)
gc.collect()
print(log)
gc.enable()
