import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `time`'s calendar functions (gmtime, localtime, mktime, asctime, ctime, strftime,
/// strptime), its zone attributes and its clock queries, as CPython's timemodule.c.
enum TimeFunctions {
    static func gmtime(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("gmtime", min: 0, max: 1)
        var seconds = try TimeStruct.seconds(args.optional(0))
        var t = tm()
        errno = 0
        guard gmtime_r(&seconds, &t) != nil else { throw PosixErrors.fromErrno(errno == 0 ? EINVAL : errno) }
        return try TimeStruct.make(t)
    }

    static func local(_ seconds: time_t) throws(PyException) -> tm {
        var seconds = seconds
        var t = tm()
        errno = 0
        guard localtime_r(&seconds, &t) != nil else { throw PosixErrors.fromErrno(errno == 0 ? EINVAL : errno) }
        return t
    }

    static func localtime(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("localtime", min: 0, max: 1)
        return try TimeStruct.make(try local(try TimeStruct.seconds(args.optional(0))))
    }

    static func mktime(_ args: Arguments) throws(PyException) -> Value {
        let v = try args.one("mktime")
        var zone: [CChar] = []
        var t = try TimeStruct.tm(v, "mktime", zone: &zone)
        // A sentinel: mktime sets it unless it fails.
        t.tm_wday = -1
        let result = zone.withUnsafeBufferPointer { z -> time_t in
            if !zone.isEmpty { t.tm_zone = z.baseAddress }
            return Glibc.mktime(&t)
        }
        if result == -1 && t.tm_wday == -1 { throw PyException.overflowError("mktime argument out of range") }
        return FloatObject.make(Double(result))
    }

    static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// C's asctime format, "%s %s%3d %.2d:%.2d:%.2d %d", without its newline.
    static func asctimeText(_ t: tm) -> String {
        func two(_ n: Int32) -> String { n < 10 && n >= 0 ? "0\(n)" : "\(n)" }
        let day = String(t.tm_mday)
        let padded = String(repeating: " ", count: max(0, 3 - day.count)) + day
        return "\(dayNames[Int(t.tm_wday)]) \(monthNames[Int(t.tm_mon)])\(padded) \(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) \(Int(t.tm_year) + 1900)"
    }

    static func asctime(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("asctime", min: 0, max: 1)
        var zone: [CChar] = []
        let t: tm
        if let v = args.optional(0) { t = try TimeStruct.tm(v, "asctime", zone: &zone) } else { t = try local(time(nil)) }
        try TimeStruct.check(t)
        return Str.make(asctimeText(t))
    }

    static func ctime(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("ctime", min: 0, max: 1)
        let t = try local(try TimeStruct.seconds(args.optional(0)))
        return Str.make(asctimeText(t))
    }

    static func strftime(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("strftime", min: 1, max: 2)
        let format = args[0]
        guard format.isExactly(Krait_str_type) || TypeObject.hasFlag(format.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("strftime() argument 1 must be str, not \(TypeObject.name(format.type))")
        }
        var zone: [CChar] = []
        var t: tm
        if args.count == 2 {
            t = try TimeStruct.tm(args[1], "strftime", zone: &zone)
            // Zero stands for the lowest valid value, as CPython allows.
            if t.tm_mon == -1 { t.tm_mon = 0 }
            if t.tm_mday == 0 { t.tm_mday = 1 }
            if t.tm_yday == -1 { t.tm_yday = 0 }
            try TimeStruct.check(t)
        } else {
            t = try local(time(nil))
        }
        t.tm_isdst = max(-1, min(1, t.tm_isdst))
        let bytes = try PosixPath.encode(format)
        if bytes.contains(0) { throw PyException.valueError("embedded null character") }
        let cFormat = bytes.map { CChar(bitPattern: $0) } + [0]
        var size = 1024
        while true {
            var out = [CChar](repeating: 0, count: size)
            let n = zone.withUnsafeBufferPointer { z -> Int in
                if !zone.isEmpty { t.tm_zone = z.baseAddress }
                return Glibc.strftime(&out, size, cFormat, &t)
            }
            // An empty result is ambiguous: it may need more room, up to 256 bytes per format byte.
            if n > 0 || size >= 256 * bytes.count {
                return try PosixPath.decode(out[0..<n].map { UInt8(bitPattern: $0) })
            }
            size *= 2
        }
    }

    static func strptime(_ args: Arguments) throws(PyException) -> Value {
        let module = try ImportSystem.importModule(Str.make("_strptime"), .none, .none, IntObject.make(0))
        let function = try Protocols.getAttribute(module, "_strptime_time")
        return try Protocols.call(function, args)
    }

