# uncaught ExceptionGroup with a nested group: the boxed, numbered traceback layout
def task(n):
    if n % 2:
        raise ValueError(f"task {n} failed")
    return n

def run_all(ns):
    errors = []
    for n in ns:
        try:
            task(n)
        except ValueError as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("some tasks failed", errors + [ExceptionGroup("inner", [KeyError("k")])])

run_all([0, 2])
print("first batch fine")
run_all([1, 2, 3])
