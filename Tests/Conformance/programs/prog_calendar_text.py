# a text calendar without the calendar module: leap years, day of week by Zeller's congruence, month grids, and day counting
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
def is_leap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in(y, m): return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    if m < 3: m += 12; y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7  # 0 = Monday
def month_grid(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * weekday(y, m, 1) + [f"{d:2}" for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7): lines.append(" ".join(cells[i:i + 7]))
    return lines
for line in month_grid(2024, 2): print(line.rstrip())
print()
left, right = month_grid(2023, 12), month_grid(2024, 1)
for a, b in zip(left + [""] * (len(right) - len(left)), right + [""] * (len(left) - len(right))):
    print(f"{a:<20}   {b}".rstrip())
def ordinal(y, m, d): return sum(366 if is_leap(x) else 365 for x in range(1, y)) + sum(days_in(y, k) for k in range(1, m)) + d
print(ordinal(2024, 3, 1) - ordinal(2023, 3, 1), ordinal(2000, 1, 1) - ordinal(1900, 1, 1), [y for y in range(1896, 1920) if is_leap(y)])
names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
print([names[weekday(*d)] for d in [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1900, 3, 1)]])
