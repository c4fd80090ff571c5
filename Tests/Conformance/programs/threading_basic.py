# gc-stress-interval: 50 (imports threading, os or decimal, whose loading takes minutes when every allocation collects)
# Threads under the GIL: start/join, locks, conditions, events, queues, results.
import threading, queue, time, _thread, sys

results = []
lock = threading.Lock()

def work(n):
    total = 0
    for i in range(20000):
        total += i * n
    with lock:
        results.append((n, total))

threads = [threading.Thread(target=work, args=(i,), name=f"worker-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], [t.name for t in threads])

# Lock and RLock semantics
l = threading.Lock()
print(l.acquire(), l.acquire(False), l.locked())
l.release()
print(l.locked(), l.acquire(timeout=0.01), l.acquire(timeout=0.01))
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# An RLock held by another thread blocks this one.
held = threading.Event()
release = threading.Event()
def holder():
    with r:
        held.set()
        release.wait()
h = threading.Thread(target=holder)
h.start()
held.wait()
print("other holds:", r.acquire(blocking=False), r._is_owned())
release.set()
h.join()
print("after join:", r.acquire(blocking=False))
r.release()

# Condition: producer and consumer
cv = threading.Condition()
items = []
def producer():
    for i in range(30):
        with cv:
            items.append(i)
            cv.notify()
got = []
def consumer():
    while len(got) < 30:
        with cv:
            while not items:
                cv.wait()
            got.append(items.pop(0))
c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join()
print(got == list(range(30)))

# Event with a timeout, and one set by another thread
e = threading.Event()
print(e.wait(0.01))
threading.Timer(0.02, e.set).start()
print(e.wait(5))

# Semaphore and Barrier
sem = threading.BoundedSemaphore(2)
inside = []
peak = [0]
def limited(i):
    with sem:
        inside.append(i)
        peak[0] = max(peak[0], len(inside))
        time.sleep(0.005)
        inside.remove(i)
ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak[0] <= 2)
barrier = threading.Barrier(3)
order = []
def meet(i):
    barrier.wait()
    with lock:
        order.append(i)
ts = [threading.Thread(target=meet, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(order))

# queue.Queue with worker threads
q = queue.Queue()
out = queue.Queue()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * item)
        q.task_done()
workers = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in workers: w.start()
for i in range(50): q.put(i)
for _ in workers: q.put(None)
q.join()
squares = sorted(out.get() for _ in range(50))
print(squares[:5], len(squares))

# Exceptions in threads go to threading.excepthook
def boom():
    raise ValueError("boom in thread")
seen = []
old = threading.excepthook
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name="bad")
t.start(); t.join()
threading.excepthook = old
print(seen)

# thread identity, locals, counts
idents = set()
local = threading.local()
local.x = "main"
def ident():
    local.x = "thread"
    idents.add(threading.get_ident())
ts = [threading.Thread(target=ident) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(len(idents) >= 1, threading.get_ident() not in idents, local.x)
print(threading.active_count(), threading.current_thread() is threading.main_thread())
print(threading.main_thread().name, isinstance(threading.get_native_id(), int))

# the _thread layer
print(_thread.stack_size())
for bad in (1, -1):
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [(), (len,), (1, ()), (len, []), (len, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)
done = _thread.allocate_lock()
done.acquire()
def raw(a, b=0):
    results.append(("raw", a + b))
    done.release()
_thread.start_new_thread(raw, (1,), {"b": 2})
done.acquire()
print(results[-1])
print(type(_thread.allocate_lock()).__name__, _thread.TIMEOUT_MAX > 0)
try:
    l.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
