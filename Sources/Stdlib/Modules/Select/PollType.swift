import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `select.poll`: registered descriptors with their event masks (a dict, in the
/// order they were registered), waited on by `poll()`.
enum PollType {
    typealias Layout = KraitPollObject

    @inline(__always)
    static func state(_ v: Value) -> UnsafeMutablePointer<Layout> { v.layout(Layout.self) }

    static func make() -> Value {
        let v = Value(ModuleTypes.allocate(Krait_poll_type))
        state(v).pointee.fds = Dict.new()
        return v
    }

    static func setUp() {
        let t = Krait_poll_type!
        TypeSetup.begin(t, name: "select.poll", basicSize: MemoryLayout<Layout>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        t.pointee.tp_traverse = { o, visit, arg in
            Trace.visit(o!.layout(Layout.self).pointee.fds, visit, arg)
            return 0
        }
        t.pointee.tp_methods = TypeSetup.methodTable(methods)
    }

    /// Argument Clinic's `unsigned_short` converter (`_PyLong_UnsignedShort_Converter`).
    static func eventMask(_ v: Value) throws(PyException) -> Int {
        guard IntObject.check(v) else { throw PyException.typeError("an integer is required") }
        if IntObject.sign(v) < 0 { throw PyException.valueError("value must be positive") }
        guard let mask = IntObject.machineValue(v), mask <= Int(UInt16.max) else {
            throw PyException.overflowError("Python int too large for C unsigned short")
        }
        return mask
    }

    static func register(_ p: Value, _ args: Arguments) throws(PyException) {
        try args.noKeywords("poll.register")
        try args.positional("register", min: 1, max: 2)
        let fd = try FileDescriptors.from(args[0])
        let mask = try args.optional(1).map { v throws(PyException) in try eventMask(v) } ?? (0x001 | 0x002 | 0x004)
        try Dict.setItem(state(p).pointee.fds, IntObject.make(Int(fd)), IntObject.make(mask))
    }

    static func modify(_ p: Value, _ args: Arguments) throws(PyException) {
        try args.noKeywords("poll.modify")
        try args.positional("modify", min: 2, max: 2)
        let fd = try FileDescriptors.from(args[0])
        let mask = try eventMask(args[1])
        let key = IntObject.make(Int(fd))
        if try Dict.getItem(state(p).pointee.fds, key) == nil { throw PosixErrors.fromErrno(ENOENT) }
        try Dict.setItem(state(p).pointee.fds, key, IntObject.make(mask))
    }

    static func unregister(_ p: Value, _ o: Value) throws(PyException) {
        let key = IntObject.make(Int(try FileDescriptors.from(o)))
        if !(try Dict.deleteItem(state(p).pointee.fds, key)) { throw PyException.keyError(key) }
    }

    static func poll(_ p: Value, _ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("poll.poll")
        try args.positional("poll", min: 0, max: 1)
        var timeout = -1, milliseconds = -1
        if let t = args.optional(0), t != .none {
            do throws(PyException) {
                timeout = try Timeouts.fromMilliseconds(t)
            } catch where error.matches(Krait_exc_TypeError) {
                throw PyException.typeError("timeout must be an integer or None")
            }
            milliseconds = Timeouts.milliseconds(timeout, .up)
            if Int32(exactly: milliseconds) == nil { throw PyException.overflowError("timeout is too large") }
        }
        let s = state(p)
        if s.pointee.running != 0 { throw PyException(Krait_exc_RuntimeError, "concurrent poll() invocation") }
        var entries: [pollfd] = []
        var position = 0
        while let (key, value, next) = Dict.next(s.pointee.fds, from: position) {
            entries.append(pollfd(fd: Int32(IntObject.machineValue(key)!), events: Int16(truncatingIfNeeded: IntObject.machineValue(value)!), revents: 0))
            position = next
        }
        let deadline = timeout >= 0 ? Timeouts.monotonic() + timeout : 0
        s.pointee.running = 1
        defer { s.pointee.running = 0 }
        var ready: Int32 = 0
        while true {
            let timeout = Int32(milliseconds)
            let (n, code) = Interrupts.blocking { Glibc.poll(&entries, nfds_t(entries.count), timeout) }
            ready = n
            if ready >= 0 { break }
            if code != EINTR { throw PosixErrors.fromErrno(code) }
            try Interrupts.checkSignals()
            if timeout >= 0 {
                let left = Timeouts.remaining(until: deadline)
                if left < 0 {
                    ready = 0
                    break
                }
                milliseconds = Timeouts.milliseconds(left, .ceiling)
            }
        }
        let result = List.new()
        for entry in entries where entry.revents != 0 {
            List.append(result, Tuple.make(IntObject.make(Int(entry.fd)), IntObject.make(Int(UInt16(bitPattern: entry.revents)))))
        }
        return result
    }

    static let methods: [MethodSpec] = [
        MethodSpec("register", doc: "register($self, fd,\n         eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /)\n--\n\nRegister a file descriptor with the polling object.\n\n  fd\n    either an integer, or an object with a fileno() method returning an int\n  eventmask\n    an optional bitmask describing the type of events to check for") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try PollType.register(s, args); return .none }
        },
        MethodSpec("modify", doc: "modify($self, fd, eventmask, /)\n--\n\nModify an already registered file descriptor.\n\n  fd\n    either an integer, or an object with a fileno() method returning\n    an int\n  eventmask\n    a bitmask describing the type of events to check for") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try PollType.modify(s, args); return .none }
        },
        MethodSpec("unregister", doc: "unregister($self, fd, /)\n--\n\nRemove a file descriptor being tracked by the polling object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try PollType.unregister(s, args.one("poll.unregister"))
                return .none
            }
        },
        MethodSpec("poll", doc: "poll($self, timeout=None, /)\n--\n\nPolls the set of registered file descriptors.\n\n  timeout\n    The maximum time to wait in milliseconds, or else None (or a negative\n    value) to wait indefinitely.\n\nReturns a list containing any descriptors that have events or errors to\nreport, as a list of (fd, event) 2-tuples.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try PollType.poll(s, args) }
        },
    ]
}
