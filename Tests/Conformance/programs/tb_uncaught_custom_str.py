# uncaught custom exception whose __str__ formats fields, raised from a nested function in a loop
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"

def validate(record):
    def check(name, cond, problem):
        if not cond:
            raise ValidationError(name, problem)
    check("name", isinstance(record.get("name"), str), "must be a string")
    check("age", record.get("age", 0) >= 0, "must not be negative")
    return True

for r in [{"name": "a", "age": 3}, {"name": "b"}, {"name": "c", "age": -1}]:
    print(r["name"], validate(r))
