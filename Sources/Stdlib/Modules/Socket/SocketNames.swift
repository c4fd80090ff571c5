import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// `_socket`'s name services: host names, getaddrinfo/getnameinfo, services,
/// protocols and network interfaces.
enum SocketNames {
    static func hostname() throws(PyException) -> Value {
        var buffer = [CChar](repeating: 0, count: 1024)
        if gethostname(&buffer, buffer.count - 1) < 0 { throw PosixErrors.fromErrno() }
        return try PosixPath.decode(Array(buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }))
    }

    /// The "et" converter with "idna": str encoded, bytes or bytearray as they are.
    static func hostArgument(_ args: Arguments, _ name: String) throws(PyException) -> [UInt8] {
        try TupleArguments.check(args, name, qualified: "_socket." + name, min: 1, max: 1)
        let v = args[0]
        let bytes: [UInt8]
        if ModuleTypes.isStr(v) {
            bytes = try SocketAddresses.idna(v)
        } else if BytesLike.isBytes(v) || ByteArray.isByteArray(v) {
            bytes = Array(try BufferArguments.readable(v).bytes)
        } else {
            throw PyException.typeError("\(name)() argument 1 must be str, bytes or bytearray, not \(TypeObject.name(v.type))")
        }
        if bytes.contains(0) {
            throw PyException.typeError("\(name)() argument 1 must be encoded string without null bytes, not \(TypeObject.name(v.type))")
        }
        return bytes
    }

    static func hostByName(_ args: Arguments) throws(PyException) -> Value {
        let name = try hostArgument(args, "gethostbyname")
        var address = SocketAddress()
        try SocketAddresses.setIPAddress(name, into: &address, family: AF_INET)
        return try address.withRebound(sockaddr_in.self) { sin throws(PyException) in
            try withUnsafePointer(to: &sin.pointee.sin_addr) { p throws(PyException) in try SocketAddresses.text(family: AF_INET, p) }
        }
    }

    /// gethostbyname_ex and gethostbyaddr: (name, aliases, addresses) from a hostent.
    static func hostEntry(_ entry: UnsafeMutablePointer<hostent>?, errorCode: Int32, family: Int32) throws(PyException) -> Value {
        guard let h = entry?.pointee else { throw SocketErrors.herror(errorCode) }
        if h.h_addrtype != family { throw PosixErrors.fromErrno(EAFNOSUPPORT) }
        let aliases = List.new()
        if var alias = h.h_aliases {
            while let name = alias.pointee {
                List.append(aliases, Str.make(String(cString: name)))
                alias += 1
            }
        }
        let addresses = List.new()
        if var item = h.h_addr_list {
            while let raw = item.pointee {
                List.append(addresses, try SocketAddresses.text(family: family, raw))
                item += 1
            }
        }
        let result = Tuple.allocate(count: 3)
        Tuple.items(result)[0] = Str.make(String(cString: h.h_name))
        Tuple.items(result)[1] = aliases
        Tuple.items(result)[2] = addresses
        return result
    }

    static func hostByNameEx(_ args: Arguments) throws(PyException) -> Value {
        let name = try hostArgument(args, "gethostbyname_ex")
        var address = SocketAddress()
        try SocketAddresses.setIPAddress(name, into: &address, family: AF_INET)
        var entry = hostent()
        var found: UnsafeMutablePointer<hostent>?
        var buffer = [CChar](repeating: 0, count: 16384)
        var code: Int32 = 0
        let text = String(decoding: name, as: UTF8.self)
        _ = Interrupts.blocking { gethostbyname_r(text, &entry, &buffer, buffer.count, &found, &code) }
        return try hostEntry(found, errorCode: code, family: address.family)
    }

    static func hostByAddress(_ args: Arguments) throws(PyException) -> Value {
        let name = try hostArgument(args, "gethostbyaddr")
        var address = SocketAddress()
        try SocketAddresses.setIPAddress(name, into: &address, family: AF_UNSPEC)
        let family = address.family
        var entry = hostent()
        var found: UnsafeMutablePointer<hostent>?
        var buffer = [CChar](repeating: 0, count: 16384)
        var code: Int32 = 0
        if family == AF_INET {
            address.withRebound(sockaddr_in.self) { sin in
                _ = Interrupts.blocking {
                    gethostbyaddr_r(&sin.pointee.sin_addr, socklen_t(MemoryLayout<in_addr>.size), family, &entry, &buffer, buffer.count, &found, &code)
                }
            }
        } else if family == AF_INET6 {
            address.withRebound(sockaddr_in6.self) { sin in
                _ = Interrupts.blocking {
                    gethostbyaddr_r(&sin.pointee.sin6_addr, socklen_t(MemoryLayout<in6_addr>.size), family, &entry, &buffer, buffer.count, &found, &code)
                }
            }
        } else {
            throw PyException(Krait_exc_OSError, "unsupported address family")
        }
        return try hostEntry(found, errorCode: code, family: family)
    }

    /// `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)`.
    static func addressInfo(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("getaddrinfo", ["host", "port", "family", "type", "proto", "flags"], required: 2)
        var ints: [Int32] = [AF_UNSPEC, 0, 0, 0]
        for i in 0..<4 { if let v = p[i + 2] { ints[i] = try TupleArguments.int(v) } }
        let host: [UInt8]?
        let hobj = p[0]!, pobj = p[1]!
        if hobj == .none {
            host = nil
        } else if ModuleTypes.isStr(hobj) {
            host = try SocketAddresses.idna(hobj)
        } else if BytesLike.isBytes(hobj) {
            host = Array(try BufferArguments.readable(hobj).bytes)
        } else {
            throw PyException.typeError("getaddrinfo() argument 1 must be string or None")
        }
        let port: [UInt8]?
        if pobj.isSmallInt || (pobj.isObject && pobj.type.pointee.tp_as_number?.pointee.nb_index != nil) {
            port = Array(Str.swiftString(try Protocols.str(try Protocols.indexValue(pobj))).utf8)
        } else if ModuleTypes.isStr(pobj) {
            port = Array(Str.swiftString(pobj).utf8)
        } else if BytesLike.isBytes(pobj) {
            port = Array(try BufferArguments.readable(pobj).bytes)
        } else if pobj == .none {
            port = nil
        } else {
            throw PyException(Krait_exc_OSError, "Int or String expected")
        }
        var hints = addrinfo()
        hints.ai_family = ints[0]
        hints.ai_socktype = ints[1]
        hints.ai_protocol = ints[2]
        hints.ai_flags = ints[3]
        var result: UnsafeMutablePointer<addrinfo>?
        let (error, code) = Interrupts.blocking { withCString(host) { h in withCString(port) { s in getaddrinfo(h, s, &hints, &result) } } }
        if error != 0 { throw SocketErrors.gaierror(error, errno: code) }
        defer { freeaddrinfo(result) }
        let all = List.new()
        var cursor = result
        while let info = cursor?.pointee {
            var address = SocketAddress()
            SocketAddresses.copy(info, into: &address)
            let sockaddr = try SocketAddresses.make(&address)
            let item = Tuple.allocate(count: 5)
            Tuple.items(item)[4] = sockaddr
            Tuple.items(item)[0] = IntObject.make(Int(info.ai_family))
            Tuple.items(item)[1] = IntObject.make(Int(info.ai_socktype))
            Tuple.items(item)[2] = IntObject.make(Int(info.ai_protocol))
            Tuple.items(item)[3] = Str.make(info.ai_canonname.map { String(cString: $0) } ?? "")
            List.append(all, item)
            cursor = info.ai_next
        }
        return all
    }

    static func withCString<R>(_ bytes: [UInt8]?, _ body: (UnsafePointer<CChar>?) -> R) -> R {
        guard let bytes else { return body(nil) }
        return (bytes + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { body($0) }
        }
    }

    /// `getnameinfo(sockaddr, flags)`: (host, port) as text.
    static func nameInfo(_ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "getnameinfo", qualified: "_socket.getnameinfo", min: 2, max: 2)
        let sa = args[0]
        let flags = try TupleArguments.int(args[1])
        guard sa.isObject, TypeObject.isSubtype(sa.type, of: Krait_tuple_type) else {
            throw PyException.typeError("getnameinfo() argument 1 must be a tuple")
        }
        let n = Tuple.count(sa)
        guard n >= 2 && n <= 4 else { throw PyException.typeError("getnameinfo(): illegal sockaddr argument") }
        let host = try TupleArguments.string(Tuple.item(sa, 0), "getnameinfo", position: 1)
        let port = try TupleArguments.int(Tuple.item(sa, 1))
        let flowinfo = n > 2 ? try TupleArguments.uintMask(Tuple.item(sa, 2)) : 0
        let scope = n > 3 ? try TupleArguments.uintMask(Tuple.item(sa, 3)) : 0
        if flowinfo > 0xFFFFF { throw PyException.overflowError("getnameinfo(): flowinfo must be 0-1048575.") }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_DGRAM.rawValue)
        hints.ai_flags = AI_NUMERICHOST
        var result: UnsafeMutablePointer<addrinfo>?
        let service = String(port)
        let (error, code) = Interrupts.blocking { withCString(host) { h in getaddrinfo(h, service, &hints, &result) } }
        if error != 0 { throw SocketErrors.gaierror(error, errno: code) }
        defer { freeaddrinfo(result) }
        let info = result!.pointee
        if info.ai_next != nil { throw PyException(Krait_exc_OSError, "sockaddr resolved to multiple addresses") }
        if info.ai_family == AF_INET && n != 2 { throw PyException(Krait_exc_OSError, "IPv4 sockaddr must be 2 tuple") }
        if info.ai_family == AF_INET6 {
            info.ai_addr.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { sin in
                sin.pointee.sin6_flowinfo = flowinfo.bigEndian
                sin.pointee.sin6_scope_id = scope
            }
        }
        var hostBuffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        var serviceBuffer = [CChar](repeating: 0, count: Int(NI_MAXSERV))
        let (failure, nameErrno) = Interrupts.blocking {
            getnameinfo(info.ai_addr, info.ai_addrlen, &hostBuffer, socklen_t(hostBuffer.count),
                        &serviceBuffer, socklen_t(serviceBuffer.count), flags)
        }
        if failure != 0 { throw SocketErrors.gaierror(failure, errno: nameErrno) }
        return Tuple.make(Str.make(String(cString: hostBuffer)), Str.make(String(cString: serviceBuffer)))
    }

    static func serviceByName(_ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "getservbyname", qualified: "_socket.getservbyname", min: 1, max: 2)
        let name = try TupleArguments.string(args[0], "getservbyname", position: 1)
        let proto = try args.optional(1).map { v throws(PyException) in try TupleArguments.string(v, "getservbyname", position: 2) }
        let entry = withCString(name) { n in withCString(proto) { p in getservbyname(n, p) } }
        guard let entry else { throw PyException(Krait_exc_OSError, "service/proto not found") }
        return IntObject.make(Int(UInt16(bigEndian: UInt16(truncatingIfNeeded: entry.pointee.s_port))))
    }

    static func serviceByPort(_ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "getservbyport", qualified: "_socket.getservbyport", min: 1, max: 2)
        let port = try TupleArguments.int(args[0])
        let proto = try args.optional(1).map { v throws(PyException) in try TupleArguments.string(v, "getservbyport", position: 2) }
        if port < 0 || port > 0xFFFF { throw PyException.overflowError("getservbyport: port must be 0-65535.") }
        let entry = withCString(proto) { p in getservbyport(Int32(UInt16(port).bigEndian), p) }
        guard let entry else { throw PyException(Krait_exc_OSError, "port/proto not found") }
        return Str.make(String(cString: entry.pointee.s_name))
    }

    static func protocolByName(_ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "getprotobyname", qualified: "_socket.getprotobyname", min: 1, max: 1)
        let name = try TupleArguments.string(args[0], "getprotobyname", position: 1)
        guard let entry = withCString(name, { getprotobyname($0) }) else { throw PyException(Krait_exc_OSError, "protocol not found") }
        return IntObject.make(Int(entry.pointee.p_proto))
    }

    static func interfaces() throws(PyException) -> Value {
        guard let table = if_nameindex() else { throw PosixErrors.fromErrno() }
        defer { if_freenameindex(table) }
        let list = List.new()
        var i = 0
        while table[i].if_index != 0 {
            let name = try PosixPath.decode(Array(String(cString: table[i].if_name).utf8))
            List.append(list, Tuple.make(IntObject.make(Int(table[i].if_index)), name))
            i += 1
        }
        return list
    }

    static func interfaceIndex(_ v: Value) throws(PyException) -> Value {
        let name = ModuleTypes.isStr(v) ? try PosixPath.encode(v) : Array(try BufferArguments.readable(v).bytes)
        let index = withCString(name) { if_nametoindex($0) }
        if index == 0 { throw PyException(Krait_exc_OSError, "no interface with this name") }
        return IntObject.make(Int(index))
    }

    static func interfaceName(_ v: Value) throws(PyException) -> Value {
        let index = try TupleArguments.uintMask(v)
        var buffer = [CChar](repeating: 0, count: Int(IF_NAMESIZE) + 1)
        guard if_indextoname(index, &buffer) != nil else { throw PosixErrors.fromErrno() }
        return try PosixPath.decode(Array(String(cString: buffer).utf8))
    }
}
