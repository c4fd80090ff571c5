# every method of UnicodeDecodeError called with nine argument lists: results and error messages
import sys, _collections
from support.method_calls import tour
def f(a, b=2):
    return a
class K:
    def m(self):
        pass
tour(lambda: UnicodeDecodeError("utf-8", b"\\xff", 0, 1, "bad"), identity_hash=True)
