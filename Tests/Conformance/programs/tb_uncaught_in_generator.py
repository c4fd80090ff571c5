# uncaught exception raised inside a generator consumed by list(), through a helper function
def parse(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), value.strip()

def load(lines):
    return dict(parse(lines))

print(load(["a = 1", "b = 2"]))
print(load(["c = 3", "broken line", "d = 4"]))
