# A call spanning lines is marked to the end of its first line's text, comments included.
def f(*a):
    return 1 / 0

def g():
    x = f(1,   # comment here
          2)
    return x

def h():
    return (g()
            + 1)

h()
