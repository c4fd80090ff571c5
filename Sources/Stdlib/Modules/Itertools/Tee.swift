import ObjectLayout
import ObjectModel

/// `tee(iterable, n)`: `_tee` iterators reading one chain of `_tee_dataobject` blocks,
/// each holding the next `KRAIT_TEE_LINKCELLS` items of the shared iterator.
enum Tee {
    static let cells = Int(KRAIT_TEE_LINKCELLS)

    static func setUp() {
        let data = Krait_teeDataObject_type!
        ModuleTypes.define(data, "itertools._tee_dataobject", size: MemoryLayout<KraitTeeDataObject>.size,
                           doc: "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.", base: false,
                           traverse: { o, visit, arg in
                               let d = o!.layout(KraitTeeDataObject.self)
                               Trace.visit(d.pointee.it, visit, arg)
                               Trace.visit(d.pointee.nextlink, visit, arg)
                               Trace.visit(UnsafePointer(Tee.values(d)), count: Int(d.pointee.numread), visit, arg)
                               return 0
                           }, constructor: { _, args throws(PyException) in try Tee.makeData(args) })
        data.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let d = s.layout(KraitTeeDataObject.self)
                    let values = List.new()
                    for i in 0..<Int(d.pointee.numread) { List.append(values, Tee.values(d)[i]) }
                    let next = d.pointee.nextlink.isEmpty ? Value.none : d.pointee.nextlink
                    return Tuple.make(Value(s.type), Tuple.make([d.pointee.it, values, next]))
                }
            },
        ])

        let tee = Krait_tee_type!
        ModuleTypes.define(tee, "itertools._tee", size: MemoryLayout<KraitTeeObject>.size,
                           doc: "_tee(iterable, /)\n--\n\nIterator wrapped to make it copyable.", base: false,
                           traverse: { o, visit, arg in
                               Trace.visit(o!.layout(KraitTeeObject.self).pointee.dataobj, visit, arg)
                               return 0
                           }, constructor: { _, args throws(PyException) in
                               try args.noKeywords("_tee")
                               try args.positional("_tee", min: 1, max: 1)
                               return try Tee.fromIterable(args[0])
                           })
        tee.pointee.tp_weaklistoffset = MemoryLayout<KraitTeeObject>.offset(of: \.weakreflist)!
        ModuleTypes.iterator(tee) { o in ModuleTypes.iternext(o) { v throws(PyException) in try Tee.next(v) } }
        tee.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__copy__", doc: "Returns an independent iterator.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__copy__")
                    return Tee.copy(s)
                }
            },
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let t = s.layout(KraitTeeObject.self).pointee
                    return Tuple.make([Value(s.type), Tuple.make(Tuple.make([])), Tuple.make(t.dataobj, IntObject.make(Int(t.index)))])
                }
            },
            MethodSpec("__setstate__", doc: "Set state information for unpickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let state = try args.one("__setstate__")
                    guard TypeObject.isSubtype(state.type, of: Krait_tuple_type) else { throw PyException.typeError("state is not a tuple") }
                    guard Tuple.count(state) == 2 else {
                        throw PyException.typeError("function takes exactly 2 arguments (\(Tuple.count(state)) given)")
                    }
                    let data = Tuple.item(state, 0)
                    guard TypeObject.isSubtype(data.type, of: Krait_teeDataObject_type) else {
                        throw PyException.typeError("argument 1 must be itertools._tee_dataobject, not \(TypeObject.name(data.type))")
                    }
                    let index = try ModuleTypes.size(Tuple.item(state, 1))
                    guard index >= 0 && index <= Tee.cells else { throw PyException.valueError("Index out of range") }
                    s.layout(KraitTeeObject.self).pointee.dataobj = data
                    s.layout(KraitTeeObject.self).pointee.index = Int32(index)
                    return .none
                }
            },
        ])
    }

    @inline(__always)
    static func values(_ d: UnsafeMutablePointer<KraitTeeDataObject>) -> UnsafeMutablePointer<Value> {
        UnsafeMutableRawPointer(d).advanced(by: MemoryLayout<KraitTeeDataObject>.offset(of: \.values)!).assumingMemoryBound(to: Value.self)
    }

    static func newData(_ it: Value) -> Value {
        let object = ModuleTypes.allocate(Krait_teeDataObject_type)
        object.layout(KraitTeeDataObject.self).pointee.it = it
        return Value(object)
    }

    /// `_tee_dataobject(it, values, next)`: a block restored from its reduction.
    static func makeData(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("teedataobject")
        try args.positional("teedataobject", min: 3, max: 3)
        let values = args[1], next = args[2]
        guard TypeObject.isSubtype(values.type, of: Krait_list_type) else {
            throw PyException.typeError("teedataobject() argument 2 must be list, not \(TypeObject.argumentTypeName(values))")
        }
        let n = List.count(values)
        let full = n == cells
        guard n <= cells, next == .none || (full && next.isExactly(Krait_teeDataObject_type)) else {
            throw PyException.valueError("Invalid arguments")
        }
        let data = newData(args[0])
        let d = data.layout(KraitTeeDataObject.self)
        for i in 0..<n { Tee.values(d)[i] = List.item(values, i) }
        d.pointee.numread = Int32(n)
        if next != .none { d.pointee.nextlink = next }
        return data
    }

    static func make(_ data: Value, index: Int32) -> Value {
        let object = ModuleTypes.allocate(Krait_tee_type)
        object.layout(KraitTeeObject.self).pointee.dataobj = data
        object.layout(KraitTeeObject.self).pointee.index = index
        return Value(object)
    }

    static func copy(_ v: Value) -> Value {
        let t = v.layout(KraitTeeObject.self).pointee
        return make(t.dataobj, index: t.index)
    }

    static func fromIterable(_ iterable: Value) throws(PyException) -> Value {
        let it = try Protocols.iterator(iterable)
        if TypeObject.isSubtype(it.type, of: Krait_tee_type) { return copy(it) }
        return make(newData(it), index: 0)
    }

    static func next(_ v: Value) throws(PyException) -> Value? {
        let t = v.layout(KraitTeeObject.self)
        if Int(t.pointee.index) >= cells {
            let d = t.pointee.dataobj.layout(KraitTeeDataObject.self)
            if d.pointee.nextlink.isEmpty { d.pointee.nextlink = newData(d.pointee.it) }
            t.pointee.dataobj = d.pointee.nextlink
            t.pointee.index = 0
        }
        let d = t.pointee.dataobj.layout(KraitTeeDataObject.self)
        let i = Int(t.pointee.index)
        let value: Value
        if i < Int(d.pointee.numread) {
            value = values(d)[i]
        } else {
            // The lead iterator reads the next item for all of them.
            if d.pointee.running != 0 { throw PyException(Krait_exc_RuntimeError, "cannot re-enter the tee iterator") }
            d.pointee.running = 1
            let item: Value?
            do {
                item = try Protocols.next(d.pointee.it)
            } catch {
                d.pointee.running = 0
                throw error
            }
            d.pointee.running = 0
            guard let item else { return nil }
            values(d)[i] = item
            d.pointee.numread += 1
            value = item
        }
        t.pointee.index += 1
        return value
    }

    /// `tee(iterable, n=2)`: n iterators, copies of the first, which is the iterator
    /// itself when it can be copied.
    static func tee(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("tee", min: 1, max: 2)
        let n = try args.optional(1).map { v throws(PyException) in try ModuleTypes.size(v) } ?? 2
        if n < 0 { throw PyException.valueError("n must be >= 0") }
        let result = Tuple.allocate(count: n)
        if n == 0 { return result }
        let it = try Protocols.iterator(args[0])
        var copyable = it
        var copy = try Protocols.lookupAttribute(it, Interned.literal("__copy__"))
        if copy == nil {
            copyable = try fromIterable(it)
            copy = try Protocols.getAttribute(copyable, "__copy__")
        }
        Tuple.items(result)[0] = copyable
        for i in 1..<n { Tuple.items(result)[i] = try Protocols.call(copy!) }
        return result
    }
}
