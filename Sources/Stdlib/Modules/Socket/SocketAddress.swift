import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// A socket address in C form: big enough for every family (`sockaddr_storage`),
/// with the length the system calls use.
struct SocketAddress {
    var storage = sockaddr_storage()
    var length: socklen_t = socklen_t(MemoryLayout<sockaddr_storage>.size)

    mutating func withPointer<R>(_ body: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<socklen_t>) -> R) -> R {
        withUnsafeMutablePointer(to: &storage) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in withUnsafeMutablePointer(to: &length) { body(sa, $0) } }
        }
    }

    mutating func withRebound<T, R, E: Error>(_ type: T.Type, _ body: (UnsafeMutablePointer<T>) throws(E) -> R) throws(E) -> R {
        try withUnsafeMutablePointer(to: &storage) { p throws(E) in
            try p.withMemoryRebound(to: T.self, capacity: 1) { q throws(E) in try body(q) }
        }
    }

    var family: Int32 { Int32(storage.ss_family) }
}

/// Socket addresses between Python and C: CPython's `getsockaddrarg`, `setipaddr`
/// and `makesockaddr` for AF_INET, AF_INET6 and AF_UNIX.
enum SocketAddresses {
    /// The address buffer's length for a family (`getsockaddrlen`).
    static func length(family: Int32) throws(PyException) -> socklen_t {
        switch family {
        case AF_INET: return socklen_t(MemoryLayout<sockaddr_in>.size)
        case AF_INET6: return socklen_t(MemoryLayout<sockaddr_in6>.size)
        case AF_UNIX: return socklen_t(MemoryLayout<sockaddr_un>.size)
        default: throw PyException(Krait_exc_OSError, "getsockaddrlen: bad family")
        }
    }

    /// A host name as C bytes: str (ASCII as it is, else IDNA-encoded), bytes or
    /// bytearray, with no NUL (`idna_converter`).
    static func hostBytes(_ host: Value) throws(PyException) -> [UInt8] {
        let bytes: [UInt8]
        if BytesLike.isBytes(host) || ByteArray.isByteArray(host) {
            bytes = Array(try BufferArguments.readable(host).bytes)
        } else if ModuleTypes.isStr(host) {
            if Str.isASCII(host) {
                bytes = Array(Str.swiftString(host).utf8)
            } else {
                do throws(PyException) {
                    bytes = Array(try BufferArguments.readable(try Protocols.callMethod(host, "encode", Str.make("idna"))).bytes)
                } catch {
                    throw PyException.typeError("encoding of hostname failed")
                }
            }
        } else {
            throw PyException.typeError("str, bytes or bytearray expected, not \(TypeObject.fullName(host.type))")
        }
        if bytes.contains(0) { throw PyException.typeError("host name must not contain null character") }
        return bytes
    }

    /// The IDNA codec's encoding of an ASCII name (its fast path, with its label
    /// checks); other names go to the codec itself.
    static func idna(_ host: Value) throws(PyException) -> [UInt8] {
        guard Str.isASCII(host) else {
            return Array(try BufferArguments.readable(try Protocols.callMethod(host, "encode", Str.make("idna"))).bytes)
        }
        let bytes = Array(Str.swiftString(host).utf8)
        if bytes.isEmpty { return bytes }
        let labels = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        for label in labels.dropLast() where !(label.count > 0 && label.count < 64) {
            throw idnaFailure("label empty or too long")
        }
        if labels.last!.count >= 64 { throw idnaFailure("label too long") }
        return bytes
    }

    static func idnaFailure(_ reason: String) -> PyException {
        PyException.fromCause(PyException(Krait_exc_UnicodeError, reason), Krait_exc_UnicodeError,
                              "encoding with 'idna' codec failed (UnicodeError: \(reason))")
    }

