import ObjectLayout
import ObjectModel

/// The shared parts of `product`, `combinations`, `combinations_with_replacement` and
/// `permutations`: a pool, index tuples the iterator owns (small ints rewritten in
/// place, so a step allocates only its result), and the reductions.
enum Combinatorics {
    typealias Object = UnsafeMutablePointer<KraitCombinatoricObject>

    static let notStarted: Int32 = 0, running: Int32 = 1, stopped: Int32 = 2

    static let traverse: traverseproc = { o, visit, arg in
        let c = o!.layout(KraitCombinatoricObject.self)
        Trace.visit(c.pointee.pool, visit, arg)
        Trace.visit(c.pointee.indices, visit, arg)
        Trace.visit(c.pointee.cycles, visit, arg)
        return 0
    }

    /// A tuple of `count` small ints, `value(i)` each.
    static func indices(_ count: Int, _ value: (Int) -> Int) -> Value {
        let t = Tuple.allocate(count: count)
        for i in 0..<count { Tuple.items(t)[i] = Value(smallInt: value(i)) }
        return t
    }

    @inline(__always)
    static func index(_ t: Value, _ i: Int) -> Int { Tuple.item(t, i).smallInt }

    @inline(__always)
    static func setIndex(_ t: Value, _ i: Int, _ value: Int) { Tuple.items(t)[i] = Value(smallInt: value) }

    /// A copy of the owned index tuple, for reductions (the original keeps changing).
    static func snapshot(_ t: Value) -> Value { indices(Tuple.count(t)) { i in index(t, i) } }

    /// `pool[indices[0]], …, pool[indices[r-1]]`.
    static func result(_ c: Object) -> Value {
        let r = c.pointee.r, pool = c.pointee.pool, indices = c.pointee.indices
        let t = Tuple.allocate(count: r)
        for i in 0..<r { Tuple.items(t)[i] = Tuple.item(pool, index(indices, i)) }
        return t
    }

    static func make(_ type: TypePointer, pool: Value, r: Int, indices: Value) -> Value {
        let object = ModuleTypes.allocate(type)
        let c = object.layout(KraitCombinatoricObject.self)
        c.pointee.pool = pool
        c.pointee.r = r
        c.pointee.indices = indices
        return Value(object)
    }

    /// The `r` argument of combinations and its kin: a non-negative size.
    static func length(_ v: Value) throws(PyException) -> Int {
        let r = try ModuleTypes.size(v)
        if r < 0 { throw PyException.valueError("r must be non-negative") }
        return r
    }

    /// `(type, (pool, r))` before the first result, `(type, ((), r))` once exhausted,
    /// else with `state` for `__setstate__`.
    static func reduce(_ s: Value, state: (Object) -> Value) -> Value {
        let c = s.layout(KraitCombinatoricObject.self)
        let r = IntObject.make(c.pointee.r)
        switch c.pointee.state {
        case notStarted: return Tuple.make(Value(s.type), Tuple.make(c.pointee.pool, r))
        case stopped: return Tuple.make(Value(s.type), Tuple.make(Tuple.make([]), r))
        default:
            let arguments = Tuple.make(c.pointee.pool, r), saved = state(c)
            return Tuple.make([Value(s.type), arguments, saved])
        }
    }

    /// Reads `count` indices from the tuple `state` into `target`, each clamped to
    /// `bounds(i)`.
    static func restore(_ state: Value, into target: Value, _ bounds: (Int) -> ClosedRange<Int>) throws(PyException) {
        for i in 0..<Tuple.count(state) {
            let index = try ModuleTypes.size(Tuple.item(state, i))
            let range = bounds(i)
            setIndex(target, i, Swift.min(Swift.max(index, range.lowerBound), range.upperBound))
        }
    }

    static func invalid() -> PyException { .valueError("invalid arguments") }

    static let reduceDoc = "Return state information for pickling."
    static let setStateDoc = "Set state information for unpickling."
}
