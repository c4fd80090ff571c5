# traceback objects: tb_lineno/tb_frame/tb_next walking, frame names, with_traceback reuse, exception __traceback__ after re-raise
def level3(): raise ValueError("deep")
def level2(): level3()
def level1(): level2()
try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    chain = []
    while tb is not None:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    print(chain)
    saved = e
print(type(saved.__traceback__).__name__, saved.__traceback__.tb_frame.f_code.co_name)
def reraise_with(tb):
    raise RuntimeError("new").with_traceback(tb)
try:
    reraise_with(saved.__traceback__)
except RuntimeError as e:
    names = []
    tb = e.__traceback__
    while tb: names.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
    print(names)
def catch_and_count():
    try:
        try:
            level3()
        except ValueError as inner:
            first = inner.__traceback__
            raise
    except ValueError as outer:
        n = 0
        tb = outer.__traceback__
        while tb: n += 1; tb = tb.tb_next
        return n, first is not outer.__traceback__
print(catch_and_count())
e = KeyError("x"); print(e.__traceback__)
try:
    raise e
except KeyError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_next)
e.__traceback__ = None; print(e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as err:
    print(type(err).__name__, err)
f = saved.__traceback__.tb_frame
print(f.f_code.co_filename.endswith("exc_traceback_objects.py"), f.f_globals is globals(), type(f.f_lineno).__name__)
