# A str subclass's own fields: __slots__ members, a __dict__ and weak references,
# for strings of every kind and length, and through further subclasses.
import gc
import weakref


class Tagged(str):
    __slots__ = ("tag", "count")


class Named(str):
    pass


class Deeper(Tagged):
    __slots__ = ("extra", "__weakref__")


class Open(Tagged):
    pass


samples = ["", "a", "abcdefg", "abcdefgh", "é" * 9, "snake \u0100\u0101", "\U0001F40D" * 5, "x" * 100]

for text in samples:
    t = Tagged(text)
    try:
        t.tag
    except AttributeError as e:
        print("unset:", e)
    t.tag = len(text)
    t.count = [text]
    print(repr(t.tag), t.count == [text], str(t) == text, len(t) == len(text), hash(t) == hash(text))
    try:
        t.other = 1
    except AttributeError as e:
        print("no dict:", e)
    try:
        weakref.ref(t)
    except TypeError as e:
        print("no weakref:", e)
    del t.count
    try:
        del t.count
    except AttributeError as e:
        print("deleted twice:", e)

    n = Named(text)
    n.a = 1
    n.b = text.upper()
    r = weakref.ref(n)
    print(r() is n, n.__dict__ == {"a": 1, "b": text.upper()}, weakref.getweakrefcount(n), n.__weakref__ is r)

    d = Deeper(text)
    d.tag, d.count, d.extra = 1, 2, 3
    rd = weakref.ref(d)
    print(rd() is d, d.tag + d.count + d.extra, d.upper() == text.upper())

    o = Open(text)
    o.tag = "t"
    o.free = "f"
    ro = weakref.ref(o)
    print(ro().tag, ro().free, vars(o), o + "!" == text + "!")

print(Tagged.__slots__, Deeper.__slots__, "__dict__" in dir(Named("q")))
print(type(Tagged.tag).__name__, Tagged.tag.__get__(Tagged("z"), Tagged) if hasattr(Tagged("z"), "tag") else "unset")


def collected():
    seen = []
    n = Named("dies " * 3)
    n.payload = list(range(5))
    with_callback = weakref.ref(n, lambda r: seen.append("callback"))
    keep = weakref.ref(n)
    del n
    return keep, with_callback, seen


keep, with_callback, seen = collected()
gc.collect()
print(keep(), seen)

holders = [Tagged("h" * i) for i in range(50)]
for i, h in enumerate(holders):
    h.tag = "v" * i
    h.count = i
gc.collect()
print(all(h.tag == "v" * i and h.count == i and h == "h" * i for i, h in enumerate(holders)))

try:
    class Bad(str):
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print(e)
try:
    class Twice(Named):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(e)
