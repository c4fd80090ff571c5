foo f(x y)
