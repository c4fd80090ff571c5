# uncaught exception with explicit cause chain (raise from) printed with both tracebacks
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad input {s!r}") from e
def run():
    values = ["1", "2", "x"]
    return [parse(v) for v in values]
print(run.__name__)
run()
