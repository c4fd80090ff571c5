import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The `time` module: clocks, `sleep`, and the calendar functions of `TimeFunctions`.
enum TimeModule {
    static func seconds(_ clock: clockid_t) -> Double {
        var t = timespec()
        clock_gettime(clock, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
    }

    static func nanoseconds(_ clock: clockid_t) -> Value {
        var t = timespec()
        clock_gettime(clock, &t)
        return IntObject.make(Int(t.tv_sec) * 1_000_000_000 + Int(t.tv_nsec))
    }

    /// A clock function: float seconds, or int nanoseconds for the `_ns` forms.
    static func read(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String, _ clock: clockid_t, nanoseconds: Bool) -> Value {
        CBoundary.value { () throws(PyException) in
            try Arguments(a, n, k).none(name)
            return nanoseconds ? TimeModule.nanoseconds(clock) : FloatObject.make(TimeModule.seconds(clock))
        }
    }

    static func create() throws(PyException) -> Value {
        let m = try NativeModule.make("time", doc: "This module provides various functions to manipulate time values.", functions: [
            MethodSpec("time", doc: "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them.") { _, a, n, k in TimeModule.read(a, n, k, "time", CLOCK_REALTIME, nanoseconds: false) },
            MethodSpec("time_ns", doc: "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch.") { _, a, n, k in TimeModule.read(a, n, k, "time_ns", CLOCK_REALTIME, nanoseconds: true) },
            MethodSpec("perf_counter", doc: "perf_counter() -> float\n\nPerformance counter for benchmarking.") { _, a, n, k in TimeModule.read(a, n, k, "perf_counter", CLOCK_MONOTONIC, nanoseconds: false) },
            MethodSpec("perf_counter_ns", doc: "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds.") { _, a, n, k in TimeModule.read(a, n, k, "perf_counter_ns", CLOCK_MONOTONIC, nanoseconds: true) },
            MethodSpec("monotonic", doc: "monotonic() -> float\n\nMonotonic clock, cannot go backward.") { _, a, n, k in TimeModule.read(a, n, k, "monotonic", CLOCK_MONOTONIC, nanoseconds: false) },
            MethodSpec("monotonic_ns", doc: "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds.") { _, a, n, k in TimeModule.read(a, n, k, "monotonic_ns", CLOCK_MONOTONIC, nanoseconds: true) },
            MethodSpec("process_time", doc: "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time.") { _, a, n, k in TimeModule.read(a, n, k, "process_time", CLOCK_PROCESS_CPUTIME_ID, nanoseconds: false) },
            MethodSpec("process_time_ns", doc: "process_time() -> int\n\nProcess time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.") { _, a, n, k in TimeModule.read(a, n, k, "process_time_ns", CLOCK_PROCESS_CPUTIME_ID, nanoseconds: true) },
            MethodSpec("thread_time", doc: "thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space CPU time.") { _, a, n, k in TimeModule.read(a, n, k, "thread_time", CLOCK_THREAD_CPUTIME_ID, nanoseconds: false) },
            MethodSpec("thread_time_ns", doc: "thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time.") { _, a, n, k in TimeModule.read(a, n, k, "thread_time_ns", CLOCK_THREAD_CPUTIME_ID, nanoseconds: true) },
            MethodSpec("sleep", doc: "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let v = try Arguments(a, n, k).one("sleep")
                    let seconds = try NativeModule.double(v, "sleep")
                    guard seconds >= 0 else { throw PyException.valueError("sleep length must be non-negative") }
                    try TimeModule.sleep(seconds)
                    return .none
                }
            },

            MethodSpec("gmtime") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.gmtime(args) } },
            MethodSpec("localtime") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.localtime(args) } },
            MethodSpec("mktime") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.mktime(args) } },
            MethodSpec("asctime") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.asctime(args) } },
            MethodSpec("ctime") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.ctime(args) } },
            MethodSpec("strftime") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.strftime(args) } },
            MethodSpec("strptime") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.strptime(args) } },
            MethodSpec("clock_gettime") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.clockGettime(args, nanoseconds: false) } },
            MethodSpec("clock_gettime_ns") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.clockGettime(args, nanoseconds: true) } },
            MethodSpec("clock_getres") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.clockGetres(args) } },
            MethodSpec("clock_settime") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.clockSettime(args, nanoseconds: false) } },
            MethodSpec("clock_settime_ns") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.clockSettime(args, nanoseconds: true) } },
            MethodSpec("pthread_getcpuclockid") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.pthreadCPUClock(args) } },
            MethodSpec("get_clock_info") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try TimeFunctions.clockInfo(args) } },
            MethodSpec("tzset") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("tzset")
                    if let module = try Dict.getItem(ImportSystem.modules, string: Interned.literal("time")) { try TimeFunctions.setZoneAttributes(module) }
                    return .none
                }
            },
        ], constants: [
            ("CLOCK_BOOTTIME", { IntObject.make(Int(CLOCK_BOOTTIME)) }),
            ("CLOCK_MONOTONIC", { IntObject.make(Int(CLOCK_MONOTONIC)) }),
            ("CLOCK_MONOTONIC_RAW", { IntObject.make(Int(CLOCK_MONOTONIC_RAW)) }),
            ("CLOCK_PROCESS_CPUTIME_ID", { IntObject.make(Int(CLOCK_PROCESS_CPUTIME_ID)) }),
            ("CLOCK_REALTIME", { IntObject.make(Int(CLOCK_REALTIME)) }),
            ("CLOCK_TAI", { IntObject.make(Int(CLOCK_TAI)) }),
            ("CLOCK_THREAD_CPUTIME_ID", { IntObject.make(Int(CLOCK_THREAD_CPUTIME_ID)) }),
            ("_STRUCT_TM_ITEMS", { IntObject.make(11) }),
        ])
        try NativeModule.set(m, "struct_time", Value(try TimeStruct.structType()))
        try TimeFunctions.setZoneAttributes(m)
        return m
    }

    /// Sleeps until a monotonic deadline without the GIL, as CPython's `pysleep`: a
    /// signal's handlers run when they interrupt it (PEP 475), and their exception ends
    /// the sleep.
    static func sleep(_ seconds: Double) throws(PyException) {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let whole = seconds.rounded(.down)
        var deadline = timespec(tv_sec: now.tv_sec + Int(whole), tv_nsec: now.tv_nsec + Int(((seconds - whole) * 1e9).rounded(.up)))
        if deadline.tv_nsec >= 1_000_000_000 {
            deadline.tv_sec += 1
            deadline.tv_nsec -= 1_000_000_000
        }
        while true {
            let result = withUnsafePointer(to: &deadline) { d in GIL.releasing { clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, d, nil) } }
            if result == 0 { return }
            if result != EINTR { throw PosixErrors.fromErrno(result) }
            try SignalState.check()
        }
    }
}
