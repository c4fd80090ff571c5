import ObjectLayout

/// `dict.keys()`, `dict.values()` and `dict.items()`: live views with length,
/// iteration (forwards and reversed), `in`, repr, and for keys and items the set
/// comparisons with each other and with sets; their set operations are in `DictViewSets`.
enum DictViews {
    static func make(_ d: Value, type: TypePointer) -> Value {
        let object = Allocation.object(type, size: MemoryLayout<KraitDictView>.size)
        object.layout(KraitDictView.self).pointee.dv_dict = d
        return Value(object)
    }

    @inline(__always)
    static func dict(_ view: Value) -> Value { view.layout(KraitDictView.self).pointee.dv_dict }

    /// `view.mapping`: a read-only proxy of the dict behind the view.
    static let mappingGetSet: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("mapping", doc: "dictionary that this view refers to", get: { o, _ in MappingProxy.make(DictViews.dict(Value(o!))).object }),
    ])

    static func isSetLike(_ v: Value) -> Bool { v.isExactly(Krait_dictKeysView_type) || v.isExactly(Krait_dictItemsView_type) }

    /// `item in view` for keys and items views (values views search by iteration).
    static func contains(_ view: Value, _ item: Value) throws(PyException) -> Bool {
        let d = dict(view)
        if view.isExactly(Krait_dictKeysView_type) { return try Dict.getItem(d, item) != nil }
        guard TypeObject.hasFlag(item.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)), Tuple.count(item) == 2 else { return false }
        guard let found = try Dict.getItem(d, Tuple.item(item, 0)) else { return false }
        return try Protocols.equal(found, Tuple.item(item, 1))
    }

    /// Whether every item of `a` is in `b`.
    static func allContained(_ a: Value, in b: Value) throws(PyException) -> Bool {
        let it = try Protocols.iterator(a)
        while let item = try Protocols.next(it) {
            if !(try Protocols.contains(b, item)) { return false }
        }
        return true
    }

    static func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        // CPython compares with sets and frozensets too, not only with other views.
        guard isSetLike(b) || Sets.isAnySet(b) else { return .notImplemented }
        let na = Dict.count(dict(a)), nb = try Protocols.length(b)
        switch op {
        case .eq, .ne:
            var same = na == nb
            if same { same = try allContained(a, in: b) }
            return .bool(same == (op == .eq))
        case .lt, .le:
            guard op == .lt ? na < nb : na <= nb else { return .false }
            return .bool(try allContained(a, in: b))
        case .gt, .ge:
            guard op == .gt ? na > nb : na >= nb else { return .false }
            return .bool(try allContained(b, in: a))
        }
    }

    static func repr(_ view: Value) throws(PyException) -> Value {
        try ReprGuard.run(view, placeholder: "...") { () throws(PyException) in
            let items = List.new()
            try ListMethods.extend(items, view)
            return Str.make("\(TypeObject.name(view.type))(\(try Protocols.reprText(items)))")
        }
    }

    static let sequenceMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_length = { o in Dict.count(DictViews.dict(Value(o!))) }
        table.pointee.sq_contains = { o, v in
            Int32(CBoundary.integer { () throws(PyException) in try DictViews.contains(Value(o!), Value(v!)) ? 1 : 0 })
        }
        return table
    }()

    /// Length only: `in` on values falls back to iteration, as in CPython.
    static let valuesSequenceMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_length = { o in Dict.count(DictViews.dict(Value(o!))) }
        return table
    }()

    static func setUp() {
        let views: [(TypePointer, String)] = [
            (Krait_dictKeysView_type, "dict_keys"), (Krait_dictValuesView_type, "dict_values"), (Krait_dictItemsView_type, "dict_items"),
        ]
        for (t, name) in views {
            TypeSetup.begin(t, name: name, basicSize: MemoryLayout<KraitDictView>.size, flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
            t.pointee.tp_as_sequence = t == Krait_dictValuesView_type ? valuesSequenceMethods : sequenceMethods
            t.pointee.tp_traverse = { object, visit, arg in
                Trace.visit(DictViews.dict(Value(object!)), visit, arg)
                return 0
            }
            t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try DictViews.repr(Value(o!)) } }
            t.pointee.tp_getset = mappingGetSet
        }
        Krait_dictKeysView_type.pointee.tp_iter = { o in DictIterator.make(DictViews.dict(Value(o!)), type: Krait_dictKeyIterator_type).object }
        Krait_dictValuesView_type.pointee.tp_iter = { o in DictIterator.make(DictViews.dict(Value(o!)), type: Krait_dictValueIterator_type).object }
        Krait_dictItemsView_type.pointee.tp_iter = { o in DictIterator.make(DictViews.dict(Value(o!)), type: Krait_dictItemIterator_type).object }
        for t in [Krait_dictKeysView_type!, Krait_dictItemsView_type!] {
            t.pointee.tp_hash = Hashing.notImplemented
            t.pointee.tp_as_number = DictViewSets.numberMethods
            t.pointee.tp_richcompare = { a, b, op in
                CBoundary.object { () throws(PyException) in try DictViews.compare(Value(a!), Value(b!), CompareOp(rawValue: op)!) }
            }
        }
        Krait_dictKeysView_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reversed__", doc: "Return a reverse iterator over the dict keys.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("dict_keys.__reversed__")
                    return DictIterator.makeReversed(DictViews.dict(s), type: Krait_dictReverseKeyIterator_type)
                }
            },
            DictViewSets.isDisjointMethod,
        ])
        Krait_dictValuesView_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reversed__", doc: "Return a reverse iterator over the dict values.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("dict_values.__reversed__")
                    return DictIterator.makeReversed(DictViews.dict(s), type: Krait_dictReverseValueIterator_type)
                }
            },
        ])
        Krait_dictItemsView_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reversed__", doc: "Return a reverse iterator over the dict items.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("dict_items.__reversed__")
                    return DictIterator.makeReversed(DictViews.dict(s), type: Krait_dictReverseItemIterator_type)
                }
            },
            DictViewSets.isDisjointMethod,
        ])
    }
}
