# A decorator that raises: CPython 3.11 places each decorator's call at the decorator,
# so the traceback shows the @ line and its carets
def tagging(tag):
    def apply(f):
        if tag == "bad":
            raise ValueError("bad tag for " + f.__name__)
        f.tag = tag
        return f
    return apply
def checked(f):
    return f
@checked
@tagging("ok")
def fine():
    pass
print(fine.tag)
try:
    @tagging("ok")
    @tagging("bad")
    @checked
    def broken():
        pass
except ValueError as e:
    import sys
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(e, e.__traceback__.tb_lineno, tb.tb_lineno)
def class_decorator(cls):
    raise TypeError(f"cannot decorate {cls.__name__}")
try:
    @class_decorator
    class Thing:
        pass
except TypeError as e:
    print(e, e.__traceback__.tb_lineno)
class Holder:
    @staticmethod
    @tagging("bad")
    def method():
        pass
