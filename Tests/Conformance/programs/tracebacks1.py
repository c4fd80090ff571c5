# an uncaught exception raised deep in nested calls, with attribute, subscript and call position markers
class Config:
    def __init__(self): self.values = {"a": [1, 2, 3]}
    def lookup(self, key, index):
        return self.values[key][index]
def level2(cfg):
    total = 0
    for k in ["a", "b"]:
        total += cfg.lookup(k, 1)
    return total
def level1():
    return level2(Config()) * 2
print("start")
level1()
