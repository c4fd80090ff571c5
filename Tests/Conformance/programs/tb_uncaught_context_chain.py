# uncaught exception with an implicit context two levels deep (handler raising while handling), printed oldest first
def load(key):
    data = {"present": 1}
    try:
        return data[key]
    except KeyError:
        return int("not a number: " + key)
def main():
    try:
        load("missing")
    except ValueError as e:
        raise RuntimeError("could not load configuration")
main()
