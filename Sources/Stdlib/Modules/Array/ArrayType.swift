import ObjectLayout
import ObjectModel

/// The `array.array` type: construction, the sequence and buffer slots, repr, comparison.
enum ArrayType {
    static let doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.\nThe following type codes are defined:\n\n    Type code   C Type             Minimum size in bytes\n    'b'         signed integer     1\n    'B'         unsigned integer   1\n    'u'         Unicode character  2 (see note)\n    'h'         signed integer     2\n    'H'         unsigned integer   2\n    'i'         signed integer     2\n    'I'         unsigned integer   2\n    'l'         signed integer     4\n    'L'         unsigned integer   4\n    'q'         signed integer     8 (see note)\n    'Q'         unsigned integer   8 (see note)\n    'f'         floating point     4\n    'd'         floating point     8\n\nNOTE: The 'u' typecode corresponds to Python's unicode character. On\nnarrow builds this is 2-bytes on wide builds this is 4-bytes.\n\nNOTE: The 'q' and 'Q' type codes are only available if the platform\nC compiler used to build Python supports 'long long', or, on Windows,\n'__int64'.\n\nMethods:\n\nappend() -- append a new item to the end of the array\nbuffer_info() -- return information giving the current memory info\nbyteswap() -- byteswap all the items of the array\ncount() -- return number of occurrences of an object\nextend() -- extend array by appending multiple elements from an iterable\nfromfile() -- read items from a file object\nfromlist() -- append items from the list\nfrombytes() -- append items from the string\nindex() -- return index of first occurrence of an object\ninsert() -- insert a new item into the array at a provided position\npop() -- remove and return item (default last)\nremove() -- remove first occurrence of an object\nreverse() -- reverse the order of the items in the array\ntofile() -- write all items to a file object\ntolist() -- return the array converted to an ordinary list\ntobytes() -- return the array converted to a string\n\nAttributes:\n\ntypecode -- the typecode character used to create the array\nitemsize -- the length in bytes of one array item\n"

