import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// The `bytes` type's slots, and the sequence operators bytes and bytearray share.
enum BytesType {
    /// `a + b`: any buffer on the right; the result has the left operand's type.
    static func concat(_ a: Value, _ b: Value) throws(PyException) -> Value {
        guard let right = BytesLike.readable(b) else {
            throw PyException.typeError("can't concat \(TypeObject.name(b.type)) to \(TypeObject.name(a.type))")
        }
        return BytesLike.result(like: a, Array(ByteView(a).raw) + Array(ByteView(right).raw))
    }

    static func repeated(_ s: Value, _ n: Int) throws(PyException) -> Value {
        let view = ByteView(s)
        if n <= 0 || view.count == 0 { return BytesLike.result(like: s, []) }
        if n == 1 { return BytesLike.unchanged(s) }
        guard view.count <= Int.max / n else {
            if ByteArray.isByteArray(s) { throw PyException.memoryError() }
            throw PyException.overflowError("repeated bytes are too long")
        }
        try Allocation.check(count: view.count, times: n, itemSize: 1)
        var out: [UInt8] = []
        out.reserveCapacity(view.count * n)
        for _ in 0..<n { out.append(contentsOf: view.raw) }
        return BytesLike.result(like: s, out)
    }

    static func item(_ s: Value, _ key: Value) throws(PyException) -> Value {
        var view = ByteView(s)
        let name = BytesSearch.typeName(s), prefix = name == "bytes" ? "byte" : name
        // Seen again after the key's __index__, which may have resized a bytearray.
        switch try Subscripts.select(key, length: { view = ByteView(s); return view.count }, kind: name, indexError: name == "bytes" ? "index out of range" : "bytearray index out of range",
                                     typeError: { "\(prefix) indices must be integers or slices, not \(TypeObject.name($0.type))" }) {
        case .item(let i):
            return Value(smallInt: Int(view[i]))
        case .slice(let start, let step, let count):
            if step == 1 {
                if count == view.count { return BytesLike.unchanged(s) }
                return BytesLike.result(like: s, view.raw(start..<(start + count)))
            }
            return BytesLike.result(like: s, (0..<count).map { view[start + $0 * step] })
        }
    }

    /// An instance of a subclass of bytes: the bytes after the header, the dict (if
    /// the class has one) after them, where `Attributes.dictSlot` looks for it.
    static func subclassInstance(_ type: TypePointer, _ bytes: [UInt8]) -> Value {
        if type == Krait_bytes_type { return Bytes.make(bytes) }
        let size = (type.pointee.tp_basicsize + bytes.count + 7) & ~7
        let v = Value(Allocation.varObject(type, size: size, count: bytes.count))
        v.layout(PyBytesObject.self).pointee.ob_shash = -1
        bytes.withUnsafeBytes { b in
            if let base = b.baseAddress { Bytes.data(v).copyMemory(from: base, byteCount: b.count) }
        }
        return v
    }

    /// Ordering by bytes, then by length.
    static func compare(_ x: ByteView, _ y: ByteView, _ op: CompareOp) -> Value {
        if (op == .eq || op == .ne) && x.count != y.count { return .bool(op == .ne) }
        var order = Int(memcmp(x.data, y.data, Swift.min(x.count, y.count))).signum()
        if order == 0 { order = (x.count - y.count).signum() }
        return .bool(op.holds(order))
    }

    /// The sequence table of bytes and bytearray (their shared operators).
    static func sequenceMethods() -> UnsafeMutablePointer<PySequenceMethods> {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_length = { o in ByteView(Value(o!)).count }
        table.pointee.sq_item = { o, i in
            CBoundary.object { () throws(PyException) in
                let view = ByteView(Value(o!))
                guard i >= 0 && i < view.count else { throw PyException.indexError("index out of range") }
                return Value(smallInt: Int(view[i]))
            }
        }
        table.pointee.sq_concat = { a, b in CBoundary.object { () throws(PyException) in try BytesType.concat(Value(a!), Value(b!)) } }
        table.pointee.sq_repeat = { o, n in CBoundary.object { () throws(PyException) in try BytesType.repeated(Value(o!), n) } }
        table.pointee.sq_contains = { o, v in
            Int32(CBoundary.integer { () throws(PyException) in try BytesSearch.contains(Value(o!), Value(v!)) ? 1 : 0 })
        }
        return table
    }

