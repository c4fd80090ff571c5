x = b'abc
y = 1
