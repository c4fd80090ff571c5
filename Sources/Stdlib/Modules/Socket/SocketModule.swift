import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// `_socket`, under socket.py: CPython's `Modules/socketmodule.c` for Linux, with
/// AF_INET, AF_INET6 and AF_UNIX addresses.
enum SocketModule {
    nonisolated(unsafe) static var typesReady = false

    static func doc(_ name: String) -> String? { SocketDocs.functions[name] }

    static func create() throws(PyException) -> Value {
        if !typesReady {
            typesReady = true
            SocketType.setUp()
            try TypeSetup.ready(Krait_socket_type)
        }
        try SocketErrors.setUp()
        let m = try NativeModule.make("_socket", doc: SocketDocs.module, functions: functions + descriptorFunctions)
        for table in SocketConstants.all {
            for (name, value) in table { try NativeModule.set(m, name, IntObject.make(value)) }
        }
        try NativeModule.set(m, "error", Value(Krait_exc_OSError))
        try NativeModule.set(m, "timeout", Value(Krait_exc_TimeoutError))
        try NativeModule.set(m, "herror", SocketErrors.herrorClass)
        try NativeModule.set(m, "gaierror", SocketErrors.gaierrorClass)
        try NativeModule.set(m, "has_ipv6", .bool(true))
        return try ModuleTypes.add(m, [("socket", Krait_socket_type), ("SocketType", Krait_socket_type)])
    }

    /// `socketpair([family[, type[, proto]]])`, AF_UNIX by default.
    static func socketPair(_ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "socketpair", qualified: "_socket.socketpair", min: 0, max: 3)
        let family = try args.optional(0).map { v throws(PyException) in try TupleArguments.int(v) } ?? AF_UNIX
        let type = try args.optional(1).map { v throws(PyException) in try TupleArguments.int(v) } ?? Int32(SOCK_STREAM.rawValue)
        let proto = try args.optional(2).map { v throws(PyException) in try TupleArguments.int(v) } ?? 0
        var fds: [Int32] = [-1, -1]
        if Glibc.socketpair(family, type | Int32(SOCK_CLOEXEC.rawValue), proto, &fds) < 0 { throw PosixErrors.fromErrno() }
        let first: Value
        do throws(PyException) {
            first = try SocketType.make(fd: fds[0], family: family, type: type, proto: proto)
        } catch {
            Glibc.close(fds[0]); Glibc.close(fds[1])
            throw error
        }
        let second: Value
        do throws(PyException) {
            second = try SocketType.make(fd: fds[1], family: family, type: type, proto: proto)
        } catch {
            Glibc.close(fds[1])
            throw error
        }
        return Tuple.make(first, second)
    }

    static let functions: [MethodSpec] = [
        MethodSpec("gethostbyname", doc: doc("gethostbyname")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketNames.hostByName(args) }
        },
        MethodSpec("gethostbyname_ex", doc: doc("gethostbyname_ex")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketNames.hostByNameEx(args) }
        },
        MethodSpec("gethostbyaddr", doc: doc("gethostbyaddr")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketNames.hostByAddress(args) }
        },
        MethodSpec("gethostname", doc: doc("gethostname")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("_socket.gethostname"); return try SocketNames.hostname() }
        },
        MethodSpec("sethostname", doc: doc("sethostname")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try TupleArguments.check(args, "sethostname", qualified: "_socket.sethostname", min: 1, max: 1)
                let name = ModuleTypes.isStr(args[0]) ? try PosixPath.encode(args[0]) : Array(try BufferArguments.readable(args[0]).bytes)
                if sethostname(name, name.count) < 0 { throw PosixErrors.fromErrno() }
                return .none
            }
        },
        MethodSpec("getservbyname", doc: doc("getservbyname")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketNames.serviceByName(args) }
        },
        MethodSpec("getservbyport", doc: doc("getservbyport")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketNames.serviceByPort(args) }
        },
        MethodSpec("getprotobyname", doc: doc("getprotobyname")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketNames.protocolByName(args) }
        },
        MethodSpec("socketpair", doc: doc("socketpair")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketModule.socketPair(args) }
        },
        MethodSpec("ntohs", doc: doc("ntohs")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketConversions.short(args, "ntohs") }
        },
        MethodSpec("htons", doc: doc("htons")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketConversions.short(args, "htons") }
        },
        MethodSpec("ntohl", doc: doc("ntohl")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketConversions.long(args.one("_socket.ntohl")) }
        },
        MethodSpec("htonl", doc: doc("htonl")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketConversions.long(args.one("_socket.htonl")) }
        },
        MethodSpec("inet_aton", doc: doc("inet_aton")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try TupleArguments.check(args, "inet_aton", qualified: "_socket.inet_aton", min: 1, max: 1)
                return try SocketConversions.inetAton(args[0])
            }
        },
        MethodSpec("inet_ntoa", doc: doc("inet_ntoa")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try TupleArguments.check(args, "inet_ntoa", qualified: "_socket.inet_ntoa", min: 1, max: 1)
                return try SocketConversions.inetNtoa(args[0])
            }
        },
        MethodSpec("inet_pton", doc: doc("inet_pton")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketConversions.inetPton(args) }
        },
        MethodSpec("inet_ntop", doc: doc("inet_ntop")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketConversions.inetNtop(args) }
        },
        MethodSpec("getaddrinfo", doc: doc("getaddrinfo")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketNames.addressInfo(args) }
        },
        MethodSpec("getnameinfo", doc: doc("getnameinfo")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketNames.nameInfo(args) }
        },
        MethodSpec("getdefaulttimeout", doc: doc("getdefaulttimeout")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("_socket.getdefaulttimeout")
                return SocketType.timeoutValue(SocketType.defaultTimeout)
            }
        },
        MethodSpec("setdefaulttimeout", doc: doc("setdefaulttimeout")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                SocketType.defaultTimeout = try SocketType.parseTimeout(args.one("_socket.setdefaulttimeout"))
                return .none
            }
        },
        MethodSpec("if_nameindex", doc: doc("if_nameindex")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("_socket.if_nameindex"); return try SocketNames.interfaces() }
        },
        MethodSpec("if_nametoindex", doc: doc("if_nametoindex")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketNames.interfaceIndex(args.one("_socket.if_nametoindex")) }
        },
        MethodSpec("if_indextoname", doc: doc("if_indextoname")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketNames.interfaceName(args.one("_socket.if_indextoname")) }
        },
        MethodSpec("CMSG_LEN", doc: doc("CMSG_LEN")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketConversions.controlLength(args, "CMSG_LEN", space: false) }
        },
        MethodSpec("CMSG_SPACE", doc: doc("CMSG_SPACE")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SocketConversions.controlLength(args, "CMSG_SPACE", space: true) }
        },
    ]

    /// close() and dup() of bare descriptors.
    static let descriptorFunctions: [MethodSpec] = [
        MethodSpec("close", doc: doc("close")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let fd = try TupleArguments.long(args.one("_socket.close"))
                if Glibc.close(Int32(truncatingIfNeeded: fd)) < 0 && errno != ECONNRESET { throw PosixErrors.fromErrno() }
                return .none
            }
        },
        MethodSpec("dup", doc: doc("dup")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let fd = try TupleArguments.long(args.one("_socket.dup"))
                let copy = fcntl(Int32(truncatingIfNeeded: fd), F_DUPFD_CLOEXEC, 0)
                if copy < 0 { throw PosixErrors.fromErrno() }
                return IntObject.make(Int(copy))
            }
        },
    ]
}
