import ObjectLayout
import ObjectModel

/// `_struct.unpack_iterator`: `iter_unpack`'s tuples, one struct size at a time. The
/// exporter is read afresh at each step (Krait does not lock it), and an item that
/// no longer fits ends the iteration.
enum UnpackIterator {
    typealias Layout = KraitUnpackIterObject

    static func setUp() {
        let t = Krait_unpackIterator_type!
        TypeSetup.begin(t, name: "_struct.unpack_iterator", basicSize: MemoryLayout<Layout>.size)
        t.pointee.tp_traverse = { o, visit, arg in
            let s = o!.layout(Layout.self).pointee
            Trace.visit(s.so, visit, arg)
            Trace.visit(s.buffer, visit, arg)
            return 0
        }
        // CPython's message, its missing quote included.
        t.pointee.tp_new = { type, _, _ in
            CBoundary.object { () throws(PyException) in
                throw PyException.typeError("Cannot create '\(TypeObject.name(type!)) objects")
            }
        }
        ModuleTypes.iterator(t) { o in
            ModuleTypes.iternext(o) { v throws(PyException) in try UnpackIterator.next(v) }
        }
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__length_hint__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("unpack_iterator.__length_hint__")
                    return IntObject.make(try UnpackIterator.remaining(s))
                }
            },
        ])
    }

    static func make(_ s: Value, _ buffer: Value) -> Value {
        let v = Value(ModuleTypes.allocate(Krait_unpackIterator_type))
        v.layout(Layout.self).pointee.so = s
        v.layout(Layout.self).pointee.buffer = buffer
        return v
    }

    static func remaining(_ v: Value) throws(PyException) -> Int {
        let it = v.layout(Layout.self).pointee
        if it.buffer.isEmpty { return 0 }
        return (try BufferArguments.readable(it.buffer).count - it.index) / StructType.size(it.so)
    }

    static func next(_ v: Value) throws(PyException) -> Value? {
        let it = v.layout(Layout.self)
        let buffer = it.pointee.buffer, s = it.pointee.so
        if buffer.isEmpty { return nil }
        let region = try BufferArguments.readable(buffer)
        let index = it.pointee.index
        guard index + StructType.size(s) <= region.count else {
            it.pointee.buffer = .empty
            return nil
        }
        it.pointee.index = index + StructType.size(s)
        return try StructType.unpack(s, region.data + index)
    }
}
