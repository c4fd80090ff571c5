# uncaught RecursionError through two mutually recursive functions: the repeated pair of lines is cut with a count
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
print("starting")
ping(0)
