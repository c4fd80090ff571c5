# every method of float called with nine argument lists: results and error messages
from support.method_calls import tour
tour(lambda: 2.5)