    /// CPython's `setipaddr`: a numeric address, "" (any), "<broadcast>", or a name
    /// resolved by getaddrinfo; returns the family found.
    static func setIPAddress(_ name: [UInt8], into address: inout SocketAddress, family: Int32) throws(PyException) {
        address = SocketAddress()
        var hints = addrinfo()
        if name.isEmpty {
            hints.ai_family = family
            hints.ai_socktype = Int32(SOCK_DGRAM.rawValue)
            hints.ai_flags = AI_PASSIVE
            var result: UnsafeMutablePointer<addrinfo>?
            let (error, code) = Interrupts.blocking { getaddrinfo(nil, "0", &hints, &result) }
            if error != 0 { throw SocketErrors.gaierror(error, errno: code) }
            defer { freeaddrinfo(result) }
            let info = result!.pointee
            guard info.ai_family == AF_INET || info.ai_family == AF_INET6 else {
                throw PyException(Krait_exc_OSError, "unsupported address family")
            }
            if info.ai_next != nil { throw PyException(Krait_exc_OSError, "wildcard resolved to multiple address") }
            copy(info, into: &address)
            return
        }
        let text = String(decoding: name, as: UTF8.self)
        if text == "255.255.255.255" || text == "<broadcast>" {
            if family != AF_INET && family != AF_UNSPEC { throw PyException(Krait_exc_OSError, "address family mismatched") }
            address.withRebound(sockaddr_in.self) { sin in
                sin.pointee.sin_family = sa_family_t(AF_INET)
                sin.pointee.sin_addr.s_addr = in_addr_t.max
            }
            address.length = socklen_t(MemoryLayout<sockaddr_in>.size)
            return
        }
        if family == AF_UNSPEC || family == AF_INET {
            let found = address.withRebound(sockaddr_in.self) { sin in inet_pton(AF_INET, text, &sin.pointee.sin_addr) > 0 }
            if found {
                address.withRebound(sockaddr_in.self) { $0.pointee.sin_family = sa_family_t(AF_INET) }
                address.length = socklen_t(MemoryLayout<sockaddr_in>.size)
                return
            }
        }
        if (family == AF_UNSPEC || family == AF_INET6) && !text.contains("%") {
            let found = address.withRebound(sockaddr_in6.self) { sin in inet_pton(AF_INET6, text, &sin.pointee.sin6_addr) > 0 }
            if found {
                address.withRebound(sockaddr_in6.self) { $0.pointee.sin6_family = sa_family_t(AF_INET6) }
                address.length = socklen_t(MemoryLayout<sockaddr_in6>.size)
                return
            }
        }
        hints.ai_family = family
        var result: UnsafeMutablePointer<addrinfo>?
        let (error, code) = Interrupts.blocking { getaddrinfo(text, nil, &hints, &result) }
        if error != 0 { throw SocketErrors.gaierror(error, errno: code) }
        defer { freeaddrinfo(result) }
        copy(result!.pointee, into: &address)
        if address.family != AF_INET && address.family != AF_INET6 {
            throw PyException(Krait_exc_OSError, "unknown address family")
        }
    }

    static func copy(_ info: addrinfo, into address: inout SocketAddress) {
        let n = min(Int(info.ai_addrlen), MemoryLayout<sockaddr_storage>.size)
        withUnsafeMutableBytes(of: &address.storage) { $0.baseAddress!.copyMemory(from: info.ai_addr, byteCount: n) }
        address.length = socklen_t(n)
    }

    /// A Python address for the socket's family (`getsockaddrarg`); `caller` names
    /// the method in messages.
    static func parse(_ v: Value, family: Int32, caller: String) throws(PyException) -> SocketAddress {
        switch family {
        case AF_UNIX: return try unixAddress(v)
        case AF_INET, AF_INET6: return try internetAddress(v, family: family, caller: caller)
        default: throw PyException(Krait_exc_OSError, "getsockaddrarg: bad family")
        }
    }

