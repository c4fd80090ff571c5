# uncaught exception raised while handling another (implicit context), from a method and a lambda
class Handler:
    def handle(self, data):
        try:
            return data["key"]
        except KeyError:
            fallback = lambda: data.missing_attr
            return fallback()
Handler().handle({})
