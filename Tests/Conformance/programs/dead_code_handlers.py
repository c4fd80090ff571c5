# Exception handlers set up in unreachable code (after a return or raise) compile,
# and the live code around them runs.
def after_try(a):
    try:
        return "first"
    except ValueError as err:
        raise TypeError from err
    match a:
        case int(x) | float(x):
            try:
                return 1
            except ValueError as err:
                raise TypeError from err

def after_return():
    return "early"
    with open("x") as f:
        try:
            pass
        finally:
            f.close()
    for i in range(3):
        try:
            continue
        except* OSError:
            pass

def after_raise():
    raise KeyError("k")
    try:
        try:
            pass
        except Exception:
            pass
    finally:
        pass

async def coroutine():
    return "async"
    async with a as b:
        try:
            await b
        except Exception:
            pass

print(after_try(1), after_return())
try:
    after_raise()
except KeyError as e:
    print("KeyError", e)
c = coroutine()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
