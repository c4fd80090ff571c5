import ObjectLayout

/// The `tuple` type's methods, sequence operators and constructor.
enum TupleMethods {
    static func table() -> [MethodSpec] {
        [
            MethodSpec("__getnewargs__", doc: "__getnewargs__($self, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("tuple.__getnewargs__")
                    return Tuple.make(TupleMethods.slice(s, 0, Tuple.count(s)))
                }
            },
            MethodSpec("index", doc: "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value.\n\nRaises ValueError if the value is not present.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let (start, stop) = try ListMethods.indexBounds(args, "tuple", length: Tuple.count(s))
                    var i = start
                    while i < min(stop, Tuple.count(s)) {
                        if try Protocols.equal(Tuple.item(s, i), args[0]) { return Value(smallInt: i) }
                        i += 1
                    }
                    throw PyException.valueError("tuple.index(x): x not in tuple")
                }
            },
            MethodSpec("count", doc: "count($self, value, /)\n--\n\nReturn number of occurrences of value.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let value = try args.one("tuple.count")
                    var count = 0
                    for i in 0..<Tuple.count(s) where try Protocols.equal(Tuple.item(s, i), value) { count += 1 }
                    return Value(smallInt: count)
                }
            },
        ]
    }

    /// `t[start:stop]` as a new tuple.
    static func slice(_ t: Value, _ start: Int, _ stop: Int) -> Value {
        let result = Tuple.allocate(count: stop - start)
        Tuple.items(result).update(from: Tuple.items(t) + start, count: stop - start)
        return result
    }

    static func concat(_ a: Value, _ b: Value) throws(PyException) -> Value {
        guard TypeObject.hasFlag(b.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) else {
            throw PyException.typeError("can only concatenate tuple (not \"\(TypeObject.name(b.type))\") to tuple")
        }
        let na = Tuple.count(a), nb = Tuple.count(b)
        if nb == 0 && a.isExactly(Krait_tuple_type) { return a }
        if na == 0 && b.isExactly(Krait_tuple_type) { return b }
        let result = Tuple.allocate(count: na + nb)
        Tuple.items(result).update(from: Tuple.items(a), count: na)
        (Tuple.items(result) + na).update(from: Tuple.items(b), count: nb)
        return result
    }

    static func repeated(_ t: Value, _ count: Int) throws(PyException) -> Value {
        let m = Tuple.count(t)
        if count == 1 && t.isExactly(Krait_tuple_type) { return t }
        if count <= 0 || m == 0 { return Tuple.make([]) }
        try Allocation.check(count: m, times: count, itemSize: MemoryLayout<Value>.size)
        let result = Tuple.allocate(count: m * count)
        let items = Tuple.items(result)
        for i in 0..<count { (items + i * m).update(from: Tuple.items(t), count: m) }
        return result
    }

    /// `tuple(iterable)`: the argument itself if it is a tuple.
    static func construct(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("tuple")
        try args.positional("tuple", min: 0, max: 1)
        guard args.count == 1 else { return Tuple.make([]) }
        let v = args[0]
        if v.isExactly(Krait_tuple_type) { return v }
        let items = List.new()
        try ListMethods.extend(items, v)
        return Tuple.make(UnsafeBufferPointer(start: List.count(items) > 0 ? List.items(items) : nil, count: List.count(items)))
    }
}
