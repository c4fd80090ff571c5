import ObjectLayout
import ObjectModel

/// `count`, `repeat` and `cycle`: the infinite iterators.
enum Counting {
    static func setUp() {
        let count = Krait_count_type!
        ModuleTypes.define(count, "itertools.count", size: MemoryLayout<KraitCountObject>.size,
                           doc: "count(start=0, step=1)\n--\n\nReturn a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step",
                           traverse: { o, visit, arg in
                               let c = o!.layout(KraitCountObject.self)
                               Trace.visit(c.pointee.cnt, visit, arg)
                               Trace.visit(c.pointee.step, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in try Counting.makeCount(type, args) })
        ModuleTypes.iterator(count) { o in ModuleTypes.iternext(o) { v throws(PyException) in try Counting.countNext(v) } }
        count.pointee.tp_repr = { o in ModuleTypes.repr(o) { v throws(PyException) in try Counting.countRepr(v) } }
        count.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let c = s.layout(KraitCountObject.self).pointee
                    let state = Counting.isUnitStep(c.step) ? Tuple.make(c.cnt) : Tuple.make(c.cnt, c.step)
                    return Tuple.make(Value(s.type), state)
                }
            },
        ])

        let repeatType = Krait_repeat_type!
        ModuleTypes.define(repeatType, "itertools.repeat", size: MemoryLayout<KraitRepeatObject>.size,
                           doc: "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
                           traverse: { o, visit, arg in
                               Trace.visit(o!.layout(KraitRepeatObject.self).pointee.element, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in try Counting.makeRepeat(type, args) })
        ModuleTypes.iterator(repeatType) { o in ModuleTypes.iternext(o) { v throws(PyException) in Counting.repeatNext(v) } }
        repeatType.pointee.tp_repr = { o in
            ModuleTypes.repr(o) { v throws(PyException) in
                let r = v.layout(KraitRepeatObject.self).pointee
                let element = try Protocols.reprText(r.element)
                return "\(ModuleTypes.shortName(v))(\(element)\(r.cnt < 0 ? "" : ", \(r.cnt)"))"
            }
        }
        repeatType.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__length_hint__", doc: "Private method returning an estimate of len(list(it)).") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__length_hint__")
                    let cnt = s.layout(KraitRepeatObject.self).pointee.cnt
                    if cnt < 0 { throw PyException.typeError("len() of unsized object") }
                    return IntObject.make(cnt)
                }
            },
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let r = s.layout(KraitRepeatObject.self).pointee
                    return Tuple.make(Value(s.type), r.cnt < 0 ? Tuple.make(r.element) : Tuple.make(r.element, IntObject.make(r.cnt)))
                }
            },
        ])

        let cycle = Krait_cycle_type!
        ModuleTypes.define(cycle, "itertools.cycle", size: MemoryLayout<KraitCycleObject>.size,
                           doc: "cycle(iterable, /)\n--\n\nReturn elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
                           traverse: { o, visit, arg in
                               let c = o!.layout(KraitCycleObject.self)
                               Trace.visit(c.pointee.it, visit, arg)
                               Trace.visit(c.pointee.saved, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in
                               try ModuleTypes.noKeywords(type, Krait_cycle_type, args, "cycle")
                               try args.positionalCount("cycle", min: 1, max: 1)
                               let it = try Protocols.iterator(args[0])
                               let object = ModuleTypes.allocate(type)
                               object.layout(KraitCycleObject.self).pointee.it = it
                               object.layout(KraitCycleObject.self).pointee.saved = List.new()
                               return Value(object)
                           })
        ModuleTypes.iterator(cycle) { o in ModuleTypes.iternext(o) { v throws(PyException) in try Counting.cycleNext(v) } }
        cycle.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    return try Counting.cycleReduce(s)
                }
            },
            MethodSpec("__setstate__", doc: "Set state information for unpickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let state = try args.one("__setstate__")
                    guard TypeObject.isSubtype(state.type, of: Krait_tuple_type) else { throw PyException.typeError("state is not a tuple") }
                    guard Tuple.count(state) == 2 else {
                        throw PyException.typeError("function takes exactly 2 arguments (\(Tuple.count(state)) given)")
                    }
                    let saved = Tuple.item(state, 0)
                    guard TypeObject.isSubtype(saved.type, of: Krait_list_type) else {
                        throw PyException.typeError("argument 1 must be list, not \(TypeObject.argumentTypeName(saved))")
                    }
                    let firstpass = try ModuleTypes.size(Tuple.item(state, 1))
                    let c = s.layout(KraitCycleObject.self)
                    c.pointee.saved = saved
                    c.pointee.firstpass = firstpass != 0 ? 1 : 0
                    c.pointee.index = 0
                    return .none
                }
            },
        ])
    }

    /// `(type, (it,), (saved, firstpass))`; once the input is exhausted, the iterator
    /// is over the saved items from the current position on.
    static func cycleReduce(_ s: Value) throws(PyException) -> Value {
        let c = s.layout(KraitCycleObject.self).pointee
        let type = Value(s.type)
        if !c.it.isEmpty {
            let arguments = Tuple.make(c.it)
            return Tuple.make([type, arguments, Tuple.make(c.saved, .bool(c.firstpass != 0))])
        }
        let rest = List.new()
        for i in c.index..<List.count(c.saved) { List.append(rest, List.item(c.saved, i)) }
        let it = Tuple.make(try Protocols.iterator(rest))
        return Tuple.make([type, it, Tuple.make(c.saved, .true)])
    }

    // MARK: count

    static func makeCount(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("count", ["start", "step"], required: 0)
        let start = p[0] ?? Value(smallInt: 0), step = p[1] ?? Value(smallInt: 1)
        guard ModuleTypes.isNumber(start), ModuleTypes.isNumber(step) else { throw PyException.typeError("a number is required") }
        let object = ModuleTypes.allocate(type)
        object.layout(KraitCountObject.self).pointee.cnt = start
        object.layout(KraitCountObject.self).pointee.step = step
        return Value(object)
    }

    /// A step of int 1 (True included) is left out of the repr and the reduction.
    static func isUnitStep(_ step: Value) -> Bool {
        IntObject.check(step) && IntObject.machineValue(step) == 1
    }

    static func countNext(_ v: Value) throws(PyException) -> Value? {
        let c = v.layout(KraitCountObject.self)
        let current = c.pointee.cnt, step = c.pointee.step
        if current.isSmallInt && step.isSmallInt {
            let (sum, overflow) = current.smallInt.addingReportingOverflow(step.smallInt)
            if !overflow && Value.smallIntRange.contains(sum) {
                c.pointee.cnt = Value(smallInt: sum)
                return current
            }
        }
        c.pointee.cnt = try Protocols.binary(current, step, .add)
        return current
    }

    static func countRepr(_ v: Value) throws(PyException) -> String {
        let c = v.layout(KraitCountObject.self).pointee
        let start = try Protocols.reprText(c.cnt)
        if isUnitStep(c.step) { return "\(ModuleTypes.shortName(v))(\(start))" }
        return "\(ModuleTypes.shortName(v))(\(start), \(try Protocols.reprText(c.step)))"
    }

    // MARK: repeat

    static func makeRepeat(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("repeat", ["object", "times"], required: 1)
        let times = try p[1].map { t throws(PyException) in try ModuleTypes.size(t) }
        let object = ModuleTypes.allocate(type)
        object.layout(KraitRepeatObject.self).pointee.element = p[0]!
        object.layout(KraitRepeatObject.self).pointee.cnt = times.map { Swift.max($0, 0) } ?? -1
        return Value(object)
    }

    static func repeatNext(_ v: Value) -> Value? {
        let r = v.layout(KraitRepeatObject.self)
        let cnt = r.pointee.cnt
        if cnt == 0 { return nil }
        if cnt > 0 { r.pointee.cnt = cnt - 1 }
        return r.pointee.element
    }

    // MARK: cycle

    /// The first pass yields the items as it saves them; later passes replay them.
    static func cycleNext(_ v: Value) throws(PyException) -> Value? {
        let c = v.layout(KraitCycleObject.self)
        if !c.pointee.it.isEmpty {
            if let item = try Protocols.next(c.pointee.it) {
                if c.pointee.firstpass == 0 { List.append(c.pointee.saved, item) }
                return item
            }
            c.pointee.it = .empty
        }
        let saved = c.pointee.saved
        let n = List.count(saved)
        if n == 0 { return nil }
        let item = List.item(saved, c.pointee.index)
        c.pointee.index = c.pointee.index + 1 >= n ? 0 : c.pointee.index + 1
        return item
    }
}
