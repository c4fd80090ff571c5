x = f'{a}
