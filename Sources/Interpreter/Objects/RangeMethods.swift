import ObjectLayout
import ObjectModel

/// `range`'s subscripts (indices and slices), membership, `index`, `count`, hash and
/// pickling, as CPython's `rangeobject.c`.
extension Ranges {
    /// `r[i]` and `r[a:b:c]` (a range of the selected values).
    static func item(_ v: Value, _ key: Value) throws(PyException) -> Value {
        let r = range(v).pointee
        if key.isExactly(Krait_slice_type) {
            let (start, stop, step) = try Slice.longIndices(key, length: r.length)
            return try make(start: try value(r, at: start), stop: try value(r, at: stop), step: try multiply(step, r.step))
        }
        guard isIndex(key) else {
            throw PyException.typeError("range indices must be integers or slices, not \(TypeObject.name(key.type))")
        }
        var i = try Protocols.indexValue(key)
        if isNegative(i) { i = try add(r.length, i) }
        guard !isNegative(i), try less(i, r.length) else { throw PyException.indexError("range object index out of range") }
        return try value(r, at: i)
    }

    /// `x in r`: ints (and bools) by arithmetic, anything else by comparing with each value.
    static func contains(_ v: Value, _ x: Value) throws(PyException) -> Bool {
        if x.isExactly(Krait_int_type) || x.isExactly(Krait_bool_type) { return try contains(range(v).pointee, int: x) }
        var found = false
        try Protocols.forEach(v) { item throws(PyException) in
            if !found, try Protocols.isTrue(try Protocols.richCompare(item, x, .eq)) { found = true }
        }
        return found
    }

    static func count(_ v: Value, _ x: Value) throws(PyException) -> Value {
        if x.isExactly(Krait_int_type) || x.isExactly(Krait_bool_type) {
            return IntObject.make(try contains(range(v).pointee, int: x) ? 1 : 0)
        }
        var found = 0
        try Protocols.forEach(v) { item throws(PyException) in
            if try Protocols.isTrue(try Protocols.richCompare(item, x, .eq)) { found += 1 }
        }
        return IntObject.make(found)
    }

    static func index(_ v: Value, _ x: Value) throws(PyException) -> Value {
        let r = range(v).pointee
        if x.isExactly(Krait_int_type) || x.isExactly(Krait_bool_type) {
            guard try contains(r, int: x) else { throw PyException.valueError("\(try Protocols.reprText(x)) is not in range") }
            return try Protocols.binary(try subtract(x, r.start), r.step, .floorDivide)
        }
        var i = 0
        var result: Int?
        try Protocols.forEach(v) { item throws(PyException) in
            if result == nil, try Protocols.isTrue(try Protocols.richCompare(item, x, .eq)) { result = i }
            i += 1
        }
        guard let result else { throw PyException.valueError("sequence.index(x): x not in sequence") }
        return IntObject.make(result)
    }

    /// As CPython: ranges with the same values hash alike, hashing (len, start, step)
    /// with None for what does not matter.
    static func hash(_ v: Value) throws(PyException) -> Int {
        let r = range(v).pointee
        let key = Tuple.allocate(count: 3)
        Tuple.items(key)[0] = r.length
        Tuple.items(key)[1] = IntObject.isZero(r.length) ? .none : r.start
        Tuple.items(key)[2] = IntObject.isZero(r.length) || IntObject.machineValue(r.length) == 1 ? .none : r.step
        return try Protocols.hash(key)
    }

    static var methods: [MethodSpec] {
        [
            MethodSpec("__reversed__", doc: "Return a reverse iterator.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("range.__reversed__")
                    return try Ranges.reverse(s)
                }
            },
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("range.__reduce__")
                    let r = Ranges.range(s).pointee
                    let bounds = Tuple.allocate(count: 3)
                    Tuple.items(bounds)[0] = r.start
                    Tuple.items(bounds)[1] = r.stop
                    Tuple.items(bounds)[2] = r.step
                    return Tuple.make(Value(Krait_range_type), bounds)
                }
            },
            MethodSpec("count", doc: "rangeobject.count(value) -> integer -- return number of occurrences of value") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try Ranges.count(s, try args.one("range.count")) }
            },
            MethodSpec("index", doc: "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try Ranges.index(s, try args.one("range.index")) }
            },
        ]
    }
}
