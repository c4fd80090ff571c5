# gc-stress-interval: 50 (imports threading, os or decimal, whose loading takes minutes when every allocation collects)
# The GIL is handed over: busy threads interleave, and a sleeping or blocked thread
# lets others run; a non-daemon thread is joined at exit.
import threading, time, sys

sys.setswitchinterval(0.001)
stop = False
counts = [0, 0]
def spin(i):
    while not stop:
        counts[i] += 1
spinners = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in spinners: t.start()
time.sleep(0.2)
stop = True
for t in spinners: t.join()
print("both ran:", counts[0] > 0 and counts[1] > 0)

# A thread blocked on a lock does not stop the others.
gate = threading.Lock()
gate.acquire()
progress = []
def blocked():
    with gate:
        progress.append("blocked thread got the lock")
def busy():
    for i in range(5):
        progress.append(f"busy {i}")
        time.sleep(0.001)
    gate.release()
b1 = threading.Thread(target=blocked)
b2 = threading.Thread(target=busy)
b1.start(); b2.start(); b1.join(); b2.join()
print(progress)

# Threads that allocate while the collector runs keep their objects.
import gc
def allocate(out):
    keep = [[i, str(i), {i: (i,)}] for i in range(300)]
    gc.collect()
    out.append(sum(len(x[1]) for x in keep))
out = []
ts = [threading.Thread(target=allocate, args=(out,)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(out)

# join with a timeout
slow = threading.Thread(target=time.sleep, args=(0.2,))
slow.start()
slow.join(0.01)
print("still alive:", slow.is_alive())
slow.join()
print("alive after join:", slow.is_alive())

# Left running at exit: the interpreter waits for it (not a daemon).
def late():
    time.sleep(0.05)
    print("late thread finished")
threading.Thread(target=late).start()
print("main done")
