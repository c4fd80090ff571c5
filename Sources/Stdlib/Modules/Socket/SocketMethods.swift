import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// The methods of `_socket.socket` that set it up, connect it and ask about it.
enum SocketMethods {
    static func doc(_ name: String) -> String? { SocketDocs.methods[name] }

    /// The address a system call fills for the socket's family.
    static func addressBuffer(_ s: Value) throws(PyException) -> SocketAddress {
        var address = SocketAddress()
        address.length = try SocketAddresses.length(family: SocketType.family(s))
        return address
    }

    /// `_accept()`: (new descriptor, peer address).
    static func accept(_ s: Value) throws(PyException) -> Value {
        var address = try addressBuffer(s)
        let capacity = address.length
        let fd = SocketType.fd(s)
        let newfd = try SocketCall.call(s, writing: false) {
            address.length = capacity
            return Int(address.withPointer { sa, length in krait_accept4(fd, sa, length, Int32(SOCK_CLOEXEC.rawValue)) })
        }
        let descriptor = IntObject.make(newfd)
        return Tuple.make(descriptor, try SocketAddresses.make(&address))
    }

    static func bind(_ s: Value, _ a: Value) throws(PyException) {
        var address = try SocketAddresses.parse(a, family: SocketType.family(s), caller: "bind")
        let fd = SocketType.fd(s)
        if address.withPointer({ sa, length in Glibc.bind(fd, sa, length.pointee) }) < 0 { throw PosixErrors.fromErrno() }
    }

    /// `getsockname()` and `getpeername()`.
    static func name(_ s: Value, peer: Bool) throws(PyException) -> Value {
        var address = try addressBuffer(s)
        let fd = SocketType.fd(s)
        let r = address.withPointer { sa, length in peer ? getpeername(fd, sa, length) : getsockname(fd, sa, length) }
        if r < 0 { throw PosixErrors.fromErrno() }
        return try SocketAddresses.make(&address)
    }

