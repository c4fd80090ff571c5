# uncaught KeyError and assert with message, status 1; __repr__ of the exception argument
def check(d):
    assert isinstance(d, dict), f"expected dict, got {type(d).__name__}"
    return d["missing"]
try:
    check([])
except AssertionError as e:
    print("AssertionError", e)
check({"present": 1})
