import GC
import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// `_socket.socket`: a descriptor with its family, type, protocol and timeout.
/// socket.py's `socket` class derives from it.
enum SocketType {
    typealias Layout = KraitSocketObject

    /// `setdefaulttimeout`'s value in nanoseconds (-1: none), given to new sockets.
    nonisolated(unsafe) static var defaultTimeout = -1

    @inline(__always)
    static func state(_ v: Value) -> UnsafeMutablePointer<Layout> { v.layout(Layout.self) }

    static func fd(_ s: Value) -> Int32 { state(s).pointee.sock_fd }
    static func family(_ s: Value) -> Int32 { state(s).pointee.sock_family }
    static func timeout(_ s: Value) -> Int { Int(state(s).pointee.sock_timeout) }

    static func setUp() {
        let t = Krait_socket_type!
        TypeSetup.begin(t, name: "_socket.socket", basicSize: MemoryLayout<Layout>.size,
                        flags: UInt(Py_TPFLAGS_BASETYPE), doc: SocketDocs.socketType)
        t.pointee.tp_traverse = { _, _, _ in 0 }
        t.pointee.tp_new = { type, _, _ in
            let v = Value(ModuleTypes.allocate(type!))
            SocketType.state(v).pointee.sock_fd = -1
            SocketType.state(v).pointee.sock_timeout = -1
            return v.object
        }
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                try SocketType.initialize(Value(o!), Arguments.from(tuple: args, keywords: kwargs))
            }
        }
        t.pointee.tp_finalize = { o in SocketType.finalize(Value(o!)) }
        t.pointee.tp_repr = { o in
            ModuleTypes.repr(o) { v throws(PyException) in
                let s = SocketType.state(v).pointee
                return "<socket object, fd=\(s.sock_fd), family=\(s.sock_family), type=\(s.sock_type), proto=\(s.sock_proto)>"
            }
        }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("family", Int32(T_INT), MemoryLayout<Layout>.offset(of: \.sock_family)!, true, "the socket family"),
            ("type", Int32(T_INT), MemoryLayout<Layout>.offset(of: \.sock_type)!, true, "the socket type"),
            ("proto", Int32(T_INT), MemoryLayout<Layout>.offset(of: \.sock_proto)!, true, "the socket protocol"),
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("timeout", doc: "the socket timeout", get: { o, _ in
                Boxing.object(SocketType.timeoutValue(SocketType.timeout(Value(o!))))
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(SocketMethods.table + SocketTransfer.table + SocketMessages.table)
    }

    /// A timeout as Python shows it: None, or float seconds (`_PyTime_AsSecondsDouble`).
    static func timeoutValue(_ ns: Int) -> Value {
        if ns < 0 { return .none }
        let seconds = ns % 1_000_000_000 == 0 ? Double(ns / 1_000_000_000) : Double(ns) / 1e9
        return FloatObject.make(seconds)
    }

    /// `settimeout`'s and `setdefaulttimeout`'s argument (`socket_parse_timeout`).
    static func parseTimeout(_ v: Value) throws(PyException) -> Int {
        if v == .none { return -1 }
        let ns = try Timeouts.fromSeconds(v)
        if ns < 0 { throw PyException.valueError("Timeout value out of range") }
        return ns
    }

    /// Puts the descriptor in blocking or non-blocking mode (`internal_setblocking`).
    static func setBlocking(_ s: Value, _ block: Bool) throws(PyException) {
        let fd = SocketType.fd(s)
        let flags = fcntl(fd, F_GETFL)
        if flags < 0 { throw PosixErrors.fromErrno() }
        let wanted = block ? flags & ~O_NONBLOCK : flags | O_NONBLOCK
        if wanted != flags && fcntl(fd, F_SETFL, wanted) < 0 { throw PosixErrors.fromErrno() }
    }

    /// `init_sockobject`: the type without SOCK_NONBLOCK and SOCK_CLOEXEC, and the
    /// timeout: 0 for a non-blocking type, else the default one.
    static func setFields(_ s: Value, fd: Int32, family: Int32, type: Int32, proto: Int32) throws(PyException) {
        let p = state(s)
        p.pointee.sock_fd = fd
        p.pointee.sock_family = family
        p.pointee.sock_type = type & ~(Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
        p.pointee.sock_proto = proto
        if type & Int32(SOCK_NONBLOCK.rawValue) != 0 {
            p.pointee.sock_timeout = 0
        } else {
            p.pointee.sock_timeout = Int64(defaultTimeout)
            if defaultTimeout >= 0 { try setBlocking(s, false) }
        }
    }

    /// A new socket object over a descriptor (for socketpair).
    static func make(fd: Int32, family: Int32, type: Int32, proto: Int32) throws(PyException) -> Value {
        let s = Value(ModuleTypes.allocate(Krait_socket_type))
        state(s).pointee.sock_fd = -1
        try setFields(s, fd: fd, family: family, type: type, proto: proto)
        return s
    }

    /// `socket.__init__(family=-1, type=-1, proto=-1, fileno=None)`.
    static func initialize(_ s: Value, _ args: Arguments) throws(PyException) {
        let p = try args.parse("socket", ["family", "type", "proto", "fileno"])
        var family = try p[0].map { v throws(PyException) in try TupleArguments.int(v) } ?? -1
        var type = try p[1].map { v throws(PyException) in try TupleArguments.int(v) } ?? -1
        var proto = try p[2].map { v throws(PyException) in try TupleArguments.int(v) } ?? -1
        let fd: Int32
        if let fdObject = p[3], fdObject != .none {
            let given = try TupleArguments.long(fdObject)
            if given < 0 { throw PyException.valueError("negative file descriptor") }
            guard let descriptor = Int32(exactly: given) else { throw PosixErrors.fromErrno(EBADF) }
            fd = descriptor
            var address = SocketAddress()
            let named = address.withPointer { sa, length in getsockname(fd, sa, length) }
            if named == 0 {
                if family == -1 { family = address.family }
            } else if family == -1 || errno == EBADF || errno == ENOTSOCK {
                throw PosixErrors.fromErrno()
            }
            if type == -1 { type = try option(fd, SO_TYPE) }
            if proto == -1 { proto = try option(fd, SO_PROTOCOL) }
        } else {
            if family == -1 { family = AF_INET }
            if type == -1 { type = Int32(SOCK_STREAM.rawValue) }
            if proto == -1 { proto = 0 }
            fd = Glibc.socket(family, type | Int32(SOCK_CLOEXEC.rawValue), proto)
            if fd < 0 { throw PosixErrors.fromErrno() }
        }
        do throws(PyException) {
            try setFields(s, fd: fd, family: family, type: type, proto: proto)
        } catch {
            Glibc.close(fd)
            throw error
        }
    }

    /// An int socket option of `fd` at SOL_SOCKET.
    static func option(_ fd: Int32, _ name: Int32) throws(PyException) -> Int32 {
        var value: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        if getsockopt(fd, SOL_SOCKET, name, &value, &size) != 0 { throw PosixErrors.fromErrno() }
        return value
    }

    /// `close()`: the descriptor is forgotten first, and ECONNRESET ignored (the
    /// peer may have closed already), as CPython.
    static func close(_ s: Value) throws(PyException) {
        let fd = SocketType.fd(s)
        guard fd != -1 else { return }
        state(s).pointee.sock_fd = -1
        Heap.skipFinalizer(s.object)
        if Glibc.close(fd) < 0 && errno != ECONNRESET { throw PosixErrors.fromErrno() }
    }

    /// A socket that dies open warns (ResourceWarning, ignored by default) and closes.
    static func finalize(_ s: Value) {
        let fd = SocketType.fd(s)
        guard fd != -1 else { return }
        if let text = try? Protocols.reprText(s) {
            _ = try? WarningsModule.warn(Str.make("unclosed \(text)"), category: Value(Krait_exc_ResourceWarning), stacklevel: 1)
        }
        state(s).pointee.sock_fd = -1
        Glibc.close(fd)
    }
}
