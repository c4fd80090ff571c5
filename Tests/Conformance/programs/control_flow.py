# if/elif/else, while with break/continue/else, for with else, nested loops
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in [-5, 0, 3, 42]:
    print(v, classify(v))

i = 0
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not reached")

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime", n)

count = 0
while count < 3:
    count += 1
else:
    print("while else ran", count)

x = 5
result = "big" if x > 3 else "small"
print(result, x > 3 and x < 10, x < 3 or x == 5, not x)
print(1 < 2 < 3, 3 > 2 > 5, 1 == 1 != 2)
