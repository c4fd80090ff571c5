# return, break and continue crossing try/finally and except blocks
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"

def exc_swallowed():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def order(log):
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

def nested():
    out = []
    for i in range(4):
        try:
            try:
                if i == 1:
                    continue
                if i == 3:
                    break
                out.append(("body", i))
            finally:
                out.append(("inner", i))
        finally:
            out.append(("outer", i))
    return out

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i

def cont_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError
            seen.append(i)
        finally:
            continue
    return seen

def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2

def except_return_finally():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return "except " + type(e).__name__
    finally:
        print("cleanup runs")

print(ret_in_finally())
print(exc_swallowed())
print(order([]))
for step in nested():
    print(step)
print(break_in_finally())
print(cont_in_finally())
print(return_value_evaluated_first())
print(except_return_finally())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

for v in gen():
    print("gen", v)

def raise_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")

try:
    raise_in_finally()
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
