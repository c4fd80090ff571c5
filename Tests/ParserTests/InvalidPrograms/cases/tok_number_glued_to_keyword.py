x = [0x1 for x in 1for]
