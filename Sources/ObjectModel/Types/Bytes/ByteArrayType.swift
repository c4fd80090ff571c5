import ObjectLayout

/// The `bytearray` type's slots: bytes's operators plus item and slice assignment,
/// `+=` and `*=`; unhashable; compared with any buffer.
enum ByteArrayType {
    /// `ba[key] = value` and `del ba[key]`.
    static func assign(_ b: Value, _ key: Value, _ value: Value?) throws(PyException) {
        let count = ByteArray.count(b)
        if Protocols.isIndex(key) {
            var i = try Protocols.index(key)
            // The value is converted before the index is checked, as CPython does.
            let byte = try value.map { v throws(PyException) in try BytesSearch.byte(v) }
            if i < 0 { i += count }
            guard i >= 0 && i < count else { throw PyException.indexError("bytearray index out of range") }
            guard let byte else {
                ByteArray.replace(b, i..<(i + 1), with: UnsafeRawBufferPointer(start: nil, count: 0))
                return
            }
            ByteArray.data(b).storeBytes(of: byte, toByteOffset: i, as: UInt8.self)
            return
        }
        guard key.isExactly(Krait_slice_type) else {
            throw PyException.typeError("bytearray indices must be integers or slices, not \(TypeObject.name(key.type))")
        }
        let (rawStart, rawStop, step) = try Slice.unpack(key)
        let (start, stop, length) = Slice.adjust(length: count, start: rawStart, stop: rawStop, step: step)
        var source: [UInt8] = []
        if let value {
            let number = value.type.pointee.tp_as_number?.pointee
            if StrArguments.isStr(value) || number?.nb_index != nil || number?.nb_int != nil || number?.nb_float != nil {
                throw PyException.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            }
            source = try BytesConstruct.contents(value, "bytearray")
        }
        if step == 1 {
            let high = Swift.max(stop, start)
            source.withUnsafeBytes { ByteArray.replace(b, start..<high, with: $0) }
            return
        }
        guard !source.isEmpty else {
            // Deleting an extended slice (assigning no bytes deletes too, as in CPython):
            // keep the bytes not selected, in order.
            let view = ByteView(b)
            var selected = [Bool](repeating: false, count: count)
            for j in 0..<length { selected[start + j * step] = true }
            let kept = (0..<count).filter { !selected[$0] }.map { view[$0] }
            kept.withUnsafeBytes { ByteArray.replace(b, 0..<count, with: $0) }
            return
        }
        guard source.count == length else {
            throw PyException.valueError("attempt to assign bytes of size \(source.count) to extended slice of size \(length)")
        }
        let data = ByteArray.data(b)
        for j in 0..<length { data.storeBytes(of: source[j], toByteOffset: start + j * step, as: UInt8.self) }
    }

    /// `bytearray.__init__(source, encoding, errors)`: the contents replaced.
    static func initialize(_ b: Value, _ args: Arguments) throws(PyException) {
        let bytes = try BytesConstruct.source(args, "bytearray")
        bytes.withUnsafeBytes { ByteArray.replace(b, 0..<ByteArray.count(b), with: $0) }
    }

    static func repr(_ b: Value) -> Value {
        Str.make("\(TypeObject.name(b.type))(\(Bytes.repr(b)))")
    }

    static func setUp() {
        let t = Krait_bytearray_type!
        TypeSetup.begin(t, name: "bytearray", basicSize: MemoryLayout<PyByteArrayObject>.size,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_MATCH_SELF),
                        doc: "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer")
        let sequence = BytesType.sequenceMethods()
        sequence.pointee.sq_inplace_concat = { a, b in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard let right = BytesLike.readable(y) else {
                    throw PyException.typeError("can't concat \(TypeObject.name(y.type)) to \(TypeObject.name(x.type))")
                }
                // CPython exports the right operand's buffer while resizing the left, so
                // `b += b` finds its own buffer exported.
                if x == y { throw PyException(Krait_exc_BufferError, "Existing exports of data: object cannot be re-sized") }
                let bytes = Array(ByteView(right).raw)
                bytes.withUnsafeBytes { ByteArray.replace(x, ByteArray.count(x)..<ByteArray.count(x), with: $0) }
                return x
            }
        }
        sequence.pointee.sq_inplace_repeat = { o, n in
            CBoundary.object { () throws(PyException) in
                let b = Value(o!)
                let repeated = try BytesType.repeated(b, n)
                ByteArray.replace(b, 0..<ByteArray.count(b), with: ByteView(repeated).raw)
                return b
            }
        }
        sequence.pointee.sq_ass_item = { o, i, v in
            CBoundary.status { () throws(PyException) in try ByteArrayType.assign(Value(o!), Value(smallInt: i), v.map { Value($0) }) }
        }
        t.pointee.tp_as_sequence = sequence
        t.pointee.tp_as_number = BytesType.byteArrayNumberMethods
        t.pointee.tp_as_buffer = BytesLike.buffer
        t.pointee.tp_as_mapping = Subscripts.mappingMethods({ o, key in
            CBoundary.object { () throws(PyException) in try BytesType.item(Value(o!), Value(key!)) }
        }, length: { o in ByteArray.count(Value(o!)) })
        t.pointee.tp_as_mapping.pointee.mp_ass_subscript = { o, key, value in
            CBoundary.status { () throws(PyException) in try ByteArrayType.assign(Value(o!), Value(key!), value.map { Value($0) }) }
        }
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in ByteArrayType.repr(Value(o!)) } }
        // str() of a bytearray is its repr, from a `__str__` of its own as in CPython.
        t.pointee.tp_str = t.pointee.tp_repr
        t.pointee.tp_hash = Hashing.notImplemented
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                if y.type == Krait_memoryview_type && MemoryView.state(y).pointee.mv_released != 0 { return .notImplemented }
                guard let other = BytesLike.readable(y) else { return .notImplemented }
                return BytesType.compare(ByteView(x), ByteView(other), CompareOp(rawValue: op)!)
            }
        }
        t.pointee.tp_traverse = ByteArray.traverse
        t.pointee.tp_iter = { o in SequenceIterator.make(Value(o!), type: Krait_bytearrayIterator_type).object }
        t.pointee.tp_methods = TypeSetup.methodTable(BytesMethods.table(forByteArray: true) + ByteArrayMethods.table())
        NativeConstructors.register(t) { _, args throws(PyException) in
            let b = ByteArray.new()
            try ByteArrayType.initialize(b, args)
            return b
        }
        // Subclasses are made by object's `tp_new` (a zeroed bytearray is empty) and this.
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                try ByteArrayType.initialize(Value(o!), Arguments.from(tuple: args, keywords: kwargs))
            }
        }
    }
}
