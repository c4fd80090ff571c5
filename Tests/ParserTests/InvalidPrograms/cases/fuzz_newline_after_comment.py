x = 1
*# a comment after a stray star
