# every method of frozenset called with nine argument lists: results and error messages
from support.method_calls import tour
tour(lambda: frozenset({1, 2}))
