# BaseException-only subclasses (not caught by except Exception), GeneratorExit, SystemExit inside finally, bare raise, hierarchy checks
class Abort(BaseException):
    pass
def run(f):
    try:
        f()
    except Exception as e:
        return f"Exception {type(e).__name__}"
    except BaseException as e:
        return f"BaseException {type(e).__name__} {e.args}"
    return "none"
def abort(): raise Abort("stop")
def sysexit(): raise SystemExit(2)
def gexit(): raise GeneratorExit
def plain(): raise LookupError
print(run(abort), run(sysexit), run(gexit), run(plain), run(lambda: None))
for cls in [Abort, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, ArithmeticError, StopAsyncIteration, BaseExceptionGroup]:
    print(cls.__name__, issubclass(cls, Exception), [c.__name__ for c in cls.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__], [c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__], [c.__name__ for c in ModuleNotFoundError.__mro__], RecursionError.__base__.__name__)
print(issubclass(TimeoutError, OSError), issubclass(BrokenPipeError, ConnectionError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError), issubclass(FloatingPointError, ArithmeticError))
print([w.__name__ for w in [DeprecationWarning, UserWarning, ResourceWarning] if issubclass(w, Warning)], issubclass(Warning, Exception))
def cleanup_order():
    log = []
    try:
        try:
            raise Abort("inner")
        finally:
            log.append("finally ran")
    except BaseException as b:
        log.append(f"caught {b}")
    return log
print(cleanup_order())
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise
        except ValueError as again:
            return again.args
print(reraise())
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("gen got GeneratorExit")
        raise
g = gen(); next(g); g.close(); print("closed")
try:
    raise Abort
except Abort as a:
    print(repr(a), a.args)
raise Abort("uncaught base exception")
