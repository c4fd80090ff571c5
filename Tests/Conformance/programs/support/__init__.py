"""A package imported by imports.py."""
loaded = ["support"]
