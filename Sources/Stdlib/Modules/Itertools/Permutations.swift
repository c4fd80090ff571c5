import ObjectLayout
import ObjectModel

/// `permutations(iterable, r=None)`: all n indices in the order of the next result,
/// and per position a countdown (`cycles`) of the swaps left before it rotates.
enum Permutations {
    static func setUp() {
        let type = Krait_permutations_type!
        ModuleTypes.define(type, "itertools.permutations", size: MemoryLayout<KraitCombinatoricObject>.size,
                           doc: "permutations(iterable, r=None)\n--\n\nReturn successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
                           traverse: Combinatorics.traverse, constructor: { type, args throws(PyException) in
                               let p = try args.parse("permutations", ["iterable", "r"], required: 1)
                               let pool = try ModuleTypes.tuple(p[0]!)
                               let n = Tuple.count(pool)
                               var r = n
                               if let given = p[1], given != .none {
                                   guard IntObject.check(given) else { throw PyException.typeError("Expected int as r") }
                                   r = try Combinatorics.length(given)
                               }
                               let v = Combinatorics.make(type, pool: pool, r: r, indices: Combinatorics.indices(n) { i in i })
                               v.layout(KraitCombinatoricObject.self).pointee.cycles = Combinatorics.indices(Swift.min(r, n)) { i in n - i }
                               return v
                           })
        ModuleTypes.iterator(type) { o in ModuleTypes.iternext(o) { v throws(PyException) in Permutations.next(v) } }
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: Combinatorics.reduceDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    return Combinatorics.reduce(s) { c in
                        Tuple.make(Combinatorics.snapshot(c.pointee.indices), Combinatorics.snapshot(c.pointee.cycles))
                    }
                }
            },
            MethodSpec("__setstate__", doc: Combinatorics.setStateDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let state = try args.one("__setstate__")
                    guard TypeObject.isSubtype(state.type, of: Krait_tuple_type), Tuple.count(state) == 2 else {
                        throw PyException.typeError("function takes exactly 2 arguments (\(TypeObject.isSubtype(state.type, of: Krait_tuple_type) ? Tuple.count(state) : 1) given)")
                    }
                    for i in 0..<2 where !TypeObject.isSubtype(Tuple.item(state, i).type, of: Krait_tuple_type) {
                        throw PyException.typeError("argument \(i + 1) must be tuple, not \(TypeObject.argumentTypeName(Tuple.item(state, i)))")
                    }
                    let c = s.layout(KraitCombinatoricObject.self)
                    let n = Tuple.count(c.pointee.pool), r = c.pointee.r
                    let indices = Tuple.item(state, 0), cycles = Tuple.item(state, 1)
                    guard Tuple.count(indices) == n, Tuple.count(cycles) == r, r <= n else { throw Combinatorics.invalid() }
                    try Combinatorics.restore(indices, into: c.pointee.indices) { _ in 0...Swift.max(n - 1, 0) }
                    try Combinatorics.restore(cycles, into: c.pointee.cycles) { i in 1...Swift.max(n - i, 1) }
                    c.pointee.state = Combinatorics.running
                    return .none
                }
            },
        ])
    }

    static func next(_ v: Value) -> Value? {
        let c = v.layout(KraitCombinatoricObject.self)
        let r = c.pointee.r, n = Tuple.count(c.pointee.pool)
        let indices = c.pointee.indices, cycles = c.pointee.cycles
        switch c.pointee.state {
        case Combinatorics.stopped: return nil
        case Combinatorics.notStarted:
            // No result at all: the reduction stays that of a fresh iterator, as CPython's.
            if r > n { return nil }
            c.pointee.state = Combinatorics.running
            return Combinatorics.result(c)
        default:
            var i = r - 1
            while i >= 0 {
                let left = Combinatorics.index(cycles, i) - 1
                if left > 0 {
                    Combinatorics.setIndex(cycles, i, left)
                    let j = n - left
                    let a = Combinatorics.index(indices, i)
                    Combinatorics.setIndex(indices, i, Combinatorics.index(indices, j))
                    Combinatorics.setIndex(indices, j, a)
                    return Combinatorics.result(c)
                }
                // Position i has seen every choice: rotate indices[i...] left by one.
                let first = Combinatorics.index(indices, i)
                for k in i..<n - 1 { Combinatorics.setIndex(indices, k, Combinatorics.index(indices, k + 1)) }
                Combinatorics.setIndex(indices, n - 1, first)
                Combinatorics.setIndex(cycles, i, n - i)
                i -= 1
            }
            c.pointee.state = Combinatorics.stopped
            return nil
        }
    }
}
