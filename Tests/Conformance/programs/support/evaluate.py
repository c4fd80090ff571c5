"""Evaluates one expression per line and prints each result or exception."""


def show(source):
    for e in source.strip().split('\n'):
        try:
            r = eval(e)
            if isinstance(r, memoryview):
                r = ('mv', r.tolist())
            print(e, '->', repr(r))
        except Exception as ex:
            print(e, '!!', type(ex).__name__, ex)
