# Finalizers that objects gain after they were created: a class given __del__ once it
# has instances, a base given __del__, and an instance moved by __class__ to a class
# with one. Each finalizer runs once, even when it resurrects its object. The objects
# are cycles, held by `keep` until their classes change, so no collection (of any
# schedule) frees them before.
import gc

keep = []

log = []

class Late:
    def __init__(self, name):
        self.name = name

class Base:
    pass

class Derived(Base):
    def __init__(self, name):
        self.name = name

class WithDel:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(("WithDel", self.name))

class Plain:
    def __init__(self, name):
        self.name = name

def make_cycles():
    for i in range(3):
        a = Late(f"late{i}")
        a.me = a
        d = Derived(f"derived{i}")
        d.me = d
        p = Plain(f"moved{i}")
        p.me = p
        keep.extend([a, d, p])
make_cycles()
def move():
    for o in keep:
        if type(o) is Plain:
            o.__class__ = WithDel
move()

def late_del(self):
    log.append(("Late", self.name))
Late.__del__ = late_del
Base.__del__ = lambda self: log.append(("Base", self.name))
keep.clear()

gc.collect()
gc.collect()
print(sorted(log))

# Resurrection through a finalizer added later: it runs only once.
saved = []
class Phoenix:
    pass
def make_phoenix():
    p = Phoenix()
    p.me = p
    keep.append(p)
make_phoenix()
def rise(self):
    log.append("rise")
    saved.append(self)
Phoenix.__del__ = rise
keep.clear()
log.clear()
gc.collect()
saved.clear()
gc.collect()
gc.collect()
print(log)

# A class that loses its finalizer: instances die without it.
class Gone:
    def __del__(self):
        log.append("gone")
def make_gone():
    g = Gone()
    g.me = g
    keep.append(g)
make_gone()
del Gone.__del__
keep.clear()
log.clear()
gc.collect()
print(log)
