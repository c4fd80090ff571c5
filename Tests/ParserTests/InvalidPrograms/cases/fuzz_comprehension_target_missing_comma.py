x = [a for a  b if a = 1]
