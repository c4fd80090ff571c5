# for/while with else, break, continue, nested loops and loop variables after the loop
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print("no", target)
        i = -1
    return i

print(find([3, 1, 4], 4), find([3, 1, 4], 9), find([], 0))

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("even", n)
else:
    print("never")
print("n after", n)

count = 0
while count < 3:
    count += 1
else:
    print("while finished with", count)

for outer in range(3):
    for inner in range(3):
        if inner > outer:
            break
        print(outer, inner, end="; ")
    else:
        print("inner done", outer, end="; ")
print()

for k in range(0):
    pass
print("k unbound:", "k" not in dir())

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)

lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(4)
    print("saw", x)
print(lst)

it = iter(range(5))
for x in it:
    if x == 1:
        print("skip", next(it))
print("done")

for i in range(3):
    try:
        continue
    finally:
        print("finally", i)

while True:
    try:
        break
    finally:
        print("finally on break")
