import ObjectLayout
import ObjectModel

/// `product(*iterables, repeat=1)`: the pool is a tuple of the pools' tuples, `r`
/// their number; the indices advance like an odometer.
enum Product {
    static func setUp() {
        let type = Krait_product_type!
        ModuleTypes.define(type, "itertools.product", size: MemoryLayout<KraitCombinatoricObject>.size,
                           doc: "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...",
                           traverse: Combinatorics.traverse,
                           constructor: { type, args throws(PyException) in try Product.make(type, args) })
        ModuleTypes.iterator(type) { o in ModuleTypes.iternext(o) { v throws(PyException) in Product.next(v) } }
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: Combinatorics.reduceDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let c = s.layout(KraitCombinatoricObject.self)
                    switch c.pointee.state {
                    case Combinatorics.notStarted: return Tuple.make(Value(s.type), c.pointee.pool)
                    case Combinatorics.stopped: return Tuple.make(Value(s.type), Tuple.make(Tuple.make([])))
                    default: return Tuple.make([Value(s.type), c.pointee.pool, Combinatorics.snapshot(c.pointee.indices)])
                    }
                }
            },
            MethodSpec("__setstate__", doc: Combinatorics.setStateDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let state = try args.one("__setstate__")
                    let c = s.layout(KraitCombinatoricObject.self)
                    let pools = c.pointee.pool
                    guard TypeObject.isSubtype(state.type, of: Krait_tuple_type), Tuple.count(state) == c.pointee.r else {
                        throw Combinatorics.invalid()
                    }
                    for i in 0..<c.pointee.r where Tuple.count(Tuple.item(pools, i)) == 0 {
                        c.pointee.state = Combinatorics.stopped
                        return .none
                    }
                    try Combinatorics.restore(state, into: c.pointee.indices) { i in 0...Tuple.count(Tuple.item(pools, i)) - 1 }
                    c.pointee.state = Combinatorics.running
                    return .none
                }
            },
        ])
    }

    static func make(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        var times = 1
        for k in 0..<args.keywordCount {
            let name = Str.swiftString(Tuple.item(args.kwnames, k))
            guard name == "repeat" else { throw PyException.typeError("'\(name)' is an invalid keyword argument for product()") }
            times = try ModuleTypes.size(args[args.count + k])
            if times < 0 { throw PyException.valueError("repeat argument cannot be negative") }
        }
        let (count, overflow) = args.count.multipliedReportingOverflow(by: times)
        if overflow { throw PyException.overflowError("repeat argument too large") }
        let pools = Tuple.allocate(count: count)
        // With repeat=0 the iterables are not read at all.
        for i in 0..<count { Tuple.items(pools)[i] = i < args.count ? try ModuleTypes.tuple(args[i]) : Tuple.item(pools, i % args.count) }
        return Combinatorics.make(type, pool: pools, r: count, indices: Combinatorics.indices(count) { _ in 0 })
    }

    static func next(_ v: Value) -> Value? {
        let c = v.layout(KraitCombinatoricObject.self)
        let pools = c.pointee.pool, indices = c.pointee.indices, n = c.pointee.r
        switch c.pointee.state {
        case Combinatorics.stopped: return nil
        case Combinatorics.notStarted:
            for i in 0..<n where Tuple.count(Tuple.item(pools, i)) == 0 {
                c.pointee.state = Combinatorics.stopped
                return nil
            }
            c.pointee.state = Combinatorics.running
        default:
            // The rightmost index that can move does; those after it wrap to 0.
            var i = n - 1
            while i >= 0 {
                let next = Combinatorics.index(indices, i) + 1
                if next < Tuple.count(Tuple.item(pools, i)) {
                    Combinatorics.setIndex(indices, i, next)
                    break
                }
                Combinatorics.setIndex(indices, i, 0)
                i -= 1
            }
            if i < 0 {
                c.pointee.state = Combinatorics.stopped
                return nil
            }
        }
        let result = Tuple.allocate(count: n)
        for i in 0..<n { Tuple.items(result)[i] = Tuple.item(Tuple.item(pools, i), Combinatorics.index(indices, i)) }
        return result
    }
}
