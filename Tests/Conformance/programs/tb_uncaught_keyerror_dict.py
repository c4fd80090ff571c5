# uncaught KeyError from a nested subscript expression: the traceback underlines the failing subscript
config = {"db": {"host": "localhost", "port": 5432}, "cache": {}}
print(config["db"]["host"], config["db"]["port"])
print(config["cache"].get("ttl", 60))
timeout = config["db"]["timeouts"]["read"]
