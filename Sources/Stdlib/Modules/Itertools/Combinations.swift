import ObjectLayout
import ObjectModel

/// `combinations(iterable, r)` and `combinations_with_replacement(iterable, r)`:
/// sorted index tuples, the rightmost index that can still grow moving first.
enum Combinations {
    static func define(_ type: TypePointer, _ name: String, doc: String, _ next: @escaping iternextfunc) {
        ModuleTypes.define(type, "itertools." + name, size: MemoryLayout<KraitCombinatoricObject>.size, doc: doc,
                           traverse: Combinatorics.traverse, constructor: { type, args throws(PyException) in
                               let replacement = ModuleTypes.staticBase(type) == Krait_combinationsWithReplacement_type
                               let p = try args.parse(replacement ? "combinations_with_replacement" : "combinations",
                                                      ["iterable", "r"], required: 2)
                               let pool = try ModuleTypes.tuple(p[0]!)
                               let r = try Combinatorics.length(p[1]!)
                               return Combinatorics.make(type, pool: pool, r: r,
                                                         indices: Combinatorics.indices(r) { i in replacement ? 0 : i })
                           })
        ModuleTypes.iterator(type, next)
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: Combinatorics.reduceDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    return Combinatorics.reduce(s) { c in Combinatorics.snapshot(c.pointee.indices) }
                }
            },
            MethodSpec("__setstate__", doc: Combinatorics.setStateDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let state = try args.one("__setstate__")
                    let c = s.layout(KraitCombinatoricObject.self)
                    let r = c.pointee.r, n = Tuple.count(c.pointee.pool)
                    guard TypeObject.isSubtype(state.type, of: Krait_tuple_type), Tuple.count(state) == r else { throw Combinatorics.invalid() }
                    let replacement = ModuleTypes.staticBase(s.type) == Krait_combinationsWithReplacement_type
                    try Combinatorics.restore(state, into: c.pointee.indices) { i in replacement ? 0...Swift.max(n - 1, 0) : 0...Swift.max(i + n - r, 0) }
                    c.pointee.state = Combinatorics.running
                    return .none
                }
            },
        ])
    }

    static func setUp() {
        define(Krait_combinations_type, "combinations",
               doc: "combinations(iterable, r)\n--\n\nReturn successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)") { o in
            ModuleTypes.iternext(o) { v throws(PyException) in Combinations.next(v) }
        }
        define(Krait_combinationsWithReplacement_type, "combinations_with_replacement",
               doc: "combinations_with_replacement(iterable, r)\n--\n\nReturn successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')") { o in
            ModuleTypes.iternext(o) { v throws(PyException) in Combinations.nextWithReplacement(v) }
        }
    }

    static func next(_ v: Value) -> Value? {
        let c = v.layout(KraitCombinatoricObject.self)
        let r = c.pointee.r, n = Tuple.count(c.pointee.pool), indices = c.pointee.indices
        switch c.pointee.state {
        case Combinatorics.stopped: return nil
        case Combinatorics.notStarted:
            // No result at all: the reduction stays that of a fresh iterator, as CPython's.
            if r > n { return nil }
            c.pointee.state = Combinatorics.running
        default:
            var i = r - 1
            while i >= 0 && Combinatorics.index(indices, i) == i + n - r { i -= 1 }
            if i < 0 {
                c.pointee.state = Combinatorics.stopped
                return nil
            }
            Combinatorics.setIndex(indices, i, Combinatorics.index(indices, i) + 1)
            for j in i + 1..<r { Combinatorics.setIndex(indices, j, Combinatorics.index(indices, j - 1) + 1) }
        }
        return Combinatorics.result(c)
    }

    static func nextWithReplacement(_ v: Value) -> Value? {
        let c = v.layout(KraitCombinatoricObject.self)
        let r = c.pointee.r, n = Tuple.count(c.pointee.pool), indices = c.pointee.indices
        switch c.pointee.state {
        case Combinatorics.stopped: return nil
        case Combinatorics.notStarted:
            // No result at all: the reduction stays that of a fresh iterator, as CPython's.
            if n == 0 && r > 0 { return nil }
            c.pointee.state = Combinatorics.running
        default:
            var i = r - 1
            while i >= 0 && Combinatorics.index(indices, i) == n - 1 { i -= 1 }
            if i < 0 {
                c.pointee.state = Combinatorics.stopped
                return nil
            }
            let index = Combinatorics.index(indices, i) + 1
            for j in i..<r { Combinatorics.setIndex(indices, j, index) }
        }
        return Combinatorics.result(c)
    }
}
