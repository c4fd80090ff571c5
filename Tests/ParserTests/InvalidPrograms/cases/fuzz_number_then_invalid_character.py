x = 0€o
