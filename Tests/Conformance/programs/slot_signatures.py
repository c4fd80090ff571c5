# __text_signature__ and __doc__ of slot wrappers and method-wrappers, by the kind of slot
pairs = [(object, "__init__"), (object, "__repr__"), (object, "__hash__"), (object, "__setattr__"), (object, "__delattr__"),
         (object, "__getattribute__"), (object, "__eq__"), (object, "__lt__"), (object, "__str__"), (int, "__add__"),
         (int, "__radd__"), (int, "__pow__"), (int, "__rpow__"), (int, "__neg__"), (int, "__bool__"), (int, "__index__"),
         (int, "__int__"), (int, "__float__"), (int, "__divmod__"), (float, "__rdivmod__"), (list, "__iadd__"),
         (list, "__imul__"), (list, "__mul__"), (list, "__rmul__"), (list, "__len__"), (list, "__getitem__"),
         (list, "__setitem__"), (list, "__delitem__"), (list, "__contains__"), (list, "__iter__"), (tuple, "__getitem__"),
         (dict, "__getitem__"), (dict, "__setitem__"), (dict, "__delitem__"), (type, "__call__"), (property, "__get__"),
         (property, "__set__"), (property, "__delete__"), (set, "__ior__"), (set, "__ixor__"), (type(iter([])), "__next__"),
         (str, "__mod__"), (str, "__rmod__"), (complex, "__abs__"), (int, "__invert__"), (int, "__lshift__"),
         (int, "__rrshift__"), (float, "__truediv__"), (float, "__floordiv__"), (set, "__isub__"), (set, "__iand__")]
for t, name in pairs:
    w = getattr(t, name)
    print(t.__name__, name, type(w).__name__, w.__text_signature__, w.__doc__)
print((1).__add__.__text_signature__, [].__len__.__text_signature__, object().__init__.__text_signature__, type((1).__add__).__name__)
