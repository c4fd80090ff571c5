# every method of bytearray called with nine argument lists: results and error messages
from support.method_calls import tour
tour(lambda: bytearray(b"abc"))
