"""CPython's side of Benchmarks/gc_bench.sh: the same linked list of two-slot objects
(tuples), its allocation time, and gc.collect() pauses with the list alive and dropped.

    python3.11 Benchmarks/gc_bench.py N
"""
import gc
import sys
import time

count = int(sys.argv[1])
start = time.perf_counter()
head = None
for _ in range(count):
    head = (head, None)
allocation = time.perf_counter() - start

start = time.perf_counter()
gc.collect()
live_pause = time.perf_counter() - start

head = None
start = time.perf_counter()
gc.collect()
dead_pause = time.perf_counter() - start

print("objects=%d alloc_seconds=%f alloc_Mobj_per_s=%f pause_live_ms=%f pause_after_drop_ms=%f object_size=%d"
      % (count, allocation, count / allocation / 1e6, live_pause * 1000, dead_pause * 1000,
         sys.getsizeof((None, None))))
