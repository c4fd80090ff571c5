# gc-stress-interval: 50 (imports threading, os or decimal, whose loading takes minutes when every allocation collects)
# Each thread has its own current context; a context entered on another thread
# shows the same values.
import contextvars
import threading
import time

v = contextvars.ContextVar('v', default='unset')
v.set('main')
results = {}
def worker(n):
    results[n] = [v.get()]
    v.set('w%d' % n)
    time.sleep(0.01)
    results[n].append(v.get())
    ctx = contextvars.copy_context()
    results[n].append(ctx[v])
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()), v.get())
ctx = contextvars.copy_context()
out = []
t = threading.Thread(target=lambda: out.append(ctx.run(v.get)))
t.start(); t.join(); print(out)

