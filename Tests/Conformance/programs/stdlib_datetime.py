# gc-stress-interval: 50 (imports datetime, whose pure-Python module takes minutes to load when every allocation collects)
# datetime (CPython's pure-Python fallback under Krait): arithmetic, formatting, parsing, time zones.
import datetime as dt

d = dt.datetime(2024, 2, 29, 13, 45, 7, 123456)
print(d, repr(d))
print(d.isoformat(), d.isoformat(sep=" ", timespec="milliseconds"), d.date(), d.time())
print(d + dt.timedelta(days=1, hours=12), d - dt.timedelta(weeks=9))
print(d.strftime("%A %d %B %Y %H:%M:%S.%f %j %U %w %p"), format(d, "%y/%m/%d"))
print(d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.toordinal(), d.timetuple()[:6])
print(d.replace(year=2023, day=28), d.replace(microsecond=0) < d)
print(dt.date(2020, 1, 1) - dt.date(2019, 1, 1), dt.date.fromordinal(738000))
print(dt.date.fromisoformat("2021-03-04"), dt.datetime.fromisoformat("2011-11-04T00:05:23+04:00"))
print(dt.time(1, 2, 3, 4).isoformat(), dt.time(23, 59).strftime("%H-%M"), repr(dt.time(5)))
print(dt.datetime.strptime("2023-07-04 10:11:12", "%Y-%m-%d %H:%M:%S"))

td = dt.timedelta(days=-1, seconds=30, microseconds=5)
print(td, repr(td), td.total_seconds(), abs(td), td * 3, td / 2, td // dt.timedelta(seconds=7))
print(dt.timedelta(hours=25), dt.timedelta(0), -dt.timedelta(minutes=1), dt.timedelta.max)
print(divmod(dt.timedelta(hours=5), dt.timedelta(hours=2)), dt.timedelta(seconds=1) % dt.timedelta(seconds=0.3))

ist = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
aware = dt.datetime(2024, 1, 1, 9, 0, tzinfo=ist)
print(aware, aware.tzname(), aware.utcoffset(), aware.astimezone(dt.timezone.utc))
print(aware == dt.datetime(2024, 1, 1, 3, 30, tzinfo=dt.timezone.utc), repr(dt.timezone.utc), ist)
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), aware.timestamp())


class Fixed(dt.tzinfo):
    def utcoffset(self, when):
        return dt.timedelta(hours=-3)

    def dst(self, when):
        return dt.timedelta(0)

    def tzname(self, when):
        return "FIX"


f = dt.datetime(2000, 6, 15, 12, tzinfo=Fixed())
print(f, f.tzname(), f.astimezone(ist), f.strftime("%Z %z"))
print(sorted([dt.date(2001, 1, 2), dt.date(1999, 12, 31), dt.date(2001, 1, 1)]))
print(hash(dt.date(2000, 1, 1)) == hash(dt.date(2000, 1, 1)), dt.date(2000, 1, 1) in {dt.date(2000, 1, 1)})
print(dt.MINYEAR, dt.MAXYEAR, dt.date.min, dt.datetime.max, dt.date.resolution)

# Only the exception types: the pure-Python fallback's messages differ from _datetime's, which Krait lacks.
for bad in [lambda: dt.datetime(2020, 13, 1), lambda: dt.time(24), lambda: dt.date.fromisoformat("2020-1-1"),
            lambda: dt.datetime.strptime("x", "%Y")]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__)
