# uncaught TypeError from calling a function with a wrong argument through a lambda and map()
def area(width, height):
    return width * height

shapes = [(2, 3), (4, 5)]
print(list(map(lambda s: area(*s), shapes)))
shapes.append((1, 2, 3))
print(list(map(lambda s: area(*s), shapes)))