    static func unixAddress(_ v: Value) throws(PyException) -> SocketAddress {
        let path: [UInt8]
        if ModuleTypes.isStr(v) {
            path = try PosixPath.encode(v)
        } else {
            path = Array(try BufferArguments.readable(v).bytes)
        }
        var address = SocketAddress()
        let capacity = MemoryLayout.size(ofValue: sockaddr_un().sun_path)
        let pathOffset = MemoryLayout<sockaddr_un>.offset(of: \.sun_path)!
        // Linux's abstract namespace: an empty name (bound automatically) or one
        // beginning with NUL is not NUL-terminated.
        let abstract = path.isEmpty || path[0] == 0
        if abstract ? path.count > capacity : path.count >= capacity {
            throw PyException(Krait_exc_OSError, "AF_UNIX path too long")
        }
        address.withRebound(sockaddr_un.self) { un in
            un.pointee.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &un.pointee.sun_path) { $0.copyBytes(from: path) }
        }
        address.length = socklen_t(pathOffset + path.count + (abstract ? 0 : 1))
        return address
    }

    static func internetAddress(_ v: Value, family: Int32, caller: String) throws(PyException) -> SocketAddress {
        let familyName = family == AF_INET ? "AF_INET" : "AF_INET6"
        guard v.isObject, TypeObject.isSubtype(v.type, of: Krait_tuple_type) else {
            throw PyException.typeError("\(caller)(): \(familyName) address must be tuple, not \(TypeObject.fullName(v.type))")
        }
        let n = Tuple.count(v)
        let shape = family == AF_INET ? "AF_INET address must be a pair (host, port)"
            : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
        if family == AF_INET ? n != 2 : (n < 2 || n > 4) { throw PyException.typeError(shape) }
        let host = try hostBytes(Tuple.item(v, 0))
        let port: Int32
        do throws(PyException) {
            port = try TupleArguments.int(Tuple.item(v, 1))
        } catch where error.matches(Krait_exc_OverflowError) {
            throw PyException.overflowError("\(caller)(): port must be 0-65535.")
        }
        var flowinfo: UInt32 = 0, scope: UInt32 = 0
        if n > 2 { flowinfo = try TupleArguments.uintMask(Tuple.item(v, 2)) }
        if n > 3 { scope = try TupleArguments.uintMask(Tuple.item(v, 3)) }
        var address = SocketAddress()
        try setIPAddress(host, into: &address, family: family)
        if port < 0 || port > 0xFFFF { throw PyException.overflowError("\(caller)(): port must be 0-65535.") }
        if family == AF_INET {
            address.withRebound(sockaddr_in.self) { sin in
                sin.pointee.sin_family = sa_family_t(AF_INET)
                sin.pointee.sin_port = UInt16(port).bigEndian
            }
            address.length = socklen_t(MemoryLayout<sockaddr_in>.size)
        } else {
            if flowinfo > 0xFFFFF { throw PyException.overflowError("\(caller)(): flowinfo must be 0-1048575.") }
            address.withRebound(sockaddr_in6.self) { sin in
                sin.pointee.sin6_family = sa_family_t(AF_INET6)
                sin.pointee.sin6_port = UInt16(port).bigEndian
                sin.pointee.sin6_flowinfo = flowinfo.bigEndian
                sin.pointee.sin6_scope_id = scope
            }
            address.length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        }
        return address
    }

    /// The text of an IPv4 or IPv6 address (`inet_ntop`).
    static func text(family: Int32, _ raw: UnsafeRawPointer) throws(PyException) -> Value {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        guard inet_ntop(family, raw, &buffer, socklen_t(buffer.count)) != nil else { throw PosixErrors.fromErrno() }
        return Str.make(String(cString: buffer))
    }

    /// The Python form of an address the system returned (`makesockaddr`).
    static func make(_ address: inout SocketAddress) throws(PyException) -> Value {
        if address.length == 0 { return .none }
        switch address.family {
        case AF_INET:
            let (host, port) = try address.withRebound(sockaddr_in.self) { sin throws(PyException) in
                (try withUnsafePointer(to: &sin.pointee.sin_addr) { p throws(PyException) in try text(family: AF_INET, p) },
                 Int(UInt16(bigEndian: sin.pointee.sin_port)))
            }
            return Tuple.make(host, IntObject.make(port))
        case AF_INET6:
            let (host, port, flow, scope) = try address.withRebound(sockaddr_in6.self) { sin throws(PyException) in
                (try withUnsafePointer(to: &sin.pointee.sin6_addr) { p throws(PyException) in try text(family: AF_INET6, p) },
                 Int(UInt16(bigEndian: sin.pointee.sin6_port)), Int(UInt32(bigEndian: sin.pointee.sin6_flowinfo)),
                 Int(sin.pointee.sin6_scope_id))
            }
            let result = Tuple.allocate(count: 4)
            Tuple.items(result)[0] = host
            Tuple.items(result)[1] = IntObject.make(port)
            Tuple.items(result)[2] = IntObject.make(flow)
            Tuple.items(result)[3] = IntObject.make(scope)
            return result
        case AF_UNIX:
            let pathOffset = MemoryLayout<sockaddr_un>.offset(of: \.sun_path)!
            let count = max(0, Int(address.length) - pathOffset)
            let bytes: [UInt8] = address.withRebound(sockaddr_un.self) { un in
                withUnsafeBytes(of: &un.pointee.sun_path) { Array($0.prefix(count)) }
            }
            if count > 0 && bytes[0] == 0 { return Bytes.make(bytes) }
            return try PosixPath.decode(Array(bytes.prefix { $0 != 0 }))
        default:
            let data: [UInt8] = address.withRebound(sockaddr.self) { sa in withUnsafeBytes(of: &sa.pointee.sa_data) { Array($0) } }
            return Tuple.make(IntObject.make(Int(address.family)), Bytes.make(data))
        }
    }
}
