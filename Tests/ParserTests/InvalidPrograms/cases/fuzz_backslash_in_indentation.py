if x:
    a
   \     pass
