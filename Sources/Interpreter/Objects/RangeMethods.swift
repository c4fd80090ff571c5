import ObjectLayout
import ObjectModel

/// `range`'s subscripts (indices and slices), `index`, `count`, truth, hash, pickling.
extension Ranges {
    static func make(start: Int, stop: Int, step: Int) -> Value {
        let object = Allocation.object(Krait_range_type, size: MemoryLayout<PyRangeObject>.size)
        let r = object.layout(PyRangeObject.self)
        r.pointee.start = IntObject.make(start)
        r.pointee.stop = IntObject.make(stop)
        r.pointee.step = IntObject.make(step)
        r.pointee.length = IntObject.make(length(start: start, stop: stop, step: step))
        return Value(object)
    }

    /// `r[i]` and `r[a:b:c]` (a range of the selected values).
    static func item(_ v: Value, _ key: Value) throws(PyException) -> Value {
        let p = parts(v)
        if key.isExactly(Krait_slice_type) {
            let (start, stop, step, _) = try Slice.indices(key, length: p.length)
            return make(start: p.start + start * p.step, stop: p.start + stop * p.step, step: p.step * step)
        }
        guard IntObject.check(key) || key.type.pointee.tp_as_number?.pointee.nb_index != nil else {
            throw PyException.typeError("range indices must be integers or slices, not \(TypeObject.name(key.type))")
        }
        var i = try Protocols.index(key)
        if i < 0 { i += p.length }
        guard i >= 0 && i < p.length else { throw PyException.indexError("range object index out of range") }
        return IntObject.make(p.start + i * p.step)
    }

    /// The position of the int `x` among the range's values, if it is one.
    static func position(_ v: Value, of x: Value) -> Int? {
        guard x.isSmallInt else { return nil }
        let p = parts(v), i = x.smallInt
        let inside = p.step > 0 ? (i >= p.start && i < p.stop) : (i <= p.start && i > p.stop)
        guard inside, (i - p.start) % p.step == 0 else { return nil }
        return (i - p.start) / p.step
    }

    /// Ints are found by arithmetic; other values by comparing with each item.
    static func count(_ v: Value, _ x: Value) throws(PyException) -> Int {
        if x.isExactly(Krait_int_type) || x.isExactly(Krait_bool_type) { return position(v, of: x) == nil ? 0 : 1 }
        var found = 0
        try Protocols.forEach(v) { item throws(PyException) in
            if try Protocols.isTrue(try Protocols.richCompare(item, x, .eq)) { found += 1 }
        }
        return found
    }

    static func index(_ v: Value, _ x: Value) throws(PyException) -> Int {
        if x.isExactly(Krait_int_type) || x.isExactly(Krait_bool_type) {
            guard let i = position(v, of: x) else { throw PyException.valueError("\(try Protocols.reprText(x)) is not in range") }
            return i
        }
        var i = 0
        var result: Int?
        try Protocols.forEach(v) { item throws(PyException) in
            if result == nil, try Protocols.isTrue(try Protocols.richCompare(item, x, .eq)) { result = i }
            i += 1
        }
        guard let result else { throw PyException.valueError("sequence.index(x): x not in sequence") }
        return result
    }

    /// As CPython: ranges with the same values hash alike.
    static func hash(_ v: Value) throws(PyException) -> Int {
        let p = parts(v)
        let key: Value
        switch p.length {
        case 0: key = Tuple.make([IntObject.make(0), .none, .none])
        case 1: key = Tuple.make([IntObject.make(1), IntObject.make(p.start), .none])
        default: key = Tuple.make([IntObject.make(p.length), IntObject.make(p.start), IntObject.make(p.step)])
        }
        return try Protocols.hash(key)
    }

    static var methods: [MethodSpec] {
        [
            MethodSpec("__reversed__", doc: "Return a reverse iterator.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reversed__")
                    let p = Ranges.parts(s)
                    return Ranges.iterator(from: p.start + (p.length - 1) * p.step, step: -p.step, count: p.length)
                }
            },
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let r = Ranges.range(s).pointee
                    return Tuple.make([Value(Krait_range_type), Tuple.make([r.start, r.stop, r.step])])
                }
            },
            MethodSpec("count", doc: "rangeobject.count(value) -> integer -- return number of occurrences of value") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in IntObject.make(try Ranges.count(s, try args.one("count"))) }
            },
            MethodSpec("index", doc: "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in IntObject.make(try Ranges.index(s, try args.one("index"))) }
            },
        ]
    }
}
