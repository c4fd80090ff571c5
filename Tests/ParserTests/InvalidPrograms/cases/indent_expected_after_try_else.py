try:
    pass
except E:
    pass
else:
pass
