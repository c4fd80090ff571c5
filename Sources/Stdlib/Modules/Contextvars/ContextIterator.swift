import ObjectLayout
import ObjectModel

/// The iterators `Context.items()`, `keys()` and `values()` return (CPython's HAMT
/// iterator types `items`, `keys`, `values`), over a dict that no longer changes.
enum ContextIterator {
    typealias Layout = KraitContextIterObject

    static func make(_ type: TypePointer, _ ctx: Value) -> Value {
        let v = Value(ModuleTypes.allocate(type))
        v.layout(Layout.self).pointee.vars = ContextType.sharedVars(ctx)
        return v
    }

    static func setUp() {
        define(Krait_contextItems_type, "items") { o in
            ModuleTypes.iternext(o) { v throws(PyException) in
                ContextIterator.next(v).map { Tuple.make($0.key, $0.value) }
            }
        }
        define(Krait_contextKeys_type, "keys") { o in
            ModuleTypes.iternext(o) { v throws(PyException) in ContextIterator.next(v)?.key }
        }
        define(Krait_contextValues_type, "values") { o in
            ModuleTypes.iternext(o) { v throws(PyException) in ContextIterator.next(v)?.value }
        }
    }

    static func define(_ t: TypePointer, _ name: String, _ next: @escaping iternextfunc) {
        TypeSetup.begin(t, name: name, basicSize: MemoryLayout<Layout>.size, flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        t.pointee.tp_traverse = { o, visit, arg in
            Trace.visit(o!.layout(Layout.self).pointee.vars, visit, arg)
            return 0
        }
        ModuleTypes.iterator(t, next)
        t.pointee.tp_as_mapping = lengthMethods
    }

    static let lengthMethods: UnsafeMutablePointer<PyMappingMethods> = {
        let table = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
        table.initialize(to: PyMappingMethods())
        table.pointee.mp_length = { o in Dict.count(o!.layout(Layout.self).pointee.vars) }
        return table
    }()

    static func next(_ v: Value) -> (key: Value, value: Value)? {
        let it = v.layout(Layout.self)
        guard let (key, value, next) = Dict.next(it.pointee.vars, from: it.pointee.position) else { return nil }
        it.pointee.position = next
        return (key, value)
    }
}
