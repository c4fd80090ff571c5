import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// CPython's `_PyTime_t` conversions (Python/pytime.c) that timeouts go through: a
/// number of seconds or milliseconds as nanoseconds, rounded as asked, with its
/// errors; and deadlines on the monotonic clock.
enum Timeouts {
    enum Rounding {
        case floor, ceiling, halfEven
        /// Away from zero: `_PyTime_ROUND_TIMEOUT`, so a wait is never shorter.
        case up
    }

    static func overflow() -> PyException {
        PyException.overflowError("timestamp too large to convert to C _PyTime_t")
    }

    static func round(_ d: Double, _ mode: Rounding) -> Double {
        switch mode {
        case .floor: return d.rounded(.down)
        case .ceiling: return d.rounded(.up)
        case .halfEven: return d.rounded(.toNearestOrEven)
        case .up: return d >= 0 ? d.rounded(.up) : d.rounded(.down)
        }
    }

    /// `_PyTime_FromObject`: a float, or an int (anything with `__index__`), times
    /// `unit` nanoseconds.
    static func nanoseconds(_ v: Value, unit: Int, _ mode: Rounding) throws(PyException) -> Int {
        if FloatObject.check(v) {
            let d = FloatObject.value(v)
            if d.isNaN { throw PyException.valueError("Invalid value NaN (not a number)") }
            let scaled = round(d * Double(unit), mode)
            guard scaled >= -9.223372036854775808e18 && scaled < 9.223372036854775808e18 else {
                throw PyException.overflowError("timestamp out of range for platform time_t")
            }
            return Int(scaled)
        }
        guard let whole = IntObject.machineValue(try Protocols.indexValue(v)) else { throw overflow() }
        let (product, overflowed) = whole.multipliedReportingOverflow(by: unit)
        if overflowed { throw overflow() }
        return product
    }

    static func fromSeconds(_ v: Value, _ mode: Rounding = .up) throws(PyException) -> Int {
        try nanoseconds(v, unit: 1_000_000_000, mode)
    }

    static func fromMilliseconds(_ v: Value, _ mode: Rounding = .up) throws(PyException) -> Int {
        try nanoseconds(v, unit: 1_000_000, mode)
    }

    /// `_PyTime_Divide`: `t / k` rounded as asked.
    static func divide(_ t: Int, _ k: Int, _ mode: Rounding) -> Int {
        let q = t / k, r = t % k
        if r == 0 { return q }
        let negative = t < 0
        switch mode {
        case .floor: return negative ? q - 1 : q
        case .ceiling: return negative ? q : q + 1
        case .up: return negative ? q - 1 : q + 1
        case .halfEven:
            let twice = 2 * abs(r)
            if twice < k || (twice == k && q % 2 == 0) { return q }
            return negative ? q - 1 : q + 1
        }
    }

    static func milliseconds(_ ns: Int, _ mode: Rounding) -> Int { divide(ns, 1_000_000, mode) }

    /// `_PyTime_AsTimeval`.
    static func timeval(_ ns: Int, _ mode: Rounding) -> Glibc.timeval {
        let us = divide(ns, 1000, mode)
        var seconds = us / 1_000_000, micro = us % 1_000_000
        if micro < 0 { micro += 1_000_000; seconds -= 1 }
        return Glibc.timeval(tv_sec: seconds, tv_usec: micro)
    }

    /// `_PyTime_GetMonotonicClock`, in nanoseconds.
    static func monotonic() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return t.tv_sec * 1_000_000_000 + t.tv_nsec
    }

    /// What is left until `deadline` (may be negative once it passed).
    static func remaining(until deadline: Int) -> Int { deadline - monotonic() }
}
