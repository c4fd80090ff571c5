# Too many positional arguments: CPython 3.11 checks after binding the keywords, so a
# wrong keyword is reported first, and the message counts the keyword-only arguments
# given. The program ends with an exception raised inside a generator that a for loop
# advances: the loop's line is shown without carets (FOR_ITER has the statement's
# position).


def g(a, b, c=3, *, d, e=5):
    pass


def h(a, *, k):
    pass


def none():
    pass


calls = [
    lambda: g(1, 2, 3, 4, d=1),
    lambda: g(1, 2, 3, 4, d=1, e=2),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, 2, 3, 4, zz=1),
    lambda: g(1, 2, 3, 4, a=1),
    lambda: h(1, 2, k=3),
    lambda: h(1, 2),
    lambda: none(1),
    lambda: none(1, 2),
    lambda: h(1, 2, k=3, j=4),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)


def numbers():
    yield 1
    raise ValueError("inside the generator")


def loop():
    for n in (
        numbers()
    ):
        print(n)


loop()
