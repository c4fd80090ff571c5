# every method of tuple called with nine argument lists: results and error messages
from support.method_calls import tour
tour(lambda: (1, 2, 1))
