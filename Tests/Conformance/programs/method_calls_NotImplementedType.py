# every method of NotImplementedType called with nine argument lists: results and error messages
import sys, _collections
from support.method_calls import tour
def f(a, b=2):
    return a
class K:
    def m(self):
        pass
tour(lambda: NotImplemented, identity_hash=True)
