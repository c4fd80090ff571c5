# A return inside try/finally inside `with`, where the final body branches: the final
# body is compiled twice (on the return path and on the normal path, which is dead).
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])
        return False


def read(resource, locked):
    with resource:
        try:
            return "read " + resource.name
        finally:
            if locked:
                print("unlock", resource.name)


def loop(resources):
    for r in resources:
        with r:
            try:
                if r.name == "b":
                    return r.name
            finally:
                while False:
                    pass
                print("finally", r.name)
    return None


print(read(Resource("a"), True))
print(read(Resource("b"), False))
print(loop([Resource("a"), Resource("b"), Resource("c")]))
print(read.__code__.co_name, len(read.__code__.co_code) > 0)
