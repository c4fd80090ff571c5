# uncaught ExceptionGroup whose members carry notes and a cause; the nested tree rendering with notes
def check(v):
    if v < 0:
        e = ValueError(f"negative: {v}")
        e.add_note(f"while checking item {v}")
        raise e
    if v == 0:
        raise ZeroDivisionError("zero") from KeyError("source")
    return v
errors = []
for v in [3, -1, 0, -2]:
    try:
        check(v)
    except Exception as e:
        errors.append(e)
print(len(errors), "errors")
group = ExceptionGroup("validation failed", errors)
group.add_note("group note")
raise group
