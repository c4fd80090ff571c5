import ObjectLayout
import ObjectModel

/// `chain`, `accumulate` and `pairwise`.
enum Chaining {
    static func setUp() {
        let chain = Krait_chain_type!
        ModuleTypes.define(chain, "itertools.chain", size: MemoryLayout<KraitChainObject>.size,
                           doc: "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.",
                           traverse: { o, visit, arg in
                               let c = o!.layout(KraitChainObject.self)
                               Trace.visit(c.pointee.source, visit, arg)
                               Trace.visit(c.pointee.active, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in
                               try ModuleTypes.noKeywords(type, Krait_chain_type, args, "chain")
                               let items = Tuple.make(UnsafeBufferPointer(start: args.base, count: args.count))
                               return Chaining.makeChain(type, source: try Protocols.iterator(items))
                           })
        ModuleTypes.iterator(chain) { o in ModuleTypes.iternext(o) { v throws(PyException) in try Chaining.chainNext(v) } }
        chain.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("from_iterable", flags: Int32(METH_CLASS),
                       doc: "from_iterable($type, iterable, /)\n--\n\nAlternative chain() constructor taking a single iterable argument that evaluates lazily.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let iterable = try args.one("chain.from_iterable")
                    return Chaining.makeChain(s.object.layout(PyTypeObject.self), source: try Protocols.iterator(iterable))
                }
            },
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let c = s.layout(KraitChainObject.self).pointee
                    guard !c.source.isEmpty else { return Tuple.make(Value(s.type), Tuple.make([])) }
                    let state = c.active.isEmpty ? Tuple.make(c.source) : Tuple.make(c.source, c.active)
                    return Tuple.make([Value(s.type), Tuple.make([]), state])
                }
            },
            MethodSpec("__setstate__", doc: "Set state information for unpickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let state = try args.one("__setstate__")
                    guard state.isExactly(Krait_tuple_type) else { throw PyException.typeError("state is not a tuple") }
                    let count = Tuple.count(state)
                    guard count == 1 || count == 2 else {
                        throw PyException.typeError("function takes at least 1 argument (\(count) given)")
                    }
                    let source = Tuple.item(state, 0), active = count == 2 ? Tuple.item(state, 1) : Value.empty
                    guard source.type.pointee.tp_iternext != nil, active.isEmpty || active.type.pointee.tp_iternext != nil else {
                        throw PyException.typeError("Arguments must be iterators.")
                    }
                    s.layout(KraitChainObject.self).pointee.source = source
                    s.layout(KraitChainObject.self).pointee.active = active
                    return .none
                }
            },
            GenericAlias.classGetItem,
        ])

        let accumulate = Krait_accumulate_type!
        ModuleTypes.define(accumulate, "itertools.accumulate", size: MemoryLayout<KraitAccumulateObject>.size,
                           doc: "accumulate(iterable, func=None, *, initial=None)\n--\n\nReturn series of accumulated sums (or other binary function results).",
                           traverse: { o, visit, arg in
                               let a = o!.layout(KraitAccumulateObject.self)
                               Trace.visit(a.pointee.total, visit, arg)
                               Trace.visit(a.pointee.it, visit, arg)
                               Trace.visit(a.pointee.binop, visit, arg)
                               Trace.visit(a.pointee.initial, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in try Chaining.makeAccumulate(type, args) })
        ModuleTypes.iterator(accumulate) { o in ModuleTypes.iternext(o) { v throws(PyException) in try Chaining.accumulateNext(v) } }
        accumulate.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    return try Chaining.accumulateReduce(s)
                }
            },
            MethodSpec("__setstate__", doc: "Set state information for unpickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    s.layout(KraitAccumulateObject.self).pointee.total = try args.one("__setstate__")
                    return .none
                }
            },
        ])

        let pairwise = Krait_pairwise_type!
        ModuleTypes.define(pairwise, "itertools.pairwise", size: MemoryLayout<KraitPairwiseObject>.size,
                           doc: "pairwise(iterable, /)\n--\n\nReturn an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
                           traverse: { o, visit, arg in
                               let p = o!.layout(KraitPairwiseObject.self)
                               Trace.visit(p.pointee.it, visit, arg)
                               Trace.visit(p.pointee.old, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in
                               try ModuleTypes.noKeywords(type, Krait_pairwise_type, args, "pairwise")
                               try args.positional("pairwise", min: 1, max: 1)
                               let it = try Protocols.iterator(args[0])
                               let object = ModuleTypes.allocate(type)
                               object.layout(KraitPairwiseObject.self).pointee.it = it
                               return Value(object)
                           })
        ModuleTypes.iterator(pairwise) { o in ModuleTypes.iternext(o) { v throws(PyException) in try Chaining.pairwiseNext(v) } }
    }

    // MARK: chain

    static func makeChain(_ type: TypePointer, source: Value) -> Value {
        let object = ModuleTypes.allocate(type)
        object.layout(KraitChainObject.self).pointee.source = source
        return Value(object)
    }

    static func chainNext(_ v: Value) throws(PyException) -> Value? {
        let c = v.layout(KraitChainObject.self)
        while !c.pointee.source.isEmpty {
            if c.pointee.active.isEmpty {
                guard let iterable = try Protocols.next(c.pointee.source) else {
                    c.pointee.source = .empty
                    return nil
                }
                do {
                    c.pointee.active = try Protocols.iterator(iterable)
                } catch {
                    // An iterable that cannot be iterated ends the chain, as CPython's.
                    c.pointee.source = .empty
                    throw error
                }
            }
            if let item = try Protocols.next(c.pointee.active) { return item }
            c.pointee.active = .empty
        }
        return nil
    }

    // MARK: accumulate

    static func makeAccumulate(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        if args.count > 2 {
            throw PyException.typeError("accumulate() takes at most 2 positional arguments (\(args.count) given)")
        }
        let p = try args.parse("accumulate", ["iterable", "func", "initial"], required: 1, keywordOnly: 2)
        let it = try Protocols.iterator(p[0]!)
        let object = ModuleTypes.allocate(type)
        let a = object.layout(KraitAccumulateObject.self)
        a.pointee.it = it
        a.pointee.binop = p[1] ?? .none
        a.pointee.initial = p[2] ?? .none
        return Value(object)
    }

    static func accumulateNext(_ v: Value) throws(PyException) -> Value? {
        let a = v.layout(KraitAccumulateObject.self)
        if a.pointee.initial != .none {
            a.pointee.total = a.pointee.initial
            a.pointee.initial = .none
            return a.pointee.total
        }
        guard let item = try Protocols.next(a.pointee.it) else { return nil }
        let total = a.pointee.total
        if total.isEmpty {
            a.pointee.total = item
        } else if a.pointee.binop == .none {
            a.pointee.total = try Protocols.binary(total, item, .add)
        } else {
            a.pointee.total = try Protocols.call(a.pointee.binop, total, item)
        }
        return a.pointee.total
    }

    /// CPython's reduction: a pending initial value or a None total is put back in
    /// front of the iterator (the latter in an accumulate inside an islice dropping it again).
    static func accumulateReduce(_ s: Value) throws(PyException) -> Value {
        let a = s.layout(KraitAccumulateObject.self).pointee
        let type = Value(s.type)
        if a.initial != .none {
            let it = try Protocols.call(Value(Krait_chain_type), Tuple.make(a.initial), a.it)
            return Tuple.make([type, Tuple.make(it, a.binop), Value.none])
        }
        if a.total == .none {
            // An accumulate restarted from the None total, whose first result an islice drops.
            let chained = try Protocols.call(Value(Krait_chain_type), Tuple.make(a.total), a.it)
            let restarted = try Protocols.call(type, chained, a.binop)
            return Tuple.make(Value(Krait_islice_type), Tuple.make([restarted, Value(smallInt: 1), Value.none]))
        }
        return Tuple.make([type, Tuple.make(a.it, a.binop), a.total.isEmpty ? .none : a.total])
    }

    // MARK: pairwise

    /// The next pair; the iterator may call this pairwise again from its `__next__`,
    /// so what each step read is kept locally, as CPython keeps its references.
    static func pairwiseNext(_ v: Value) throws(PyException) -> Value? {
        let p = v.layout(KraitPairwiseObject.self)
        let it = p.pointee.it
        guard !it.isEmpty else { return nil }
        var old = p.pointee.old
        if old.isEmpty {
            guard let first = try step(p, it) else { return nil }
            old = first
            p.pointee.old = first
            if p.pointee.it.isEmpty {
                p.pointee.old = .empty
                return nil
            }
        }
        guard let item = try step(p, it) else { return nil }
        p.pointee.old = item
        return Tuple.make(old, item)
    }

    /// The iterator's next item; at its end or an error the pairwise is exhausted.
    static func step(_ p: UnsafeMutablePointer<KraitPairwiseObject>, _ it: Value) throws(PyException) -> Value? {
        do throws(PyException) {
            if let item = try Protocols.next(it) { return item }
        } catch {
            p.pointee.it = .empty
            p.pointee.old = .empty
            throw error
        }
        p.pointee.it = .empty
        p.pointee.old = .empty
        return nil
    }
}
