# a future import after other statements fails to compile the whole file (braces is not even looked at)
print("never printed")
from __future__ import braces
