# a syntax error: nothing runs, CPython's message and markers, status 1
print("before")
values = [1, 2
print(values)
