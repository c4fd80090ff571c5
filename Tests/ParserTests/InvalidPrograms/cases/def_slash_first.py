def f(/):
    pass
