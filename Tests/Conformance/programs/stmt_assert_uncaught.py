# assert with and without messages, message evaluation only on failure, then an uncaught AssertionError
def check(v):
    assert v > 0
    return v

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

calls = []
def msg():
    calls.append(1)
    return "computed message"

assert True, msg()
print("calls", calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)

try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)

class Falsy:
    def __bool__(self):
        print("bool called")
        return False

try:
    assert Falsy(), "falsy object"
except AssertionError as e:
    print(e)

def check_range(lo, hi):
    assert lo <= hi, f"bad range {lo}..{hi}"
    return hi - lo

print(check_range(1, 5))
check_range(5, 1)
