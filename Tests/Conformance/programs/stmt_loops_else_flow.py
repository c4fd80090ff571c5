# loops: for/while else with break and continue, nested break via flags, loop variable after loop, modifying the iterated list, range edge cases
for i in range(3):
    pass
else:
    print("for else ran, i =", i)
for i in range(5):
    if i == 2: break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
    if n == 2: continue
    print("while body", n)
else:
    print("while else, n =", n)
for x in []:
    print("never")
else:
    print("empty loop else")
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for val in row:
        if val == 4:
            found = (row, val)
            break
    else:
        continue
    break
print("found", found)
items = [1, 2, 3, 4]
for it in items:
    if it == 2: items.remove(it)
print(items)
seen = []
lst = [1]
for v in lst:
    seen.append(v)
    if v < 4: lst.append(v + 1)
print(seen)
print(list(range(5, 0, -2)), list(range(0)), list(range(-3)), list(range(2, 2)), len(range(0, 100, 7)), range(10)[-1])
total = 0
for i in range(10):
    try:
        if i % 2: continue
        if i == 8: break
        total += i
    finally:
        total += 100
print(total)
k = 0
while True:
    k += 1
    if k > 3: break
print(k)
for ch in "ab":
    for num in (1, 2):
        print(ch, num, end="; ")
print()
def gen_loop():
    for i in range(3):
        yield i
    else:
        yield "else"
print(list(gen_loop()))
count = 0
while count < 5:
    count += 2
else:
    print("while finished", count)
