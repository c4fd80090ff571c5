print f(x y)
