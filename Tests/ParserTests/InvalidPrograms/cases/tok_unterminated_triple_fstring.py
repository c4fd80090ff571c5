x = f'''{a}
b
