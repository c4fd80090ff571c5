"""A docstring may come first."""
# the feature check answers before anything runs
from __future__ import annotations
from __future__ import braces
print("never printed")
