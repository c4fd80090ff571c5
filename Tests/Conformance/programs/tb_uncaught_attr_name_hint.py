# uncaught NameError with a "Did you mean" suggestion for a misspelt local; earlier caught errors print their suggestions too
def compute(values):
    total_sum = 0
    for v in values:
        total_sum += v
    try:
        print(len(valuse))
    except NameError as e:
        print(type(e).__name__, e)
    return total_summ
compute([1, 2, 3])
