"""Timers for the kinds of benchmark a Runner takes, and the worker's value loop.

A timer takes a loop count and returns the seconds those loops took.
"""
import subprocess
import time

perf_counter = time.perf_counter

# pyperf's bound on calibration: a value never holds more loops than this.
MAX_LOOPS = 2 ** 32


def function_timer(func, args):
    def timer(loops):
        start = perf_counter()
        for _ in range(loops):
            func(*args)
        return perf_counter() - start
    return timer


def time_function_timer(func, args):
    def timer(loops):
        return func(loops, *args)
    return timer


def async_function_timer(func, args):
    """Each value runs its loops in a new event loop, as pyperf does; the loop's
    creation and closing are not timed."""
    def timer(loops):
        import asyncio

        async def timed_loops():
            start = perf_counter()
            for _ in range(loops):
                await func(*args)
            return perf_counter() - start

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            return loop.run_until_complete(timed_loops())
        finally:
            asyncio.set_event_loop(None)
            loop.close()
    return timer


def command_timer(command):
    def timer(loops):
        start = perf_counter()
        for _ in range(loops):
            subprocess.run(command, check=True, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return perf_counter() - start
    return timer


def collect(timer, loops, warmups, values, min_time, per_loop, report=None):
    """Runs the timer: when `loops` is 0, calibration doubles the loop count from 1
    until a value takes `min_time`, then come `warmups` warm-up values and `values`
    timed values at that count. `per_loop(seconds, loops)` turns raw seconds into the
    recorded time; `report(kind, index, time)` sees each one as it is taken.

    Returns (loops, calibration count, [[loops, time], ...] of calibration and
    warm-ups, [time, ...] of values).
    """
    note = report or (lambda kind, index, value: None)
    warmup_pairs = []
    calibration = 0
    if loops == 0:
        loops = 1
        while True:
            seconds = timer(loops)
            calibration += 1
            warmup_pairs.append([loops, per_loop(seconds, loops)])
            note("Calibration", calibration, warmup_pairs[-1][1])
            if seconds >= min_time or loops * 2 > MAX_LOOPS:
                break
            loops *= 2
    for index in range(1, warmups + 1):
        warmup_pairs.append([loops, per_loop(timer(loops), loops)])
        note("Warmup", index, warmup_pairs[-1][1])
    timed = []
    for index in range(1, values + 1):
        timed.append(per_loop(timer(loops), loops))
        note("Value", index, timed[-1])
    return loops, calibration, warmup_pairs, timed
