import ObjectLayout

/// bytearray's own methods: the mutators, copy, fromhex and the pickling and size hooks.
enum ByteArrayMethods {
    static let nothing = UnsafeRawBufferPointer(start: nil, count: 0)

    static func table() -> [MethodSpec] {
        [
            MethodSpec("append", doc: "append($self, item, /)\n--\n\nAppend a single item to the end of the bytearray.\n\n  item\n    The item to be appended.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let byte = try BytesSearch.byte(args.one("bytearray.append"))
                    let count = ByteArray.count(s)
                    withUnsafeBytes(of: byte) { ByteArray.replace(s, count..<count, with: $0) }
                    return .none
                }
            },
            MethodSpec("extend", doc: "extend($self, iterable_of_ints, /)\n--\n\nAppend all the items from the iterator or sequence to the end of the bytearray.\n\n  iterable_of_ints\n    The iterable of items to append.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let bytes = try ByteArrayMethods.extension(args.one("bytearray.extend"))
                    let count = ByteArray.count(s)
                    bytes.withUnsafeBytes { ByteArray.replace(s, count..<count, with: $0) }
                    return .none
                }
            },
            MethodSpec("insert", doc: "insert($self, index, item, /)\n--\n\nInsert a single item into the bytearray before the given index.\n\n  index\n    The index where the value is to be inserted.\n  item\n    The item to be inserted.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.positional("insert", min: 2, max: 2)
                    var i = try StrArguments.size(args[0])
                    let byte = try BytesSearch.byte(args[1])
                    let count = ByteArray.count(s)
                    if i < 0 { i = Swift.max(i + count, 0) }
                    i = Swift.min(i, count)
                    withUnsafeBytes(of: byte) { ByteArray.replace(s, i..<i, with: $0) }
                    return .none
                }
            },
            MethodSpec("pop", doc: "pop($self, index=-1, /)\n--\n\nRemove and return a single item from B.\n\n  index\n    The index from where to remove the item.\n    -1 (the default value) means remove the last item.\n\nIf no index argument is given, will pop the last item.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.positional("pop", min: 0, max: 1)
                    var i = try args.optional(0).map { v throws(PyException) in try StrArguments.size(v) } ?? -1
                    let count = ByteArray.count(s)
                    if count == 0 { throw PyException.indexError("pop from empty bytearray") }
                    if i < 0 { i += count }
                    guard i >= 0 && i < count else { throw PyException.indexError("pop index out of range") }
                    let byte = ByteView(s)[i]
                    ByteArray.replace(s, i..<(i + 1), with: ByteArrayMethods.nothing)
                    return Value(smallInt: Int(byte))
                }
            },
            MethodSpec("remove", doc: "remove($self, value, /)\n--\n\nRemove the first occurrence of a value in the bytearray.\n\n  value\n    The value to remove.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let byte = try BytesSearch.byte(args.one("bytearray.remove"))
                    let view = ByteView(s)
                    guard let i = (0..<view.count).first(where: { view[$0] == byte }) else {
                        throw PyException.valueError("value not found in bytearray")
                    }
                    ByteArray.replace(s, i..<(i + 1), with: ByteArrayMethods.nothing)
                    return .none
                }
            },
            MethodSpec("reverse", doc: "reverse($self, /)\n--\n\nReverse the order of the values in B in place.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("bytearray.reverse")
                    var bytes = UnsafeMutableRawBufferPointer(start: ByteArray.data(s), count: ByteArray.count(s))
                    bytes.reverse()
                    return .none
                }
            },
            MethodSpec("clear", doc: "clear($self, /)\n--\n\nRemove all items from the bytearray.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("bytearray.clear")
                    ByteArray.replace(s, 0..<ByteArray.count(s), with: ByteArrayMethods.nothing)
                    return .none
                }
            },
            MethodSpec("copy", doc: "copy($self, /)\n--\n\nReturn a copy of B.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("bytearray.copy")
                    return ByteArray.make(ByteView(s).raw)
                }
            },
            MethodSpec("fromhex", flags: Int32(METH_CLASS), doc: "fromhex($type, string, /)\n--\n\nCreate a bytearray object from a string of hexadecimal numbers.\n\nSpaces between two numbers are accepted.\nExample: bytearray.fromhex('B9 01EF') -> bytearray(b'\\\\xb9\\\\x01\\\\xef')") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { cls, args throws(PyException) in try BytesConstruct.fromHexMethod(cls, args, base: Krait_bytearray_type) }
            },
            MethodSpec("__alloc__", doc: "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("bytearray.__alloc__")
                    return Value(smallInt: s.layout(PyByteArrayObject.self).pointee.ob_alloc)
                }
            },
            MethodSpec("__sizeof__", doc: "__sizeof__($self, /)\n--\n\nReturns the size of the bytearray object in memory, in bytes.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("bytearray.__sizeof__")
                    return Value(smallInt: MemoryLayout<PyByteArrayObject>.size + s.layout(PyByteArrayObject.self).pointee.ob_alloc)
                }
            },
            MethodSpec("__reduce__", doc: "__reduce__($self, /)\n--\n\nReturn state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("bytearray.__reduce__")
                    return try ByteArrayMethods.reduce(s, protocol: 0)
                }
            },
            MethodSpec("__reduce_ex__", doc: "__reduce_ex__($self, proto=0, /)\n--\n\nReturn state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.positional("__reduce_ex__", min: 0, max: 1)
                    let proto = try args.optional(0).map { v throws(PyException) in try Protocols.cInt(v) } ?? 0
                    return try ByteArrayMethods.reduce(s, protocol: proto)
                }
            },
        ]
    }

    /// The bytes `extend` appends: a buffer's, or an iterable's ints.
    static func `extension`(_ v: Value) throws(PyException) -> [UInt8] {
        if v.type == Krait_memoryview_type { try MemoryView.checkReleased(v) }
        if let readable = BytesLike.readable(v) { return Array(ByteView(readable).raw) }
        let iterator: Value
        do {
            iterator = try Protocols.iterator(v)
        } catch where error.matches(Krait_exc_TypeError) {
            throw PyException.typeError("can't extend bytearray with \(TypeObject.name(v.type))")
        }
        var out: [UInt8] = []
        while let item = try Protocols.next(iterator) { out.append(try BytesSearch.byte(item)) }
        return out
    }

    /// What CPython pickles: `(type(b), (bytes(b),), state)` from protocol 3, else
    /// `(type(b), (b.decode('latin-1'), 'latin-1'), state)`, with `()` for a bytearray
    /// that never held storage; the state is the instance dict or None.
    static func reduce(_ b: Value, protocol version: Int) throws(PyException) -> Value {
        let state = (try? Protocols.getAttribute(b, "__dict__")) ?? .none
        if version >= 3 { return Tuple.make([Value(b.type), Tuple.make(Bytes.make(ByteView(b).raw)), state]) }
        if b.layout(PyByteArrayObject.self).pointee.ob_bytes == nil { return Tuple.make([Value(b.type), Tuple.make([]), state]) }
        let text = try StrCodecs.decode(ByteView(b).raw, .latin1, errors: "strict")
        return Tuple.make([Value(b.type), Tuple.make([text, Str.make("latin-1")]), state])
    }
}
