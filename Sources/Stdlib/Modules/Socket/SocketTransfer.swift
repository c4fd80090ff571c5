import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// The methods of `_socket.socket` that move data: send, sendall, sendto, recv,
/// recv_into, recvfrom, recvfrom_into.
enum SocketTransfer {
    static func doc(_ name: String) -> String? { SocketDocs.methods[name] }

    /// Receives up to `count` bytes into `buffer` (`sock_recv_guts`).
    static func receive(_ s: Value, into buffer: UnsafeMutableRawPointer, count: Int, flags: Int32) throws(PyException) -> Int {
        if count == 0 { return 0 }
        let fd = SocketType.fd(s)
        return try SocketCall.call(s, writing: false) { Glibc.recv(fd, buffer, count, flags) }
    }

    /// Receives up to `count` bytes and the sender's address (`sock_recvfrom_guts`).
    static func receiveFrom(_ s: Value, into buffer: UnsafeMutableRawPointer, count: Int, flags: Int32) throws(PyException) -> (Int, Value) {
        var address = try SocketMethods.addressBuffer(s)
        let capacity = address.length
        let fd = SocketType.fd(s)
        let n = try SocketCall.call(s, writing: false) {
            address = SocketAddress()
            address.length = capacity
            return address.withPointer { sa, length in Glibc.recvfrom(fd, buffer, count, flags, sa, length) }
        }
        return (n, try SocketAddresses.make(&address))
    }

    /// A new buffer of `count` bytes for `recv`, MemoryError when it cannot be had.
    static func withBuffer<R>(_ count: Int, _ body: (UnsafeMutableRawPointer) throws(PyException) -> R) throws(PyException) -> R {
        try Allocation.check(count: count, itemSize: 1)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1), alignment: 8)
        defer { buffer.deallocate() }
        return try body(buffer)
    }

    static func recv(_ s: Value, _ args: Arguments, from: Bool) throws(PyException) -> Value {
        let name = from ? "recvfrom" : "recv"
        try TupleArguments.check(args, name, qualified: "socket." + name, min: 1, max: 2)
        let count = try TupleArguments.ssize(args[0])
        let flags = try args.optional(1).map { v throws(PyException) in try TupleArguments.int(v) } ?? 0
        if count < 0 { throw PyException.valueError("negative buffersize in \(name)") }
        return try withBuffer(count) { buffer throws(PyException) in
            if from {
                let (n, address) = try receiveFrom(s, into: buffer, count: count, flags: flags)
                return Tuple.make(Bytes.make(UnsafeRawBufferPointer(start: buffer, count: n)), address)
            }
            let n = try receive(s, into: buffer, count: count, flags: flags)
            return Bytes.make(UnsafeRawBufferPointer(start: buffer, count: n))
        }
    }

    /// `recv_into(buffer, nbytes=0, flags=0)` and `recvfrom_into`.
    static func recvInto(_ s: Value, _ args: Arguments, from: Bool) throws(PyException) -> Value {
        let name = from ? "recvfrom_into" : "recv_into"
        let p = try args.parse(name, ["buffer", "nbytes", "flags"], required: 1)
        let region = try BufferArguments.writable(p[0]!, argument: "\(name)() argument 1")
        var count = try p[1].map { v throws(PyException) in try TupleArguments.ssize(v) } ?? 0
        let flags = try p[2].map { v throws(PyException) in try TupleArguments.int(v) } ?? 0
        if count < 0 { throw PyException.valueError("negative buffersize in \(name)") }
        if count == 0 {
            count = region.count
        } else if region.count < count {
            throw PyException.valueError(from ? "nbytes is greater than the length of the buffer" : "buffer too small for requested bytes")
        }
        if from {
            let (n, address) = try receiveFrom(s, into: region.data, count: count, flags: flags)
            return Tuple.make(IntObject.make(n), address)
        }
        return IntObject.make(try receive(s, into: region.data, count: count, flags: flags))
    }

    static func send(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "send", qualified: "socket.send", min: 1, max: 2)
        let data = try BufferArguments.readable(args[0])
        let flags = try args.optional(1).map { v throws(PyException) in try TupleArguments.int(v) } ?? 0
        let fd = SocketType.fd(s)
        return IntObject.make(try SocketCall.call(s, writing: true) { Glibc.send(fd, data.data, data.count, flags) })
    }

    /// `sendall(data[, flags])`: send() until all is sent, within one timeout.
    static func sendAll(_ s: Value, _ args: Arguments) throws(PyException) {
        try TupleArguments.check(args, "sendall", qualified: "socket.sendall", min: 1, max: 2)
        let data = try BufferArguments.readable(args[0])
        let flags = try args.optional(1).map { v throws(PyException) in try TupleArguments.int(v) } ?? 0
        let fd = SocketType.fd(s)
        let hasTimeout = SocketType.timeout(s) > 0
        var timeout = SocketType.timeout(s)
        var deadline: Int? = nil
        var offset = 0
        repeat {
            if hasTimeout {
                if let deadline {
                    timeout = Timeouts.remaining(until: deadline)
                } else {
                    deadline = Timeouts.monotonic() + timeout
                }
                if timeout <= 0 { throw SocketErrors.timedOut() }
            }
            let n = try SocketCall.call(s, writing: true, timeout: timeout) {
                Glibc.send(fd, data.data + offset, data.count - offset, flags)
            }
            offset += n
            // A send interrupted by a signal may succeed in part: handlers run here.
            try Interrupts.checkSignals()
        } while offset < data.count
    }

    /// `sendto(data[, flags], address)`.
    static func sendTo(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("socket.sendto")
        guard args.count == 2 || args.count == 3 else {
            throw PyException.typeError("sendto() takes 2 or 3 arguments (\(args.count) given)")
        }
        let data = try BufferArguments.readable(args[0])
        let flags = args.count == 3 ? try TupleArguments.int(args[1]) : 0
        var address = try SocketAddresses.parse(args[args.count - 1], family: SocketType.family(s), caller: "sendto")
        let fd = SocketType.fd(s)
        return IntObject.make(try SocketCall.call(s, writing: true) {
            address.withPointer { sa, length in Glibc.sendto(fd, data.data, data.count, flags, sa, length.pointee) }
        })
    }

    static let table: [MethodSpec] = [
        MethodSpec("recv", doc: doc("recv")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketTransfer.recv(s, args, from: false) }
        },
        MethodSpec("recvfrom", doc: doc("recvfrom")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketTransfer.recv(s, args, from: true) }
        },
        MethodSpec("recv_into", doc: doc("recv_into")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketTransfer.recvInto(s, args, from: false) }
        },
        MethodSpec("recvfrom_into", doc: doc("recvfrom_into")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketTransfer.recvInto(s, args, from: true) }
        },
        MethodSpec("send", doc: doc("send")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketTransfer.send(s, args) }
        },
        MethodSpec("sendall", doc: doc("sendall")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketTransfer.sendAll(s, args); return .none }
        },
        MethodSpec("sendto", doc: doc("sendto")) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SocketTransfer.sendTo(s, args) }
        },
    ]
}
