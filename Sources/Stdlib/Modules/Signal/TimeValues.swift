import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// Seconds given to C calls as CPython's pytime.c reads them: a count of nanoseconds
/// (`_PyTime_t`), rounded up, with pytime's messages.
enum TimeValues {
    /// `_PyTime_FromSecondsObject(obj, _PyTime_ROUND_CEILING)`: a float, else an int
    /// (or an object with `__index__`).
    static func nanoseconds(_ v: Value) throws(PyException) -> Int {
        if FloatObject.check(v) {
            let d = FloatObject.value(v)
            if d.isNaN { throw PyException.valueError("Invalid value NaN (not a number)") }
            let ns = (d * 1e9).rounded(.up)
            guard ns >= -9.223372036854775808e18 && ns < 9.223372036854775808e18 else {
                throw PyException.overflowError("timestamp out of range for platform time_t")
            }
            return Int(ns)
        }
        let seconds = IntObject.machineValue(try Protocols.indexValue(v))
        guard let seconds else { throw PyException.overflowError("timestamp too large to convert to C _PyTime_t") }
        let (ns, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { throw PyException.overflowError("timestamp too large to convert to C _PyTime_t") }
        return ns
    }

    /// Nanoseconds as a `timeval`, microseconds rounded up.
    static func timeval(_ ns: Int) -> Glibc.timeval {
        let us = ns >= 0 ? (ns + 999) / 1000 : ns / 1000
        var seconds = us / 1_000_000, rest = us % 1_000_000
        if rest < 0 {
            rest += 1_000_000
            seconds -= 1
        }
        return Glibc.timeval(tv_sec: seconds, tv_usec: rest)
    }

    static func timespec(_ ns: Int) -> Glibc.timespec {
        var seconds = ns / 1_000_000_000, rest = ns % 1_000_000_000
        if rest < 0 {
            rest += 1_000_000_000
            seconds -= 1
        }
        return Glibc.timespec(tv_sec: seconds, tv_nsec: rest)
    }

    static func seconds(_ t: Glibc.timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }

    /// The monotonic clock in nanoseconds.
    static func monotonic() -> Int {
        var now = Glibc.timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1_000_000_000 + now.tv_nsec
    }
}
