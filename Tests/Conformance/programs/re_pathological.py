# Backtracking that takes exponential time still ends, and long subjects that push
# a backtracking point per character do not exhaust the native stack.
import re

# Exponential in the subject's length, kept small.
for n in (8, 12, 14):
    print(n, re.match(r'(a+)+b', 'a' * n), re.match(r'(x+x+)+y', 'x' * n), re.search(r'(a|aa)+c', 'a' * n))
print(re.fullmatch(r'(?:a|a?)+?b', 'a' * 12), re.match(r'(a*)*b', 'a' * 20), re.match(r'(?:a*)*$', 'a' * 20 + 'b'))

# One backtracking point per character, over a long subject.
s = 'ab' * 20000
print(re.match(r'(?:a|b)*c', s), re.match(r'(?:a|b)*', s).end(), re.match(r'(ab)*', s).span(1))
print(re.match(r'(?:(a)|b)*?$', s).span(), re.fullmatch(r'(?:ab)+?', s) is not None, len(re.findall(r'(?:ab|cd)+', s)))
print(re.match(r'(?>(?:a|b)*)', s).end(), re.match(r'(?:a|b)++', s).end(), re.search(r'(?<=b)a(?=b)', s).span())
print(re.match(r'(.)*', 'x' * 30000).span(1), re.sub(r'(a|b)', r'\1', s[:400]) == s[:400])
# Possessive and atomic forms give up at once where the greedy one would backtrack.
print(re.match(r'(?:a+)++b', 'a' * 5000), re.match(r'(?>a+)+b', 'a' * 5000))
