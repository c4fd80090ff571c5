# time's calendar functions and zone attributes, with POSIX TZ rules (no tzdata).
import os, time, pickle
for zone in ["UTC0", "EST+05EDT,M3.2.0,M11.1.0", "AEST-10AEDT,M10.1.0,M4.1.0/3"]:
    os.environ["TZ"] = zone
    time.tzset()
    print(zone, time.timezone, time.altzone, time.daylight, time.tzname)
    for stamp in [0, 1700000000, 1720000000.9, -86401]:
        l = time.localtime(stamp)
        print(" ", l, l.tm_zone, l.tm_gmtoff, time.mktime(l), time.ctime(stamp))
    print(" ", time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %Z %z %%", time.localtime(1700000000)))
    print(" ", time.mktime((2021, 6, 1, 12, 0, 0, 0, 0, -1)), time.mktime((2021, 1, 1, 12, 0, 0, 0, 0, 0)))

g = time.gmtime(1700000000.75)
print(g, g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], g[:3])
print(time.gmtime(0), time.gmtime(-1), time.gmtime(2**40))
print(time.asctime(g), time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime("%Y", (2000, 0, 0, 0, 0, 0, 0, 0, 0)), repr(time.strftime("", g)), time.strftime("%A %B", g))
print(time.strptime("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Tue Feb 13 2024", "%a %b %d %Y")[:8])
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff, time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0, "XYZ", 3600)).tm_zone)
print(pickle.loads(pickle.dumps(g)) == g, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
print(time.get_clock_info("monotonic"))
print(time.get_clock_info("process_time").implementation, time.get_clock_info("thread_time").monotonic)
print(type(time.clock_gettime(time.CLOCK_REALTIME)).__name__, type(time.clock_gettime_ns(0)).__name__,
      time.clock_getres(time.CLOCK_MONOTONIC) > 0, type(time.thread_time_ns()).__name__)
print(time._STRUCT_TM_ITEMS, time.CLOCK_MONOTONIC, time.CLOCK_TAI)
for bad in [lambda: time.gmtime("x"), lambda: time.gmtime(float("nan")), lambda: time.gmtime(1e300),
            lambda: time.asctime((1,)), lambda: time.asctime("x"), lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime(1), lambda: time.strftime("%Y", (2020, 1, 40, 0, 0, 0, 0, 1, 0)),
            lambda: time.get_clock_info("x"), lambda: time.mktime((1.5, 1, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime("a\0b"), lambda: time.asctime((2020, 1, 1, 24, 0, 0, 0, 1, 0)),
            lambda: time.asctime((2020, 1, 1, 0, 60, 0, 0, 1, 0)), lambda: time.asctime((2020, 1, 1, 0, 0, 62, 0, 1, 0)),
            lambda: time.asctime((2020, 1, 1, 0, 0, 0, 0, 367, 0)), lambda: time.asctime((2020, 1, 1, 0, 0, 0, -3, 1, 0)),
            lambda: time.struct_time((1, 2)), lambda: time.struct_time(tuple(range(12))), lambda: time.clock_gettime(1.5),
            lambda: time.strptime("2024", "%d"), lambda: time.get_clock_info(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
import datetime
dt = datetime.datetime(2024, 2, 29, 13, 45, 7, 123456)
print(dt.strftime("%Y-%m-%d %A %j %I %p"), dt.timetuple())
print(datetime.datetime.utcfromtimestamp(0), datetime.date(2024, 1, 1).strftime("%U %W"))
