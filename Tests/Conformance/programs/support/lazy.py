"""A module with a PEP 562 __getattr__ and __dir__."""
calls = []


def __getattr__(name):
    calls.append(name)
    if name == "late":
        global late
        late = "bound on first use"
        return late
    if name.startswith("computed_"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["late", "computed_x"]