    /// `timezone`, `altzone`, `daylight` and `tzname` from the offsets of 1 January
    /// and 1 July of this year, as CPython does on glibc (`init_timezone`).
    static func setZoneAttributes(_ module: Value) throws(PyException) {
        tzset()
        let year = 365 * 24 * 3600 + 6 * 3600
        var january = time_t((Int(time(nil)) / year) * year)
        var t = tm()
        localtime_r(&january, &t)
        let januaryName = t.tm_zone.map { String(cString: $0) } ?? ""
        let januaryZone = -t.tm_gmtoff
        var july = january + time_t(year / 2)
        localtime_r(&july, &t)
        let julyName = t.tm_zone.map { String(cString: $0) } ?? ""
        let julyZone = -t.tm_gmtoff
        // The southern hemisphere's daylight saving time is in January.
        let reversed = januaryZone < julyZone
        try NativeModule.set(module, "timezone", IntObject.make(reversed ? julyZone : januaryZone))
        try NativeModule.set(module, "altzone", IntObject.make(reversed ? januaryZone : julyZone))
        try NativeModule.set(module, "daylight", IntObject.make(januaryZone != julyZone ? 1 : 0))
        let names = reversed ? [julyName, januaryName] : [januaryName, julyName]
        try NativeModule.set(module, "tzname", Tuple.make([try PosixPath.decode(Array(names[0].utf8)), try PosixPath.decode(Array(names[1].utf8))]))
    }

    static func clockID(_ args: Arguments, _ name: String, count: Int = 1) throws(PyException) -> clockid_t {
        try args.positional(name, min: count, max: count)
        if FloatObject.check(args[0]) { throw PyException.typeError("'float' object cannot be interpreted as an integer") }
        let id = try Protocols.index(args[0], overflow: Krait_exc_OverflowError)
        guard id >= Int(Int32.min), id <= Int(Int32.max) else {
            throw PyException.overflowError(id < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum")
        }
        return clockid_t(id)
    }

    static func clockGettime(_ args: Arguments, nanoseconds: Bool) throws(PyException) -> Value {
        let id = try clockID(args, nanoseconds ? "clock_gettime_ns" : "clock_gettime")
        var t = timespec()
        if clock_gettime(id, &t) != 0 { throw PosixErrors.fromErrno() }
        return nanoseconds ? IntObject.make(Int(t.tv_sec) * 1_000_000_000 + Int(t.tv_nsec)) : FloatObject.make(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9)
    }

    static func clockGetres(_ args: Arguments) throws(PyException) -> Value {
        let id = try clockID(args, "clock_getres")
        var t = timespec()
        if clock_getres(id, &t) != 0 { throw PosixErrors.fromErrno() }
        return FloatObject.make(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9)
    }

    static func clockSettime(_ args: Arguments, nanoseconds: Bool) throws(PyException) -> Value {
        let id = try clockID(args, nanoseconds ? "clock_settime_ns" : "clock_settime", count: 2)
        var t = timespec()
        if nanoseconds {
            guard IntObject.check(args[1]) else { throw PyException.typeError("'\(TypeObject.name(args[1].type))' object cannot be interpreted as an integer") }
            let ns = try Protocols.index(args[1], overflow: Krait_exc_OverflowError)
            t.tv_sec = ns >= 0 ? ns / 1_000_000_000 : -((-ns + 999_999_999) / 1_000_000_000)
            t.tv_nsec = ns - t.tv_sec * 1_000_000_000
        } else {
            let seconds = try NativeModule.double(args[1], "clock_settime")
            let whole = seconds.rounded(.down)
            t.tv_sec = Int(whole)
            t.tv_nsec = Int(((seconds - whole) * 1e9).rounded(.down))
        }
        if clock_settime(id, &t) != 0 { throw PosixErrors.fromErrno() }
        return .none
    }

    static func pthreadCPUClock(_ args: Arguments) throws(PyException) -> Value {
        let v = try args.one("pthread_getcpuclockid")
        guard let thread = IntObject.unsignedWord(v), IntObject.check(v) else {
            throw PyException.overflowError("Python int too large to convert to C unsigned long")
        }
        var id = clockid_t()
        let error = pthread_getcpuclockid(pthread_t(thread), &id)
        if error != 0 { throw PosixErrors.fromErrno(error) }
        return IntObject.make(Int(id))
    }

    /// `get_clock_info(name)`.
    static func clockInfo(_ args: Arguments) throws(PyException) -> Value {
        let v = try args.one("get_clock_info")
        guard v.isExactly(Krait_str_type) || TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("get_clock_info() argument 1 must be str, not \(TypeObject.name(v.type))")
        }
        let clocks: [String: (String, clockid_t, Bool, Bool)] = [
            "time": ("CLOCK_REALTIME", CLOCK_REALTIME, false, true),
            "monotonic": ("CLOCK_MONOTONIC", CLOCK_MONOTONIC, true, false),
            "perf_counter": ("CLOCK_MONOTONIC", CLOCK_MONOTONIC, true, false),
            "process_time": ("CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID, true, false),
            "thread_time": ("CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID, true, false),
        ]
        guard let (name, id, monotonic, adjustable) = clocks[Str.swiftString(v)] else { throw PyException.valueError("unknown clock") }
        var resolution = timespec()
        clock_getres(id, &resolution)
        let info = SimpleNamespace.make()
        try Protocols.setAttribute(info, Interned.literal("implementation"), Str.make("clock_gettime(\(name))"))
        try Protocols.setAttribute(info, Interned.literal("monotonic"), .bool(monotonic))
        try Protocols.setAttribute(info, Interned.literal("adjustable"), .bool(adjustable))
        try Protocols.setAttribute(info, Interned.literal("resolution"), FloatObject.make(Double(resolution.tv_sec) + Double(resolution.tv_nsec) * 1e-9))
        return info
    }
}
