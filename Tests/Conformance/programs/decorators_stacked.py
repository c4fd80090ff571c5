# decorators: stacking order, arguments, class decorators, decorating methods, and wrapper attributes
def trace(label):
    def decorate(func):
        def wrapper(*args, **kwargs):
            print(f"[{label}] calling {func.__name__}{args}")
            result = func(*args, **kwargs)
            print(f"[{label}] {func.__name__} returned {result!r}")
            return result
        wrapper.__name__ = func.__name__
        wrapper.__wrapped__ = func
        return wrapper
    print("decorating with", label)
    return decorate

@trace("outer")
@trace("inner")
def add(a, b):
    return a + b

print(add(2, 3), add.__name__, add.__wrapped__.__name__)

def count_calls(func):
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def square(x):
    return x * x
print([square(i) for i in range(4)], square.calls)

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        cls.registered = True
        return cls
    return deco

REGISTRY = {}
@register(REGISTRY)
class Plugin:
    pass
print(REGISTRY, Plugin.registered)

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, name):
        self.name = name
print(Config("first").name, Config("second").name, Config("x") is Config("y"))

class Service:
    @count_calls
    def handle(self, x):
        return x + 1
    @staticmethod
    @count_calls
    def helper(x):
        return x * 2
s = Service()
print(s.handle(1), s.handle(2), Service.handle.calls, Service.helper(4), s.helper(5))

@lambda f: f()
def evaluated_immediately():
    return "decorated value"
print(evaluated_immediately)

decorators = [trace("list")]
@decorators[0]
def indexed():
    return "ok"
print(indexed())

def not_callable_decorator():
    try:
        @5
        def f():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
not_callable_decorator()
