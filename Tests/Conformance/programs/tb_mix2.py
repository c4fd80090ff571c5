# uncaught exceptions from builtins and methods called in nested expressions: markers for calls with keyword arguments, chained attribute calls, method on a subscript
class Store:
    def __init__(self): self.data = {"users": [{"name": "ann", "age": "x"}]}
    def get(self, table): return self.data[table]
def ages(store):
    return [int(u["age"], base=10) for u in store.get("users")]
def main():
    try:
        result = ages(Store())
    except ValueError as err:
        raise LookupError("could not read ages") from err
    finally:
        print("cleanup in main")
    return result
result = (
    main()
)