    /// `getsockopt(level, option[, buffersize])`: an int, or that many bytes.
    static func getOption(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "getsockopt", qualified: "socket.getsockopt", min: 2, max: 3)
        let level = try TupleArguments.int(args[0]), name = try TupleArguments.int(args[1])
        let length = try args.optional(2).map { v throws(PyException) in try TupleArguments.int(v) } ?? 0
        let fd = SocketType.fd(s)
        if length == 0 {
            var flag: Int32 = 0
            var size = socklen_t(MemoryLayout<Int32>.size)
            if getsockopt(fd, level, name, &flag, &size) < 0 { throw PosixErrors.fromErrno() }
            return IntObject.make(Int(flag))
        }
        if length < 0 || length > 1024 { throw PyException(Krait_exc_OSError, "getsockopt buflen out of range") }
        var buffer = [UInt8](repeating: 0, count: Int(length))
        var size = socklen_t(length)
        if getsockopt(fd, level, name, &buffer, &size) < 0 { throw PosixErrors.fromErrno() }
        return Bytes.make(Array(buffer[0..<Int(size)]))
    }

    /// `setsockopt(level, option, value)`: an int, a buffer, or None with a length;
    /// the forms are tried in CPython's order, and the last one's complaint stands.
    static func setOption(_ s: Value, _ args: Arguments) throws(PyException) {
        try args.noKeywords("socket.setsockopt")
        let fd = SocketType.fd(s)
        var r: Int32
        if args.count == 3, let level = try? TupleArguments.int(args[0]), let name = try? TupleArguments.int(args[1]),
           var flag = try? TupleArguments.int(args[2]) {
            r = setsockopt(fd, level, name, &flag, socklen_t(MemoryLayout<Int32>.size))
        } else if args.count == 4, let level = try? TupleArguments.int(args[0]), let name = try? TupleArguments.int(args[1]),
                  args[2] == .none, let length = try? TupleArguments.uintMask(args[3]) {
            r = setsockopt(fd, level, name, nil, socklen_t(length))
        } else {
            try TupleArguments.check(args, "setsockopt", qualified: "socket.setsockopt", min: 3, max: 3)
            let level = try TupleArguments.int(args[0]), name = try TupleArguments.int(args[1])
            let value = try BufferArguments.readable(args[2])
            r = setsockopt(fd, level, name, value.data, socklen_t(value.count))
        }
        if r < 0 { throw PosixErrors.fromErrno() }
    }

    static func listen(_ s: Value, _ args: Arguments) throws(PyException) {
        try TupleArguments.check(args, "listen", qualified: "socket.listen", min: 0, max: 1)
        // SOMAXCONN (4096) or 128, whichever is less, as CPython; never below 0.
        let backlog = try args.optional(0).map { v throws(PyException) in try TupleArguments.int(v) } ?? 128
        if Glibc.listen(SocketType.fd(s), max(backlog, 0)) < 0 { throw PosixErrors.fromErrno() }
    }

    static func connect(_ s: Value, _ a: Value, raising: Bool) throws(PyException) -> Int32 {
        var address = try SocketAddresses.parse(a, family: SocketType.family(s), caller: raising ? "connect" : "connect_ex")
        return try SocketCall.connect(s, &address, raising: raising)
    }

    static func shutdown(_ s: Value, _ how: Value) throws(PyException) {
        let h = try Protocols.cInt(how)
        if Glibc.shutdown(SocketType.fd(s), Int32(h)) < 0 { throw PosixErrors.fromErrno() }
    }

    static func setTimeout(_ s: Value, _ ns: Int) throws(PyException) {
        SocketType.state(s).pointee.sock_timeout = Int64(ns)
        try SocketType.setBlocking(s, ns < 0)
    }

    static let table: [MethodSpec] = [
        MethodSpec("_accept", doc: doc("_accept")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("socket._accept"); return try SocketMethods.accept(s) }
        },
        MethodSpec("bind", doc: doc("bind")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketMethods.bind(s, args.one("socket.bind")); return .none }
        },
        MethodSpec("close", doc: doc("close")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("socket.close"); try SocketType.close(s); return .none }
        },
        MethodSpec("connect", doc: doc("connect")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                _ = try SocketMethods.connect(s, args.one("socket.connect"), raising: true)
                return .none
            }
        },
        MethodSpec("connect_ex", doc: doc("connect_ex")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                IntObject.make(Int(try SocketMethods.connect(s, args.one("socket.connect_ex"), raising: false)))
            }
        },
        MethodSpec("detach", doc: doc("detach")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("socket.detach")
                let fd = SocketType.fd(s)
                SocketType.state(s).pointee.sock_fd = -1
                return IntObject.make(Int(fd))
            }
        },
        MethodSpec("fileno", doc: doc("fileno")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("socket.fileno"); return IntObject.make(Int(SocketType.fd(s))) }
        },
        MethodSpec("getpeername", doc: doc("getpeername")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("socket.getpeername"); return try SocketMethods.name(s, peer: true) }
        },
        MethodSpec("getsockname", doc: doc("getsockname")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("socket.getsockname"); return try SocketMethods.name(s, peer: false) }
        },
        MethodSpec("getsockopt", doc: doc("getsockopt")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketMethods.getOption(s, args) }
        },
        MethodSpec("setsockopt", doc: doc("setsockopt")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketMethods.setOption(s, args); return .none }
        },
        MethodSpec("listen", doc: doc("listen")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketMethods.listen(s, args); return .none }
        },
        MethodSpec("shutdown", doc: doc("shutdown")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketMethods.shutdown(s, args.one("socket.shutdown")); return .none }
        },
        MethodSpec("getblocking", doc: doc("getblocking")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("socket.getblocking"); return .bool(SocketType.timeout(s) != 0) }
        },
        MethodSpec("setblocking", doc: doc("setblocking")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                // An int, as CPython's `PyLong_AsLong` (so None is refused).
                let block = try TupleArguments.long(args.one("socket.setblocking")) != 0
                try SocketMethods.setTimeout(s, block ? -1 : 0)
                return .none
            }
        },
        MethodSpec("gettimeout", doc: doc("gettimeout")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("socket.gettimeout"); return SocketType.timeoutValue(SocketType.timeout(s)) }
        },
        MethodSpec("settimeout", doc: doc("settimeout")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try SocketMethods.setTimeout(s, try SocketType.parseTimeout(args.one("socket.settimeout")))
                return .none
            }
        },
    ]
}
