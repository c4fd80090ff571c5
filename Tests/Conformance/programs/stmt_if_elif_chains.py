# if/elif/else chains, chained comparisons, conditional expressions, and truth tests of conditions
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 89.99)])

def classify(x):
    if not isinstance(x, (int, float)):
        kind = "not a number"
    elif x < 0:
        kind = "negative"
    elif x == 0:
        kind = "zero"
    elif 0 < x < 1:
        kind = "fraction"
    elif 1 <= x <= 10 == 10:
        kind = "small"
    else:
        kind = "large"
    return kind
print([classify(v) for v in [-1, 0, 0.5, 1, 10, 11, "s", None]])

a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, a < c > b, 1 < 2 != 2, (a < b) < c, a is not b is not c, a in [1] in [[1]])
print("yes" if a else "no", "neg" if a < 0 else "zero" if a == 0 else "pos", (lambda: "l")() if c > b else None)
x = 5
msg = ("big" if x > 3 else "small") + "!"
print(msg, [("even" if n % 2 == 0 else "odd") for n in range(3)])
if []:
    print("empty list is true?")
elif {}:
    print("empty dict is true?")
elif 0.0 or "" or None:
    print("never")
else:
    print("all falsy")
if x:
    pass
if x > 1: print("one-line if")
if x > 10: print("no")
else: print("one-line else")
count = 0
while count < 3: count += 1
print(count)
nested = 7
if nested > 0:
    if nested % 2:
        if nested > 5:
            print("positive odd above five")
