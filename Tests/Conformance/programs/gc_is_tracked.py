# gc.is_tracked for one object of each builtin kind, as CPython's collector tracks them.
import gc
class C: pass
def f(): pass
vals = {"int": 1, "big": 2**70, "str": "abc", "float": 1.5, "bytes": b"x", "bytearray": bytearray(b"x"), "complex": None,
        "range": range(3), "slice": slice(1), "list": [], "set": set(), "frozenset": frozenset(), "func": f, "type": C,
        "inst": C(), "mv": memoryview(b"x"), "iter": iter([]), "code": f.__code__, "exc": ValueError(), "prop": property(),
        "method": C().__init__, "gen": (x for x in []), "cell": (lambda: vals).__closure__, "module": gc, "bool": True,
        "none": None, "ellipsis": ..., "builtin": len, "mdesc": list.append, "bmeth": [].append, "dictkeys": {}.keys(),
        "enumerate": enumerate([]), "super": super(C, C()), "staticmethod": staticmethod(f), "strit": iter("ab"), "rangeit": iter(range(3))}
print({k: gc.is_tracked(v) for k, v in vals.items()})
