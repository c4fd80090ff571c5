# list, dict comprehensions and nested scopes
words = ["apple", "banana", "cherry", "date"]
print([w.upper() for w in words if len(w) > 4])
print({w: len(w) for w in words})
print([(i, j) for i in range(3) for j in range(i)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
n = 10
print([n * k for k in range(3)])
print(sum(x * x for x in range(10)))
print([y for x in [[1, 2], [3]] for y in x])
print(any(w.startswith("b") for w in words), all(len(w) > 3 for w in words))
