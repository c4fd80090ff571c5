import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// `resource`: resource limits and usage (CPython's `Modules/resource.c`).
enum ResourceModule {
    nonisolated(unsafe) static var usageType: TypePointer?

    static let limits: [(String, Int)] = [
        ("RLIMIT_CPU", 0), ("RLIMIT_FSIZE", 1), ("RLIMIT_DATA", 2), ("RLIMIT_STACK", 3), ("RLIMIT_CORE", 4),
        ("RLIMIT_RSS", 5), ("RLIMIT_NPROC", 6), ("RLIMIT_NOFILE", 7), ("RLIMIT_OFILE", 7), ("RLIMIT_MEMLOCK", 8),
        ("RLIMIT_AS", 9), ("RLIMIT_SIGPENDING", 11), ("RLIMIT_MSGQUEUE", 12), ("RLIMIT_NICE", 13),
        ("RLIMIT_RTPRIO", 14), ("RLIMIT_RTTIME", 15), ("RLIM_INFINITY", -1),
        ("RUSAGE_SELF", 0), ("RUSAGE_CHILDREN", -1), ("RUSAGE_THREAD", 1),
    ]

    /// Linux's RLIM_NLIMITS: valid resources are below it.
    static let limitCount: Int32 = 16

    static func type() throws(PyException) -> TypePointer {
        if let usageType { return usageType }
        let t = try StructSequence.makeType("resource.struct_rusage", fields: [
            "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
            "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
        ], doc: "struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
           instantiable: true, fieldDocs: [
            "user time used", "system time used", "max. resident set size", "shared memory size", "unshared data size",
            "unshared stack size", "page faults not requiring I/O", "page faults requiring I/O", "number of swap outs",
            "block input operations", "block output operations", "IPC messages sent", "IPC messages received",
            "signals received", "voluntary context switches", "involuntary context switches",
        ])
        usageType = t
        return t
    }

    static func resource(_ v: Value) throws(PyException) -> Int32 {
        let r = Int32(try Protocols.cInt(v))
        if r < 0 || r >= limitCount { throw PyException.valueError("invalid resource specified") }
        return r
    }

    /// (soft, hard), RLIM_INFINITY as -1.
    static func pair(_ limit: rlimit) -> Value {
        Tuple.make(IntObject.make(Int(Int64(bitPattern: UInt64(limit.rlim_cur)))),
                   IntObject.make(Int(Int64(bitPattern: UInt64(limit.rlim_max)))))
    }

    /// `py2rlimit`: a sequence of two ints.
    static func limit(_ v: Value) throws(PyException) -> rlimit {
        let t = try ModuleTypes.tuple(v)
        if Tuple.count(t) != 2 { throw PyException.valueError("expected a tuple of 2 integers") }
        let soft = try TupleArguments.long(Tuple.item(t, 0))
        let hard = try TupleArguments.long(Tuple.item(t, 1))
        return rlimit(rlim_cur: rlim_t(UInt64(bitPattern: Int64(soft))), rlim_max: rlim_t(UInt64(bitPattern: Int64(hard))))
    }

    /// setrlimit's and prlimit's failures: EINVAL and EPERM have their own words.
    static func limitError() -> PyException {
        if errno == EINVAL { return PyException.valueError("current limit exceeds maximum limit") }
        if errno == EPERM { return PyException.valueError("not allowed to raise maximum limit") }
        return PosixErrors.fromErrno()
    }

    static func usage(_ who: Int32) throws(PyException) -> Value {
        var u = rusage()
        if getrusage(who, &u) < 0 {
            if errno == EINVAL { throw PyException.valueError("invalid who parameter") }
            throw PosixErrors.fromErrno()
        }
        let seconds = { (t: timeval) in FloatObject.make(Double(t.tv_sec) + Double(t.tv_usec) * 0.000001) }
        let counts = [u.ru_maxrss, u.ru_ixrss, u.ru_idrss, u.ru_isrss, u.ru_minflt, u.ru_majflt, u.ru_nswap,
                      u.ru_inblock, u.ru_oublock, u.ru_msgsnd, u.ru_msgrcv, u.ru_nsignals, u.ru_nvcsw, u.ru_nivcsw]
        return try StructSequence.make(try type()) { l throws(PyException) in
            List.append(l, seconds(u.ru_utime))
            List.append(l, seconds(u.ru_stime))
            for c in counts { List.append(l, IntObject.make(c)) }
        }
    }

    /// `prlimit(pid, resource[, limits])`: the old limits, after setting new ones.
    static func prlimit(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("resource.prlimit")
        if args.count < 2 || args.count > 3 { throw PyException.typeError("resource.prlimit requires 2 to 3 arguments") }
        let pid = try TupleArguments.int(args[0])
        let r = try TupleArguments.int(args[1])
        if r < 0 || r >= limitCount { throw PyException.valueError("invalid resource specified") }
        var old = rlimit()
        if let given = args.optional(2), given != .none {
            var new = try limit(given)
            if krait_prlimit(pid, r, &new, &old) < 0 { throw limitError() }
        } else if krait_prlimit(pid, r, nil, &old) < 0 {
            throw limitError()
        }
        return pair(old)
    }

    static func create() throws(PyException) -> Value {
        let m = try NativeModule.make("resource", doc: "", functions: [
            MethodSpec("getrlimit", doc: "getrlimit($module, resource, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    let r = try ResourceModule.resource(args.one("resource.getrlimit"))
                    var l = rlimit()
                    if getrlimit(__rlimit_resource_t(UInt32(r)), &l) < 0 { throw PosixErrors.fromErrno() }
                    return ResourceModule.pair(l)
                }
            },
            MethodSpec("setrlimit", doc: "setrlimit($module, resource, limits, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.noKeywords("resource.setrlimit")
                    try args.positional("setrlimit", min: 2, max: 2)
                    let r = try ResourceModule.resource(args[0])
                    var l = try ResourceModule.limit(args[1])
                    if setrlimit(__rlimit_resource_t(UInt32(r)), &l) < 0 { throw ResourceModule.limitError() }
                    return .none
                }
            },
            MethodSpec("prlimit", doc: "prlimit(pid, resource, [limits])") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ResourceModule.prlimit(args) }
            },
            MethodSpec("getrusage", doc: "getrusage($module, who, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try ResourceModule.usage(Int32(try Protocols.cInt(args.one("resource.getrusage"))))
                }
            },
            MethodSpec("getpagesize", doc: "getpagesize($module, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("resource.getpagesize")
                    return IntObject.make(Int(sysconf(Int32(_SC_PAGESIZE))))
                }
            },
        ])
        try NativeModule.set(m, "__doc__", .none)
        for (name, value) in limits { try NativeModule.set(m, name, IntObject.make(value)) }
        try NativeModule.set(m, "error", Value(Krait_exc_OSError))
        try NativeModule.set(m, "struct_rusage", Value(try type()))
        return m
    }
}