    /// bytes and bytearray have a `%` each, which formats only a left operand of its own
    /// type, so `b"x".__rmod__(bytearray())` is NotImplemented as in CPython.
    static let numberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_remainder = { a, b in
            CBoundary.object { () throws(PyException) in
                let left = Value(a!)
                guard BytesLike.isBytes(left) else { return .notImplemented }
                return try PercentFormat.formatBytes(left, Value(b!))
            }
        }
        return table
    }()

    static let byteArrayNumberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_remainder = { a, b in
            CBoundary.object { () throws(PyException) in
                let left = Value(a!)
                guard ByteArray.isByteArray(left) else { return .notImplemented }
                return try PercentFormat.formatBytes(left, Value(b!))
            }
        }
        return table
    }()

    static func setUp() {
        let t = Krait_bytes_type!
        // CPython's basic size counts the terminating 0, so a subclass's dict, placed
        // after the items, never covers it.
        TypeSetup.begin(t, name: "bytes", basicSize: Bytes.header + 1, itemSize: 1,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_BYTES_SUBCLASS) | UInt(Py_TPFLAGS_MATCH_SELF),
                        doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer")
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in Str.make(Bytes.repr(Value(o!))) } }
        // str() of bytes is its repr, from a `__str__` of its own as in CPython (bytes_str).
        t.pointee.tp_str = t.pointee.tp_repr
        t.pointee.tp_hash = { o in Bytes.hash(Value(o!)) }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard BytesLike.isBytes(y) else { return .notImplemented }
                return BytesType.compare(ByteView(x), ByteView(y), CompareOp(rawValue: op)!)
            }
        }
        t.pointee.tp_traverse = { _, _, _ in 0 }
        t.pointee.tp_as_sequence = sequenceMethods()
        t.pointee.tp_as_number = numberMethods
        t.pointee.tp_as_buffer = BytesLike.buffer
        t.pointee.tp_as_mapping = Subscripts.mappingMethods({ o, key in
            CBoundary.object { () throws(PyException) in try BytesType.item(Value(o!), Value(key!)) }
        }, length: { o in Bytes.count(Value(o!)) })
        t.pointee.tp_iter = { o in SequenceIterator.make(Value(o!), type: Krait_bytesIterator_type).object }
        t.pointee.tp_methods = TypeSetup.methodTable(BytesMethods.table(forByteArray: false) + [
            MethodSpec("fromhex", flags: Int32(METH_CLASS), doc: "fromhex($type, string, /)\n--\n\nCreate a bytes object from a string of hexadecimal numbers.\n\nSpaces between two numbers are accepted.\nExample: bytes.fromhex('B9 01EF') -> b'\\\\xb9\\\\x01\\\\xef'.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { cls, args throws(PyException) in try BytesConstruct.fromHexMethod(cls, args, base: Krait_bytes_type) }
            },
            MethodSpec("__getnewargs__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("bytes.__getnewargs__")
                    return Tuple.make(Bytes.make(ByteView(s).raw))
                }
            },
            MethodSpec("__sizeof__", doc: "Return the size of the bytes in memory, in bytes.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("bytes.__sizeof__")
                    return Value(smallInt: s.type.pointee.tp_basicsize + Bytes.count(s))
                }
            },
            MethodSpec("__bytes__", doc: "__bytes__($self, /)\n--\n\nConvert this value to exact type bytes.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("bytes.__bytes__")
                    return BytesLike.unchanged(s)
                }
            },
        ])
        NativeConstructors.register(t) { _, args throws(PyException) in Bytes.make(try BytesConstruct.source(args, "bytes")) }
        t.pointee.tp_new = { type, args, kwargs in
            CBoundary.object { () throws(PyException) in
                let bytes = try BytesConstruct.source(Arguments.from(tuple: args, keywords: kwargs), "bytes")
                return BytesType.subclassInstance(type!, bytes)
            }
        }
        let block = Krait_byteBlock_type!
        TypeSetup.begin(block, name: "krait.byte_block", basicSize: ByteArray.blockHeader, itemSize: 1)
        block.pointee.tp_traverse = { _, _, _ in 0 }
    }
}
