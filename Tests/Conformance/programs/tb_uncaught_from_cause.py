# uncaught exception with an explicit cause: both tracebacks and the "direct cause" separator are printed
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot load {text!r}") from e

print(load("12"))
load("twelve")
