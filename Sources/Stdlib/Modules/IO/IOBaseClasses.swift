import ObjectLayout
import ObjectModel

/// `_RawIOBase`, `_BufferedIOBase` and `_TextIOBase`: the abstract layers' defaults.
enum IOBaseClasses {
    static let defaultBufferSize = 8192

    static func setUp() {
        IOBase.define(Krait_rawIOBase_type, "_io._RawIOBase", base: Krait_ioBase_type, doc: "Base class for raw binary I/O.")
        Krait_rawIOBase_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("read", doc: "read($self, size=-1, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.positional("read", min: 0, max: 1)
                    return try IOBaseClasses.rawRead(s, try IOError.optionalSize(args.optional(0)))
                }
            },
            MethodSpec("readall", doc: "readall($self, /)\n--\n\nRead until EOF, using multiple read() call.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("readall")
                    return try IOBaseClasses.readAll(s)
                }
            },
            MethodSpec("readinto") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw PyException(Krait_exc_NotImplementedError, arguments: []) }
            },
            MethodSpec("write") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw PyException(Krait_exc_NotImplementedError, arguments: []) }
            },
        ])
        IOBase.define(Krait_bufferedIOBase_type, "_io._BufferedIOBase", base: Krait_ioBase_type, doc: "Base class for buffered IO objects.")
        Krait_bufferedIOBase_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("detach", doc: "detach($self, /)\n--\n\nDisconnect this buffer from its underlying raw stream and return it.\n\nAfter the raw stream has been detached, the buffer is in an unusable\nstate.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw IOBase.unsupported("detach") }
            },
            MethodSpec("read", doc: "Read and return up to n bytes.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw IOBase.unsupported("read") }
            },
            MethodSpec("read1", doc: "Read and return up to n bytes, with at most one read() call to the underlying raw stream.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw IOBase.unsupported("read1") }
            },
            MethodSpec("write", doc: "Write the given buffer to the IO stream.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw IOBase.unsupported("write") }
            },
            MethodSpec("readinto", doc: "readinto($self, buffer, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try IOBaseClasses.readInto(s, try args.one("readinto"), "read") }
            },
            MethodSpec("readinto1", doc: "readinto1($self, buffer, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try IOBaseClasses.readInto(s, try args.one("readinto1"), "read1") }
            },
        ])
        IOBase.define(Krait_textIOBase_type, "_io._TextIOBase", base: Krait_ioBase_type, doc: "Base class for text I/O.\n\nThis class provides a character and line based interface to stream\nI/O. There is no readinto method because Python's character strings\nare immutable.\n")
        Krait_textIOBase_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("detach", doc: "Separate the underlying buffer from the TextIOBase and return it.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw IOBase.unsupported("detach") }
            },
            MethodSpec("read", doc: "Read at most n characters from stream.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw IOBase.unsupported("read") }
            },
            MethodSpec("readline", doc: "Read until newline or EOF.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw IOBase.unsupported("readline") }
            },
            MethodSpec("write", doc: "Write string to stream.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw IOBase.unsupported("write") }
            },
        ])
        Krait_textIOBase_type.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("encoding", doc: "Encoding of the text stream.\n\nSubclasses should override.\n", get: { _, _ in Krait_None }),
            GetSetSpec("newlines", doc: "Line endings translated so far.\n\nOnly line endings translated during reading are considered.\n\nSubclasses should override.\n", get: { _, _ in Krait_None }),
            GetSetSpec("errors", doc: "The error setting of the decoder or encoder.\n\nSubclasses should override.\n", get: { _, _ in Krait_None }),
        ])
    }

    /// `_RawIOBase.read(size)`: `readall()` for a negative size, else one `readinto`.
    static func rawRead(_ v: Value, _ size: Int) throws(PyException) -> Value {
        if size < 0 { return try Protocols.callMethod(v, "readall") }
        let buffer = try Protocols.call(Value(Krait_bytearray_type), IntObject.make(size))
        let n = try Protocols.callMethod(v, "readinto", buffer)
        if n == .none { return .none }
        let count = try ModuleTypes.size(n)
        return Bytes.make(UnsafeRawBufferPointer(rebasing: ByteView(buffer).raw[0..<Swift.min(Swift.max(count, 0), size)]))
    }

    /// `readall()`: `read(DEFAULT_BUFFER_SIZE)` until it gives nothing.
    static func readAll(_ v: Value) throws(PyException) -> Value {
        var out: [UInt8] = []
        while true {
            let data = try Protocols.callMethod(v, "read", IntObject.make(defaultBufferSize))
            if data == .none {
                if out.isEmpty { return .none }
                break
            }
            guard BytesLike.isBytes(data) else { throw PyException.typeError("read() should return bytes") }
            if Bytes.count(data) == 0 { break }
            out.append(contentsOf: ByteView(data).raw)
        }
        return Bytes.make(out)
    }

    /// `_BufferedIOBase.readinto(b)`: `read(len(b))` copied into `b`.
    static func readInto(_ v: Value, _ buffer: Value, _ method: String) throws(PyException) -> Value {
        try IOBase.readInto(buffer) { length throws(PyException) in
            let data = try Protocols.callMethod(v, method, IntObject.make(length))
            guard BytesLike.isBytes(data) else { throw PyException.typeError("read() should return bytes") }
            if Bytes.count(data) > length {
                throw PyException.valueError("read() returned too much data: \(length) bytes requested, \(Bytes.count(data)) returned")
            }
            return data
        }
    }
}
