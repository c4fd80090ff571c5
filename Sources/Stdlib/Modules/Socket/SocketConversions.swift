import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// `_socket`'s byte-order and address-text conversions: htons/htonl/ntohs/ntohl,
/// inet_aton/inet_ntoa/inet_pton/inet_ntop, CMSG_LEN/CMSG_SPACE.
enum SocketConversions {
    /// htons/ntohs: an "i" argument that must fit 16 bits.
    static func short(_ args: Arguments, _ name: String) throws(PyException) -> Value {
        try TupleArguments.check(args, name, qualified: "_socket." + name, min: 1, max: 1)
        let x = try TupleArguments.int(args[0])
        if x < 0 { throw PyException.overflowError("\(name): can't convert negative Python int to C 16-bit unsigned integer") }
        if x > 0xFFFF { throw PyException.overflowError("\(name): Python int too large to convert to C 16-bit unsigned integer") }
        return IntObject.make(Int(UInt16(x).byteSwapped))
    }

    /// htonl/ntohl: an int that must fit 32 bits.
    static func long(_ v: Value) throws(PyException) -> Value {
        guard IntObject.check(v) else { throw PyException.typeError("expected int, \(TypeObject.fullName(v.type)) found") }
        if IntObject.sign(v) < 0 { throw PyException.overflowError("can't convert negative value to unsigned int") }
        guard let x = IntObject.machineValue(v) else {
            throw PyException.overflowError("Python int too large to convert to C unsigned long")
        }
        if x > 0xFFFF_FFFF { throw PyException.overflowError("int larger than 32 bits") }
        return IntObject.make(Int(UInt32(x).byteSwapped))
    }

    static func inetAton(_ v: Value) throws(PyException) -> Value {
        let text = try TupleArguments.string(v, "inet_aton", position: 1)
        var address = in_addr()
        let ok = text.withUnsafeBufferPointer { p in
            String(decoding: p, as: UTF8.self).withCString { inet_aton($0, &address) }
        }
        if ok == 0 { throw PyException(Krait_exc_OSError, "illegal IP address string passed to inet_aton") }
        return withUnsafeBytes(of: &address) { Bytes.make($0) }
    }

    static func inetNtoa(_ v: Value) throws(PyException) -> Value {
        let packed = try BufferArguments.readable(v)
        if packed.count != 4 { throw PyException(Krait_exc_OSError, "packed IP wrong length for inet_ntoa") }
        return try SocketAddresses.text(family: AF_INET, packed.data)
    }

    static func inetPton(_ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "inet_pton", qualified: "_socket.inet_pton", min: 2, max: 2)
        let family = try TupleArguments.int(args[0])
        let text = try TupleArguments.string(args[1], "inet_pton", position: 2)
        var packed = [UInt8](repeating: 0, count: 16)
        let r = String(decoding: text, as: UTF8.self).withCString { inet_pton(family, $0, &packed) }
        if r < 0 { throw PosixErrors.fromErrno() }
        if r == 0 { throw PyException(Krait_exc_OSError, "illegal IP address string passed to inet_pton") }
        if family == AF_INET { return Bytes.make(Array(packed[0..<4])) }
        if family == AF_INET6 { return Bytes.make(packed) }
        throw PyException(Krait_exc_OSError, "unknown address family")
    }

    static func inetNtop(_ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "inet_ntop", qualified: "_socket.inet_ntop", min: 2, max: 2)
        let family = try TupleArguments.int(args[0])
        let packed = try BufferArguments.readable(args[1])
        switch family {
        case AF_INET where packed.count != 4, AF_INET6 where packed.count != 16:
            throw PyException.valueError("invalid length of packed IP address string")
        case AF_INET, AF_INET6:
            return try SocketAddresses.text(family: family, packed.data)
        default:
            throw PyException.valueError("unknown address family \(family)")
        }
    }

    /// CMSG_LEN and CMSG_SPACE: a 16-byte header and the data (padded to 8 bytes).
    static func controlLength(_ args: Arguments, _ name: String, space: Bool) throws(PyException) -> Value {
        try TupleArguments.check(args, name, qualified: "_socket." + name, min: 1, max: 1)
        let length = try TupleArguments.ssize(args[0])
        let header = MemoryLayout<cmsghdr>.size
        let padded = space ? (length + 7) & ~7 : length
        if length < 0 || length > Int(Int32.max) - header - 8 {
            throw PyException.overflowError("\(name)() argument out of range")
        }
        return IntObject.make(header + padded)
    }
}
