# uncaught AssertionError with a computed message from a validation helper, after caught assertions printed their args
def validate(order):
    assert order["qty"] > 0, f"quantity must be positive, got {order['qty']}"
    assert order["sku"].isalnum(), "sku must be alphanumeric"
    return True
for o in [{"qty": 1, "sku": "A1"}, {"qty": 2, "sku": "B-2"}]:
    try:
        print(validate(o))
    except AssertionError as e:
        print(type(e).__name__, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert args", e.args)
validate({"qty": 0, "sku": "C3"})
