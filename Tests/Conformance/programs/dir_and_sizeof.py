# module.__dir__ (the module's own names, or its __dir__ function), traceback.__dir__, and dict.__sizeof__
# for dicts that fit their first keys table
import sys
m = type(sys)("m")
m.x = 1
print(dir(m), m.__dir__())
m.__dir__ = lambda: ["z", "a"]
print(dir(m))
m.__dir__ = 5
try: dir(m)
except TypeError as e: print("TypeError", e)
class Weird(type(sys)):
    @property
    def __dict__(self): return [1]
try: Weird("w").__dir__()
except TypeError as e: print("TypeError", e)
del m.__dir__
print("Weird" in dir(sys.modules[__name__]), "__class__" in dir(m))
try:
    1/0
except ZeroDivisionError as e:
    print(dir(e.__traceback__), e.__traceback__.__dir__())
sizes = []
d = {}
for i in range(5):
    sizes.append(d.__sizeof__())
    d[i] = i
print(sizes, d.__sizeof__(), {"a": 1, "b": 2}.__sizeof__(), dict(a=1).__sizeof__(), {}.__sizeof__(), dict().__sizeof__())
d.clear(); print(d.__sizeof__(), {1: 2}.copy().__sizeof__(), sys.getsizeof({}) >= {}.__sizeof__())
