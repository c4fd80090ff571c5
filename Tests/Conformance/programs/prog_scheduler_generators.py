# a round-robin task scheduler built on generators: tasks yield requests (sleep ticks, spawn, wait for a child), a clock, and a log
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
class Spawn:
    def __init__(self, gen, name): self.gen, self.name = gen, name
class Join:
    def __init__(self, name): self.name = name
class Scheduler:
    def __init__(self):
        self.ready, self.sleeping, self.waiting, self.results, self.clock, self.log = [], [], {}, {}, 0, []
    def spawn(self, gen, name): self.ready.append((name, gen, None))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock = min(t for t, _, _ in self.sleeping)
                woke = [s for s in self.sleeping if s[0] <= self.clock]
                self.sleeping = [s for s in self.sleeping if s[0] > self.clock]
                self.ready.extend((n, g, None) for _, n, g in sorted(woke, key=lambda s: (s[0], s[1])))
            name, gen, value = self.ready.pop(0)
            try:
                req = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"t={self.clock} {name} finished -> {stop.value!r}")
                for waiter_name, waiter in self.waiting.pop(name, []):
                    self.ready.append((waiter_name, waiter, stop.value))
                continue
            if isinstance(req, Sleep):
                self.sleeping.append((self.clock + req.ticks, name, gen))
            elif isinstance(req, Spawn):
                self.spawn(req.gen, req.name); self.ready.append((name, gen, req.name))
            elif isinstance(req, Join):
                if req.name in self.results: self.ready.append((name, gen, self.results[req.name]))
                else: self.waiting.setdefault(req.name, []).append((name, gen))
            else:
                self.log.append(f"t={self.clock} {name} yielded {req!r}"); self.ready.append((name, gen, None))
def worker(n, delay):
    total = 0
    for i in range(n):
        yield Sleep(delay)
        total += i
    return total
def parent():
    a = yield Spawn(worker(3, 2), "w1")
    b = yield Spawn(worker(2, 5), "w2")
    yield "spawned " + a + " and " + b
    r1 = yield Join("w1")
    r2 = yield Join("w2")
    return r1 + r2
s = Scheduler(); s.spawn(parent(), "main"); s.spawn(worker(1, 1), "solo"); s.run()
print("\n".join(s.log)); print(sorted(s.results.items()), "clock", s.clock)
