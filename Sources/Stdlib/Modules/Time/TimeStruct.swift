import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `time.struct_time` and its conversions to and from C's `struct tm`, as CPython's
/// timemodule.c (`tmtotuple`, `gettmarg`, `checktm`).
enum TimeStruct {
    nonisolated(unsafe) static var type: TypePointer?

    static func structType() throws(PyException) -> TypePointer {
        if let type { return type }
        let t = try StructSequence.makeType(
            "time.struct_time",
            fields: ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"],
            visible: 9,
            doc: "The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details.",
            instantiable: true)
        type = t
        return t
    }

    /// A struct_time of `tm` (its zone and offset given, as gmtime's are "UTC" and 0).
    static func make(_ tm: tm) throws(PyException) -> Value {
        let zone = tm.tm_zone.map { String(cString: $0) } ?? ""
        return try StructSequence.make(try structType()) { l throws(PyException) in
            for v in [Int(tm.tm_year) + 1900, Int(tm.tm_mon) + 1, Int(tm.tm_mday), Int(tm.tm_hour), Int(tm.tm_min),
                      Int(tm.tm_sec), (Int(tm.tm_wday) + 6) % 7, Int(tm.tm_yday) + 1, Int(tm.tm_isdst)] {
                List.append(l, IntObject.make(v))
            }
            List.append(l, try PosixPath.decode(Array(zone.utf8)))
            List.append(l, IntObject.make(tm.tm_gmtoff))
        }
    }

    /// A time argument in seconds (None: now) as a `time_t`, rounded toward minus infinity.
    static func seconds(_ v: Value?) throws(PyException) -> time_t {
        guard let v, v != .none else { return time(nil) }
        if FloatObject.check(v) {
            let d = FloatObject.value(v)
            if d.isNaN { throw PyException.valueError("Invalid value NaN (not a number)") }
            let floored = d.rounded(.down)
            guard floored >= -9.223372036854776e18, floored < 9.223372036854776e18 else {
                throw PyException.overflowError("timestamp out of range for platform time_t")
            }
            return time_t(floored)
        }
        do {
            return try Protocols.index(v, overflow: Krait_exc_OverflowError)
        } catch where error.matches(Krait_exc_OverflowError) {
            throw PyException.overflowError("timestamp out of range for platform time_t")
        }
    }

    /// The struct tm of a struct_time or 9-tuple (`gettmarg`). `zone` keeps the
    /// struct_time's zone name alive while `tm.tm_zone` points into it.
    static func tm(_ v: Value, _ function: String, zone: inout [CChar]) throws(PyException) -> tm {
        guard TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) else {
            throw PyException.typeError("Tuple or struct_time argument required")
        }
        guard Tuple.count(v) == 9 else {
            throw PyException.typeError("\(function)(): illegal time tuple argument")
        }
        var values: [Int32] = []
        for i in 0..<9 {
            let item = Tuple.item(v, i)
            if FloatObject.check(item) { throw PyException.typeError("'float' object cannot be interpreted as an integer") }
            let n = try Protocols.index(item, overflow: Krait_exc_OverflowError)
            guard n >= Int(Int32.min), n <= Int(Int32.max) else {
                throw PyException.overflowError(n < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum")
            }
            values.append(Int32(n))
        }
        if values[0] < Int32.min + 1900 { throw PyException.overflowError("year out of range") }
        var t = Glibc.tm()
        t.tm_year = values[0] - 1900
        t.tm_mon = values[1] - 1
        t.tm_mday = values[2]
        t.tm_hour = values[3]
        t.tm_min = values[4]
        t.tm_sec = values[5]
        t.tm_wday = (values[6] + 1) % 7
        t.tm_yday = values[7] - 1
        t.tm_isdst = values[8]
        if let structType = type, v.type == structType {
            // The hidden fields follow the nine items.
            let fields = Tuple.items(v)
            if fields[9] != .none { zone = Str.swiftString(fields[9]).utf8CString.map { $0 } }
            if fields[10] != .none { t.tm_gmtoff = try Protocols.index(fields[10], overflow: Krait_exc_OverflowError) }
        }
        return t
    }

    /// `checktm`: the fields asctime and strftime format must be in range.
    static func check(_ t: tm) throws(PyException) {
        if t.tm_mon < 0 || t.tm_mon > 11 { throw PyException.valueError("month out of range") }
        if t.tm_mday < 1 || t.tm_mday > 31 { throw PyException.valueError("day of month out of range") }
        if t.tm_hour < 0 || t.tm_hour > 23 { throw PyException.valueError("hour out of range") }
        if t.tm_min < 0 || t.tm_min > 59 { throw PyException.valueError("minute out of range") }
        if t.tm_sec < 0 || t.tm_sec > 61 { throw PyException.valueError("seconds out of range") }
        // tm_wday does not need checking of its upper bound: gettmarg took it modulo 7.
        if t.tm_wday < 0 { throw PyException.valueError("day of week out of range") }
        if t.tm_yday < 0 || t.tm_yday > 365 { throw PyException.valueError("day of year out of range") }
    }
}
