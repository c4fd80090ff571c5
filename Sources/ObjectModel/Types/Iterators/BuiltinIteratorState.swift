import ObjectLayout

/// `__reduce__` of enumerate, zip, map, filter, reversed and `iter(callable, sentinel)`:
/// the type (CPython reduces to the instance's own type) and what rebuilds the
/// iterator where it stands; `zip.__setstate__` sets `strict`, `reversed`'s the index.
extension BuiltinIterators {
    /// `(type, arguments)`, with `state` as a third item when given.
    static func reduction(_ v: Value, _ arguments: Value, _ state: Value? = nil) -> Value {
        let result = Tuple.allocate(count: state == nil ? 2 : 3)
        Tuple.items(result)[0] = Value(v.type)
        Tuple.items(result)[1] = arguments
        if let state { Tuple.items(result)[2] = state }
        return result
    }

    /// The items of `tuple` after `first`.
    static func prepend(_ first: Value, _ tuple: Value) -> Value {
        let n = Tuple.count(tuple)
        let result = Tuple.allocate(count: n + 1)
        Tuple.items(result)[0] = first
        for i in 0..<n { Tuple.items(result)[i + 1] = Tuple.item(tuple, i) }
        return result
    }

    static func setUpState() {
        Krait_enumerate_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: IteratorState.reduceDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("enumerate.__reduce__")
                    let e = s.layout(KraitEnumerateObject.self)
                    return BuiltinIterators.reduction(s, Tuple.make(e.pointee.en_iterator, e.pointee.en_index))
                }
            },
        ])
        Krait_zip_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: IteratorState.reduceDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("zip.__reduce__")
                    let z = s.layout(KraitZipObject.self)
                    return BuiltinIterators.reduction(s, z.pointee.zip_iterators, z.pointee.zip_strict != 0 ? .true : nil)
                }
            },
            MethodSpec("__setstate__", doc: IteratorState.setStateDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let strict = try Protocols.isTrue(try args.one("zip.__setstate__"))
                    s.layout(KraitZipObject.self).pointee.zip_strict = strict ? 1 : 0
                    return .none
                }
            },
        ])
        Krait_map_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: IteratorState.reduceDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("map.__reduce__")
                    let m = s.layout(KraitMapObject.self)
                    return BuiltinIterators.reduction(s, BuiltinIterators.prepend(m.pointee.mf_function, m.pointee.mf_iterators))
                }
            },
        ])
        Krait_filter_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: IteratorState.reduceDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("filter.__reduce__")
                    let f = s.layout(KraitMapObject.self)
                    return BuiltinIterators.reduction(s, BuiltinIterators.prepend(f.pointee.mf_function, f.pointee.mf_iterators))
                }
            },
        ])
        Krait_reversed_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__length_hint__", doc: IteratorState.hintDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("reversed.__length_hint__")
                    let r = s.layout(KraitReversedObject.self)
                    if r.pointee.rev_sequence.isEmpty { return Value(smallInt: 0) }
                    let count = try Protocols.length(r.pointee.rev_sequence)
                    let position = r.pointee.rev_index + 1
                    return IntObject.make(count < position ? 0 : position)
                }
            },
            MethodSpec("__reduce__", doc: IteratorState.reduceDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("reversed.__reduce__")
                    let r = s.layout(KraitReversedObject.self)
                    if r.pointee.rev_sequence.isEmpty { return BuiltinIterators.reduction(s, Tuple.make(Tuple.allocate(count: 0))) }
                    return BuiltinIterators.reduction(s, Tuple.make(r.pointee.rev_sequence), IntObject.make(r.pointee.rev_index))
                }
            },
            MethodSpec("__setstate__", doc: IteratorState.setStateDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let index = try IteratorState.index(try args.one("reversed.__setstate__"))
                    let r = s.layout(KraitReversedObject.self)
                    guard !r.pointee.rev_sequence.isEmpty else { return .none }
                    let count = try Protocols.length(r.pointee.rev_sequence)
                    r.pointee.rev_index = min(max(index, -1), count - 1)
                    return .none
                }
            },
        ])
        Krait_callableIterator_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: IteratorState.reduceDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("callable_iterator.__reduce__")
                    let it = s.layout(KraitCallableIteratorObject.self)
                    let iter = try BuiltinNames.get("iter")
                    if it.pointee.it_callable.isEmpty { return Tuple.make(iter, Tuple.make(Tuple.allocate(count: 0))) }
                    return Tuple.make(iter, Tuple.make(it.pointee.it_callable, it.pointee.it_sentinel))
                }
            },
        ])
    }
}
