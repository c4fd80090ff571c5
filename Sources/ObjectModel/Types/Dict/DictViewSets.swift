import ObjectLayout

/// The set operations of `dict.keys()` and `dict.items()` views (`&`, `|`, `-`, `^`,
/// `isdisjoint`), as CPython 3.11's: each builds a new set, so its order is the order
/// those steps give.
enum DictViewSets {
    /// A new set of the items of `v` (a view, or any iterable on the left of a view).
    /// A keys view of an exact dict is read through the dict, with its stored hashes.
    static func toSet(_ v: Value) throws(PyException) -> Value {
        var source = v
        if v.isExactly(Krait_dictKeysView_type), DictViews.dict(v).isExactly(Krait_dict_type) { source = DictViews.dict(v) }
        let result = Sets.new()
        try SetOperations.update(result, source)
        return result
    }

    /// `a & b` where either side is a view.
    static func intersection(_ a: Value, _ b: Value) throws(PyException) -> Value {
        var (view, other) = DictViews.isSetLike(a) ? (a, b) : (b, a)
        let viewCount = Dict.count(DictViews.dict(view))
        if other.isExactly(Krait_set_type) && viewCount <= Sets.count(other) {
            return try Protocols.callMethod(other, "intersection", view)
        }
        // Iterate the smaller of two views, probe the larger.
        if DictViews.isSetLike(other) && Dict.count(DictViews.dict(other)) > viewCount { swap(&view, &other) }
        let result = Sets.new()
        try Protocols.forEach(other) { item throws(PyException) in
            if try DictViews.contains(view, item) { try Sets.add(result, item) }
        }
        return result
    }

    /// `a ^ b`; two items views compare values without building sets of pairs first.
    static func symmetricDifference(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isExactly(Krait_dictItemsView_type) && b.isExactly(Krait_dictItemsView_type) { return try itemsSymmetricDifference(a, b) }
        let result = try toSet(a)
        try SetOperations.symmetricDifferenceUpdate(result, b)
        return result
    }

    /// The pairs of `b` whose key `a` lacks or maps to an unequal value, then the
    /// pairs of `a` whose key `b` lacks or maps to an unequal value.
    static func itemsSymmetricDifference(_ a: Value, _ b: Value) throws(PyException) -> Value {
        let remaining = try DictType.copy(DictViews.dict(a))
        let other = DictViews.dict(b)
        let result = Sets.new()
        var position = 0
        while let (key, value, hash, next) = SetOperations.dictEntry(other, from: position) {
            let mine = try Dict.getItem(remaining, key, hash: hash)
            if let mine, try Protocols.equal(mine, value) {
                _ = try Dict.removeItem(remaining, key, hash: hash)
            } else {
                try Sets.add(result, Tuple.make(key, value))
            }
            position = next
        }
        try SetOperations.update(result, DictViews.make(remaining, type: Krait_dictItemsView_type))
        return result
    }

    /// `view.isdisjoint(other)`: iterates the shorter side when both have a length.
    static func isDisjoint(_ view: Value, _ other: Value) throws(PyException) -> Bool {
        if view == other { return Dict.count(DictViews.dict(view)) == 0 }
        var (container, items) = (view, other)
        if Sets.isAnySet(other) || DictViews.isSetLike(other) {
            if try Protocols.length(other) > Dict.count(DictViews.dict(view)) { (container, items) = (other, view) }
        }
        let it = try Protocols.iterator(items)
        while let item = try Protocols.next(it) {
            if try Protocols.contains(container, item) { return false }
        }
        return true
    }

    static let numberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_and = { a, b in
            CBoundary.object { () throws(PyException) in try DictViewSets.intersection(Value(normalizing: a!), Value(normalizing: b!)) }
        }
        table.pointee.nb_or = { a, b in
            CBoundary.object { () throws(PyException) in
                let result = try DictViewSets.toSet(Value(normalizing: a!))
                try SetOperations.update(result, Value(normalizing: b!))
                return result
            }
        }
        table.pointee.nb_subtract = { a, b in
            CBoundary.object { () throws(PyException) in
                let result = try DictViewSets.toSet(Value(normalizing: a!))
                try SetOperations.differenceUpdate(result, Value(normalizing: b!))
                return result
            }
        }
        table.pointee.nb_xor = { a, b in
            CBoundary.object { () throws(PyException) in try DictViewSets.symmetricDifference(Value(normalizing: a!), Value(normalizing: b!)) }
        }
        return table
    }()

    static let isDisjointMethod = MethodSpec("isdisjoint", doc: "Return True if the view and the given iterable have a null intersection.") { s, a, n, k in
        MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
            .bool(try DictViewSets.isDisjoint(s, args.one("\(TypeObject.name(s.type)).isdisjoint")))
        }
    }
}
