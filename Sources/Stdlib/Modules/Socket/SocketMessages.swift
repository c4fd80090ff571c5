import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// `sendmsg`, `recvmsg` and `recvmsg_into`: scattered data and ancillary data
/// (control messages such as SCM_RIGHTS). Control messages are laid out as
/// Linux's CMSG macros do: a 16-byte header (length, level, type), then the data,
/// each padded to 8 bytes.
enum SocketMessages {
    static let header = MemoryLayout<cmsghdr>.size

    static func aligned(_ n: Int) -> Int { (n + 7) & ~7 }

    /// The buffers of an iterable argument (`PySequence_Fast` with `message`).
    static func items(_ v: Value, _ message: String) throws(PyException) -> Value {
        let iterator: Value
        do throws(PyException) {
            iterator = try Protocols.iterator(v)
        } catch where error.matches(Krait_exc_TypeError) {
            throw PyException.typeError(message)
        }
        let list = List.new()
        while let item = try Protocols.next(iterator) { List.append(list, item) }
        return list
    }

    /// `sendmsg(buffers[, ancdata[, flags[, address]]])`.
    static func send(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "sendmsg", qualified: "socket.sendmsg", min: 1, max: 4)
        let parts = try items(args[0], "sendmsg() argument 1 must be an iterable")
        var data: [UInt8] = []
        for i in 0..<List.count(parts) { data += try BufferArguments.readable(List.item(parts, i)).bytes }
        var control: [UInt8] = []
        if let ancillary = args.optional(1) {
            let messages = try items(ancillary, "sendmsg() argument 2 must be an iterable")
            for i in 0..<List.count(messages) { try appendControl(List.item(messages, i), to: &control) }
        }
        let flags = try args.optional(2).map { v throws(PyException) in try TupleArguments.int(v) } ?? 0
        var address: SocketAddress? = nil
        if let a = args.optional(3), a != .none {
            address = try SocketAddresses.parse(a, family: SocketType.family(s), caller: "sendmsg")
        }
        let fd = SocketType.fd(s)
        // Copied out of the arrays: their `withUnsafe…` calls cannot throw PyException.
        let d = UnsafeMutableRawPointer.allocate(byteCount: max(data.count, 1), alignment: 8)
        let c = UnsafeMutableRawPointer.allocate(byteCount: max(control.count, 1), alignment: 8)
        defer { d.deallocate(); c.deallocate() }
        d.copyMemory(from: data, byteCount: data.count)
        c.copyMemory(from: control, byteCount: control.count)
        let dataCount = data.count, controlCount = control.count
        let n = try SocketCall.call(s, writing: true) {
            var vector = iovec(iov_base: d, iov_len: dataCount)
            return withUnsafeMutablePointer(to: &vector) { v in
                var message = msghdr()
                message.msg_iov = v
                message.msg_iovlen = 1
                message.msg_control = controlCount > 0 ? c : nil
                message.msg_controllen = controlCount
                if address != nil {
                    return address!.withPointer { sa, length in
                        message.msg_name = UnsafeMutableRawPointer(sa)
                        message.msg_namelen = length.pointee
                        return Glibc.sendmsg(fd, &message, flags)
                    }
                }
                return Glibc.sendmsg(fd, &message, flags)
            }
        }
        return IntObject.make(n)
    }

    /// One (level, type, data) item, as `PyArg_Parse`'s "(iiy*)".
    static func appendControl(_ item: Value, to control: inout [UInt8]) throws(PyException) {
        let prefix = "[sendmsg() ancillary data items]() argument"
        guard item.isObject, TypeObject.isSubtype(item.type, of: Krait_tuple_type) || TypeObject.isSubtype(item.type, of: Krait_list_type) else {
            throw PyException.typeError("\(prefix) must be 3-item sequence, not \(TypeObject.name(item.type))")
        }
        let fields = try ModuleTypes.tuple(item)
        if Tuple.count(fields) != 3 {
            throw PyException.typeError("\(prefix) must be sequence of length 3, not \(Tuple.count(fields))")
        }
        let level = try TupleArguments.int(Tuple.item(fields, 0))
        let type = try TupleArguments.int(Tuple.item(fields, 1))
        let data = try BufferArguments.readable(Tuple.item(fields, 2))
        var entry = [UInt8](repeating: 0, count: header + aligned(data.count))
        entry.withUnsafeMutableBytes { p in
            p.storeBytes(of: header + data.count, toByteOffset: 0, as: Int.self)
            p.storeBytes(of: level, toByteOffset: 8, as: Int32.self)
            p.storeBytes(of: type, toByteOffset: 12, as: Int32.self)
            (p.baseAddress! + header).copyMemory(from: data.data, byteCount: data.count)
        }
        control += entry
    }

    /// recvmsg's core: data into `vectors`, then (ancdata list, msg_flags, address).
    static func receive(_ s: Value, _ vectors: [iovec], ancillarySize: Int, flags: Int32) throws(PyException) -> (Int, Value, Int, Value) {
        var address = try SocketMethods.addressBuffer(s)
        let capacity = address.length
        if ancillarySize < 0 || ancillarySize > Int(Int32.max) {
            throw PyException.valueError("invalid ancillary data buffer length")
        }
        let control = UnsafeMutableRawPointer.allocate(byteCount: max(ancillarySize, 1), alignment: 8)
        defer { control.deallocate() }
        var message = msghdr()
        let fd = SocketType.fd(s)
        let count = vectors.count
        let v = UnsafeMutablePointer<iovec>.allocate(capacity: max(count, 1))
        defer { v.deallocate() }
        for i in 0..<count { v[i] = vectors[i] }
        let n = try SocketCall.call(s, writing: false) {
            address = SocketAddress()
            address.length = capacity
            return address.withPointer { sa, length in
                message = msghdr()
                message.msg_name = UnsafeMutableRawPointer(sa)
                message.msg_namelen = length.pointee
                message.msg_iov = v
                message.msg_iovlen = count
                message.msg_control = ancillarySize > 0 ? control : nil
                message.msg_controllen = ancillarySize
                let r = Glibc.recvmsg(fd, &message, flags)
                length.pointee = min(message.msg_namelen, capacity)
                return r
            }
        }
        let ancillary = try controlMessages(control, length: message.msg_controllen)
        return (n, ancillary, Int(message.msg_flags), try SocketAddresses.make(&address))
    }

    /// The (level, type, data) tuples of the control buffer.
    static func controlMessages(_ control: UnsafeMutableRawPointer, length: Int) throws(PyException) -> Value {
        let list = List.new()
        var offset = 0
        while offset + header <= length {
            let total = control.loadUnaligned(fromByteOffset: offset, as: Int.self)
            let level = control.loadUnaligned(fromByteOffset: offset + 8, as: Int32.self)
            let type = control.loadUnaligned(fromByteOffset: offset + 12, as: Int32.self)
            if total < header { try warnTruncated(); break }
            let available = length - offset - header
            let truncated = total - header > available
            if truncated { try warnTruncated() }
            let count = min(total - header, available)
            let data = Bytes.make(UnsafeRawBufferPointer(start: control + offset + header, count: count))
            let item = Tuple.allocate(count: 3)
            Tuple.items(item)[2] = data
            Tuple.items(item)[0] = IntObject.make(Int(level))
            Tuple.items(item)[1] = IntObject.make(Int(type))
            List.append(list, item)
            if truncated { break }
            offset += aligned(total)
        }
        return list
    }

    static func warnTruncated() throws(PyException) {
        try WarningsModule.warn(Str.make("received malformed or improperly-truncated ancillary data"),
                                category: Value(Krait_exc_RuntimeWarning), stacklevel: 1)
    }

    /// `recvmsg(bufsize[, ancbufsize[, flags]])`.
    static func receiveMessage(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "recvmsg", qualified: "socket.recvmsg", min: 1, max: 3)
        let size = try TupleArguments.ssize(args[0])
        let ancillary = try args.optional(1).map { v throws(PyException) in try TupleArguments.ssize(v) } ?? 0
        let flags = try args.optional(2).map { v throws(PyException) in try TupleArguments.int(v) } ?? 0
        if size < 0 { throw PyException.valueError("negative buffer size in recvmsg()") }
        return try SocketTransfer.withBuffer(size) { buffer throws(PyException) in
            let vectors = [iovec(iov_base: buffer, iov_len: size)]
            let (n, anc, msgFlags, address) = try receive(s, vectors, ancillarySize: ancillary, flags: flags)
            return result(Bytes.make(UnsafeRawBufferPointer(start: buffer, count: n)), anc, msgFlags, address)
        }
    }

    /// `recvmsg_into(buffers[, ancbufsize[, flags]])`.
    static func receiveInto(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "recvmsg_into", qualified: "socket.recvmsg_into", min: 1, max: 3)
        let buffers = try items(args[0], "recvmsg_into() argument 1 must be an iterable")
        let ancillary = try args.optional(1).map { v throws(PyException) in try TupleArguments.ssize(v) } ?? 0
        let flags = try args.optional(2).map { v throws(PyException) in try TupleArguments.int(v) } ?? 0
        var vectors: [iovec] = []
        for i in 0..<List.count(buffers) {
            guard let region = try BufferArguments.region(List.item(buffers, i)), !region.readonly else {
                throw PyException.typeError("recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers")
            }
            vectors.append(iovec(iov_base: region.data, iov_len: region.count))
        }
        let (n, anc, msgFlags, address) = try receive(s, vectors, ancillarySize: ancillary, flags: flags)
        return result(IntObject.make(n), anc, msgFlags, address)
    }

    static func result(_ a: Value, _ b: Value, _ c: Int, _ d: Value) -> Value {
        let t = Tuple.allocate(count: 4)
        Tuple.items(t)[0] = a
        Tuple.items(t)[1] = b
        Tuple.items(t)[2] = IntObject.make(c)
        Tuple.items(t)[3] = d
        return t
    }

    static let table: [MethodSpec] = [
        MethodSpec("sendmsg", doc: SocketDocs.methods["sendmsg"]) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketMessages.send(s, args) }
        },
        MethodSpec("recvmsg", doc: SocketDocs.methods["recvmsg"]) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketMessages.receiveMessage(s, args) }
        },
        MethodSpec("recvmsg_into", doc: SocketDocs.methods["recvmsg_into"]) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketMessages.receiveInto(s, args) }
        },
    ]
}
