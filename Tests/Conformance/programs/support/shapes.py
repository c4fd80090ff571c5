"""A module of the support package."""
from . import loaded
loaded.append("shapes")

PI_ISH = 3

class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

def _private():
    return "hidden"

__all__ = ["Square", "PI_ISH"]
