# PEP 585 generic aliases (list[int]) and PEP 604 unions (int | str).
print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], type[int], set[frozenset[bytes]])
print(list[int] == list[int], list[int] != list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]("ab"))
alias = dict[str, int]
print(alias.__origin__, alias.__args__, alias.__parameters__, type(alias).__name__, alias.fromkeys("ab", 0))
print(list[int].append, list[int].__mro_entries__(()), list[int].__reduce__()[1])


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList.__orig_bases__, MyList.__mro__, MyList([3]))
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
              lambda: list[int][int], lambda: int[int], lambda: (lambda n: n[0])(3)):
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"], Box[1, 2])

print(int | str, int | None, None | int, str | int | float, int | int, (int | str) | bytes)
print(type(int | str).__name__, (int | str).__args__, (int | None).__args__)
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int))
print(list[int] | None, int | list[str], list[int] | list[int], dict[str, int] | set[int])
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
try:
    isinstance([], int | list[int])
except TypeError as e:
    print("TypeError:", e)
for bad in (lambda: int | 3, lambda: 3 | int, lambda: "a" | int):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)


def annotated(x: list[int] | None, *rest: tuple[str, ...]) -> dict[str, int | float]:
    return {}


print(annotated.__annotations__)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(WithMeta | None, int | WithMeta)
print(isinstance(WithMeta(), (int, WithMeta | str)))
