if x:
    a
   \
    b
