import GC
import SystemCalls
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `select.epoll`: an epoll descriptor, closed by `close()`, by leaving a `with`
/// block, or when the object dies.
enum EpollType {
    typealias Layout = KraitEpollObject

    /// CPython's default size hint and event count, `FD_SETSIZE - 1`.
    static let defaultSize = Int(FD_SETSIZE) - 1

    @inline(__always)
    static func state(_ v: Value) -> UnsafeMutablePointer<Layout> { v.layout(Layout.self) }

    static func closedError() -> PyException { PyException.valueError("I/O operation on closed epoll object") }

    /// The descriptor of an open epoll object.
    static func descriptor(_ e: Value) throws(PyException) -> Int32 {
        let fd = state(e).pointee.epfd
        if fd < 0 { throw closedError() }
        return fd
    }

    static func make(_ type: TypePointer, fd: Int32) -> Value {
        let v = Value(ModuleTypes.allocate(type))
        state(v).pointee.epfd = fd
        return v
    }

    static func setUp() {
        let t = Krait_epoll_type!
        TypeSetup.begin(t, name: "select.epoll", basicSize: MemoryLayout<Layout>.size,
                        doc: "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object\n\nsizehint must be a positive integer or -1 for the default size. The\nsizehint is used to optimize internal data structures. It doesn't limit\nthe maximum number of monitored events.")
        t.pointee.tp_traverse = { _, _, _ in 0 }
        t.pointee.tp_new = { type, args, kwargs in
            CBoundary.object { () throws(PyException) in
                try EpollType.new(type!, Arguments.from(tuple: args, keywords: kwargs))
            }
        }
        t.pointee.tp_finalize = { o in EpollType.close(Value(o!)) }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("closed", doc: "True if the epoll handler is closed", get: { o, _ in
                Boxing.object(.bool(EpollType.state(Value(o!)).pointee.epfd < 0))
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(EpollMethods.table)
    }

    /// `epoll(sizehint=-1, flags=0)`.
    static func new(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("epoll", ["sizehint", "flags"])
        let sizehint = try p[0].map { v throws(PyException) in try Protocols.cInt(v) } ?? -1
        let flags = try p[1].map { v throws(PyException) in try Protocols.cInt(v) } ?? 0
        if sizehint != -1 && sizehint <= 0 { throw PyException.valueError("negative sizehint") }
        if flags != 0 && flags != Int(EPOLL_CLOEXEC) { throw PyException(Krait_exc_OSError, "invalid flags") }
        let fd = epoll_create1(Int32(EPOLL_CLOEXEC))
        if fd < 0 { throw PosixErrors.fromErrno() }
        return make(type, fd: fd)
    }

    /// Closes the descriptor once; what is closed needs no finalizer.
    static func close(_ e: Value) {
        let fd = state(e).pointee.epfd
        guard fd >= 0 else { return }
        state(e).pointee.epfd = -1
        Glibc.close(fd)
        Heap.skipFinalizer(e.object)
    }

    /// `epoll_ctl` with `events` for the add and modify operations.
    static func control(_ e: Value, _ operation: Int32, _ fd: Int32, _ events: UInt32) throws(PyException) {
        let epfd = try descriptor(e)
        var event = epoll_event()
        event.events = events
        event.data.fd = fd
        if epoll_ctl(epfd, operation, fd, &event) < 0 { throw PosixErrors.fromErrno() }
    }

    /// Argument Clinic's bitwise `unsigned int`: any int, its low 32 bits.
    static func mask(_ v: Value) throws(PyException) -> UInt32 {
        let i = try Protocols.indexValue(v)
        if let small = IntObject.machineValue(i) { return UInt32(truncatingIfNeeded: small) }
        let low = try Protocols.binary(i, IntObject.make(0xFFFF_FFFF), .and)
        return UInt32(IntObject.machineValue(low)!)
    }

    /// `poll(timeout=None, maxevents=-1)`: (fd, events) pairs.
    static func poll(_ e: Value, _ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("poll", ["timeout", "maxevents"])
        var maxevents = try p[1].map { v throws(PyException) in try Protocols.cInt(v) } ?? -1
        let epfd = try descriptor(e)
        var timeout = -1, milliseconds = -1
        if let t = p[0], t != .none {
            do throws(PyException) {
                timeout = try Timeouts.fromSeconds(t)
            } catch where error.matches(Krait_exc_TypeError) {
                throw PyException.typeError("timeout must be an integer or None")
            }
            milliseconds = Timeouts.milliseconds(timeout, .ceiling)
            if Int32(exactly: milliseconds) == nil { throw PyException.overflowError("timeout is too large") }
            if milliseconds < 0 { milliseconds = -1 }
        }
        if maxevents == -1 {
            maxevents = defaultSize
        } else if maxevents < 1 {
            throw PyException.valueError("maxevents must be greater than 0, got \(maxevents)")
        }
        let deadline = timeout >= 0 ? Timeouts.monotonic() + timeout : 0
        var events = [epoll_event](repeating: epoll_event(), count: maxevents)
        var count: Int32 = 0
        while true {
            let limit = Int32(maxevents), wait = Int32(milliseconds)
            let (n, code) = Interrupts.blocking { epoll_wait(epfd, &events, limit, wait) }
            count = n
            if count >= 0 { break }
            if code != EINTR { throw PosixErrors.fromErrno(code) }
            try Interrupts.checkSignals()
            if timeout >= 0 {
                let left = Timeouts.remaining(until: deadline)
                if left < 0 {
                    count = 0
                    break
                }
                milliseconds = Timeouts.milliseconds(left, .ceiling)
            }
        }
        let result = List.new()
        for event in events[0..<Int(count)] {
            List.append(result, Tuple.make(IntObject.make(Int(event.data.fd)), IntObject.make(Int(event.events))))
        }
        return result
    }
}
