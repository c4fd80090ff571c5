import ObjectLayout
import ObjectModel

/// `array.arrayiterator`: a position in the array, dropped once exhausted.
enum ArrayIterator {
    static func setUp() {
        let t = Krait_arrayIterator_type!
        ModuleTypes.define(t, "array.arrayiterator", size: MemoryLayout<KraitArrayIterObject>.size, doc: nil, base: false,
                           traverse: { o, visit, arg in
                               Trace.visit(o!.layout(KraitArrayIterObject.self).pointee.array, visit, arg)
                               return 0
                           })
        ModuleTypes.iterator(t) { o in ModuleTypes.iternext(o) { v throws(PyException) in try ArrayIterator.next(v) } }
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "__reduce__($self, /)\n--\n\nReturn state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("arrayiterator.__reduce__")
                    let it = s.layout(KraitArrayIterObject.self).pointee
                    let iter = try BuiltinNames.get("iter")
                    if it.array.isEmpty { return Tuple.make(iter, Tuple.make(Tuple.make([]))) }
                    return Tuple.make([iter, Tuple.make(it.array), IntObject.make(it.index)])
                }
            },
            MethodSpec("__setstate__", doc: "__setstate__($self, state, /)\n--\n\nSet state information for unpickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let index = try ModuleTypes.size(try args.one("arrayiterator.__setstate__"))
                    let it = s.layout(KraitArrayIterObject.self)
                    if !it.pointee.array.isEmpty { it.pointee.index = Swift.min(Swift.max(index, 0), ArrayStorage.count(it.pointee.array)) }
                    return .none
                }
            },
        ])
    }

    static func make(_ array: Value) -> Value {
        let object = ModuleTypes.allocate(Krait_arrayIterator_type)
        object.layout(KraitArrayIterObject.self).pointee.array = array
        return Value(object)
    }

    static func next(_ v: Value) throws(PyException) -> Value? {
        let it = v.layout(KraitArrayIterObject.self)
        let array = it.pointee.array
        if array.isEmpty { return nil }
        if it.pointee.index < ArrayStorage.count(array) {
            it.pointee.index += 1
            return try ArrayItems.get(array, it.pointee.index - 1)
        }
        it.pointee.array = .empty
        return nil
    }
}