    static let sequenceMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_length = { o in ArrayStorage.count(Value(o!)) }
        table.pointee.sq_item = { o, i in
            CBoundary.object { () throws(PyException) in
                let v = Value(o!)
                guard i >= 0 && i < ArrayStorage.count(v) else { throw PyException.indexError("array index out of range") }
                return try ArrayItems.get(v, i)
            }
        }
        table.pointee.sq_contains = { o, item in
            Int32(CBoundary.integer { () throws(PyException) in try ArrayType.find(Value(o!), Value(item!), 0, Int.max) != nil ? 1 : 0 })
        }
        table.pointee.sq_concat = { a, b in CBoundary.object { () throws(PyException) in try ArrayType.concat(Value(a!), Value(b!)) } }
        table.pointee.sq_inplace_concat = { a, b in
            CBoundary.object { () throws(PyException) in
                let v = Value(a!), other = Value(b!)
                guard ArrayStorage.isArray(other) else {
                    throw PyException.typeError("can only extend array with array (not \"\(TypeObject.name(other.type))\")")
                }
                try ArrayType.extend(v, other)
                return v
            }
        }
        table.pointee.sq_repeat = { o, n in CBoundary.object { () throws(PyException) in try ArrayType.repeated(Value(o!), n) } }
        table.pointee.sq_inplace_repeat = { o, n in
            CBoundary.object { () throws(PyException) in
                let v = Value(o!)
                let result = try ArrayType.repeated(v, n)
                ArrayStorage.replace(v, 0..<ArrayStorage.count(v), with: ArrayStorage.bytes(result))
                return v
            }
        }
        return table
    }()

    static let mappingMethods: UnsafeMutablePointer<PyMappingMethods> = {
        let table = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
        table.initialize(to: PyMappingMethods())
        table.pointee.mp_length = { o in ArrayStorage.count(Value(o!)) }
        table.pointee.mp_subscript = { o, key in
            CBoundary.object { () throws(PyException) in try ArraySubscripts.get(Value(o!), Value(key!)) }
        }
        table.pointee.mp_ass_subscript = { o, key, value in
            CBoundary.status { () throws(PyException) in try ArraySubscripts.set(Value(o!), Value(key!), value.map { Value($0) }) }
        }
        return table
    }()

    /// The struct format of each typecode's buffer ('u' items are 4-byte wchar_t: "w").
    static let formats: [UInt8: UnsafePointer<CChar>] = {
        var table: [UInt8: UnsafePointer<CChar>] = [:]
        for c in ArrayStorage.typecodes.utf8 { table[c] = UnsafePointer(strdup(c == UInt8(ascii: "u") ? "w" : String(UnicodeScalar(c)))!) }
        return table
    }()

    static let buffer: UnsafeMutablePointer<PyBufferProcs> = {
        let table = UnsafeMutablePointer<PyBufferProcs>.allocate(capacity: 1)
        table.initialize(to: PyBufferProcs())
        table.pointee.bf_getbuffer = { o, view, _ in
            let v = Value(o!)
            view!.pointee = Py_buffer()
            view!.pointee.buf = ArrayStorage.data(v)
            view!.pointee.obj = o
            view!.pointee.len = ArrayStorage.byteCount(v)
            view!.pointee.itemsize = ArrayStorage.itemsize(v)
            view!.pointee.ndim = 1
            view!.pointee.format = UnsafeMutablePointer(mutating: ArrayType.formats[ArrayStorage.typecode(v)]!)
            return 0
        }
        return table
    }()

    static func setUp() {
        let t = Krait_array_type!
        ModuleTypes.define(t, "array.array", size: MemoryLayout<KraitArrayObject>.size, doc: doc,
                           traverse: ArrayStorage.traverse,
                           constructor: { type, args throws(PyException) in try ArrayType.construct(type, args) })
        t.pointee.tp_flags |= UInt(Py_TPFLAGS_SEQUENCE)
        t.pointee.tp_weaklistoffset = MemoryLayout<KraitArrayObject>.offset(of: \.weakreflist)!
        t.pointee.tp_as_sequence = sequenceMethods
        t.pointee.tp_as_mapping = mappingMethods
        t.pointee.tp_as_buffer = buffer
        t.pointee.tp_hash = Hashing.notImplemented
        t.pointee.tp_iter = { o in ArrayIterator.make(Value(o!)).object }
        t.pointee.tp_repr = { o in ModuleTypes.repr(o) { v throws(PyException) in try ArrayType.repr(v) } }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in try ArrayType.compare(Value(a!), Value(b!), CompareOp(rawValue: op)!) }
        }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("typecode", doc: "the typecode character used to create the array", get: { o, _ in
                Boxing.object(Str.make(String(UnicodeScalar(ArrayStorage.typecode(Value(o!))))))
            }),
            GetSetSpec("itemsize", doc: "the size, in bytes, of one array item", get: { o, _ in
                Boxing.object(IntObject.make(ArrayStorage.itemsize(Value(o!))))
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(ArrayMethods.table)
    }

    /// `array(typecode[, initializer])`, in the order of CPython's `array_new`.
    static func construct(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        if type == Krait_array_type && args.keywordCount > 0 { throw PyException.typeError("array.array() takes no keyword arguments") }
        if args.count < 1 { throw PyException.typeError("array() takes at least 1 argument (0 given)") }
        if args.count > 2 { throw PyException.typeError("array() takes at most 2 arguments (\(args.count) given)") }
        guard ModuleTypes.isStr(args[0]), Str.length(args[0]) == 1 else {
            throw PyException.typeError("array() argument 1 must be a unicode character, not \(TypeObject.name(args[0].type))")
        }
        let code = Str.codePoint(args[0], at: 0)
        let shown = String(UnicodeScalar(code).map(Character.init) ?? "?")
        var initial = args.optional(1)
        let u = UInt32(UInt8(ascii: "u"))
        if let i = initial, code != u {
            if ModuleTypes.isStr(i) { throw PyException.typeError("cannot use a str to initialize an array with typecode '\(shown)'") }
            if ArrayStorage.isArray(i) && ArrayStorage.typecode(i) == UInt8(ascii: "u") {
                throw PyException.typeError("cannot use a unicode array to initialize an array with typecode '\(shown)'")
            }
        }
        var iterator: Value? = nil
        if let i = initial, !(i.isExactly(Krait_list_type) || TypeObject.isSubtype(i.type, of: Krait_list_type)
                              || ByteArray.isByteArray(i) || BytesLike.isBytes(i)
                              || TypeObject.isSubtype(i.type, of: Krait_tuple_type) || (code == u && ModuleTypes.isStr(i))
                              || (ArrayStorage.isArray(i) && UInt32(ArrayStorage.typecode(i)) == code)) {
            iterator = try Protocols.iterator(i)
            initial = nil
        }
        guard code < 128, ArrayStorage.typecodes.utf8.contains(UInt8(code)) else {
            throw PyException.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        }
        let typecode = UInt8(code)
        let result = ArrayStorage.make(type, typecode: typecode)
        if let i = initial {
            if TypeObject.isSubtype(i.type, of: Krait_list_type) || TypeObject.isSubtype(i.type, of: Krait_tuple_type) {
                let items = try Protocols.call(Value(Krait_tuple_type), i)
                ArrayStorage.resize(result, Tuple.count(items), exactly: true)
                for k in 0..<Tuple.count(items) { try ArrayItems.set(result, k, Tuple.item(items, k)) }
            } else if ModuleTypes.isStr(i) {
                try ArrayConversions.fromUnicode(result, i)
            } else if ArrayStorage.isArray(i) {
                ArrayStorage.append(result, bytes: ArrayStorage.bytes(i))
            } else {
                try ArrayConversions.fromBytes(result, i)
            }
        }
        if let iterator {
            while let item = try Protocols.next(iterator) { try ArrayItems.append(result, item) }
        }
        return result
    }

    static func repr(_ v: Value) throws(PyException) -> String {
        let name = ModuleTypes.shortName(v), code = String(UnicodeScalar(ArrayStorage.typecode(v)))
        if ArrayStorage.count(v) == 0 { return "\(name)('\(code)')" }
        let items = code == "u" ? try ArrayConversions.toUnicode(v) : try ArrayConversions.toList(v)
        return "\(name)('\(code)', \(try Protocols.reprText(items)))"
    }

    /// The first position in `start..<stop` whose item equals `item`.
    static func find(_ v: Value, _ item: Value, _ start: Int, _ stop: Int) throws(PyException) -> Int? {
        var i = start
        while i < Swift.min(stop, ArrayStorage.count(v)) {
            if try Protocols.equal(try ArrayItems.get(v, i), item) { return i }
            i += 1
        }
        return nil
    }

    /// Extends `v` with the items of the array `other` (of the same typecode).
    static func extend(_ v: Value, _ other: Value) throws(PyException) {
        guard ArrayStorage.typecode(other) == ArrayStorage.typecode(v) else {
            throw PyException.typeError("can only extend with array of same kind")
        }
        ArrayStorage.append(v, bytes: ArrayStorage.bytes(other))
    }

    static func concat(_ a: Value, _ b: Value) throws(PyException) -> Value {
        guard ArrayStorage.isArray(b) else {
            throw PyException.typeError("can only append array (not \"\(TypeObject.name(b.type))\") to array")
        }
        guard ArrayStorage.typecode(a) == ArrayStorage.typecode(b) else { throw badArgument }
        let result = ArrayStorage.make(Krait_array_type, typecode: ArrayStorage.typecode(a))
        ArrayStorage.append(result, bytes: ArrayStorage.bytes(a))
        ArrayStorage.append(result, bytes: ArrayStorage.bytes(b))
        return result
    }

    /// CPython's `PyErr_BadArgument`.
    static var badArgument: PyException { PyException.typeError("bad argument type for built-in operation") }

    /// A new plain array of `v`'s items repeated `n` times.
    static func repeated(_ v: Value, _ n: Int) throws(PyException) -> Value {
        let times = Swift.max(n, 0), size = ArrayStorage.byteCount(v)
        let (total, overflow) = size.multipliedReportingOverflow(by: times)
        if overflow { throw PyException.memoryError() }
        try Allocation.check(count: total, itemSize: 1)
        let result = ArrayStorage.make(Krait_array_type, typecode: ArrayStorage.typecode(v), count: ArrayStorage.count(v) * times)
        let source = ArrayStorage.data(v), target = ArrayStorage.data(result)
        for k in 0..<times { (target + k * size).copyMemory(from: source, byteCount: size) }
        return result
    }

    /// Item by item until the first difference, then by length, as `array_richcompare`.
    static func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        guard ArrayStorage.isArray(a), ArrayStorage.isArray(b) else { return .notImplemented }
        if ArrayStorage.count(a) != ArrayStorage.count(b) && (op == .eq || op == .ne) { return .bool(op == .ne) }
        var i = 0
        while i < ArrayStorage.count(a) && i < ArrayStorage.count(b) {
            let x = try ArrayItems.get(a, i), y = try ArrayItems.get(b, i)
            if !(try Protocols.equal(x, y)) {
                if op == .eq || op == .ne { return .bool(op == .ne) }
                return try Protocols.richCompare(x, y, op)
            }
            i += 1
        }
        let na = ArrayStorage.count(a), nb = ArrayStorage.count(b)
        return .bool(op.holds(na < nb ? -1 : na > nb ? 1 : 0))
    }
}
