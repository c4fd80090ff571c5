# annotations and typing-free features: function and module __annotations__, union types with |, isinstance with unions, type hints on locals, ellipsis bodies, docstrings
def f(a: int, b: "str" = "x", *args: float, c: "list[int]" = None, **kw: dict) -> tuple:
    "f's doc"
    local: int = 5
    return a, b
print(f.__annotations__ if False else sorted(f.__annotations__), f.__doc__, f(1))
x: int = 3
y: str
print(__annotations__, x)
try:
    y
except NameError as e:
    print("NameError", e)
class Typed:
    name: str
    count: int = 0
    def method(self) -> None: ...
print(Typed.__annotations__, Typed.count, hasattr(Typed, "name"), Typed().method())
def stub(): ...
print(stub(), stub.__doc__)
def documented():
    """Multi-line
    docstring."""
print(documented.__doc__)
class Doc:
    """Class doc."""
    def m(self):
        "method doc"
print(Doc.__doc__, Doc.m.__doc__)
