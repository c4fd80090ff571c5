def f((/):
    pass
