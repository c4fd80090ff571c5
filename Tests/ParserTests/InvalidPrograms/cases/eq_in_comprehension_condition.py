x = [a for a in b if a = 1]
