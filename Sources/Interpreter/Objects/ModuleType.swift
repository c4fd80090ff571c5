import Compiler
import ObjectLayout
import ObjectModel

/// `module`: a namespace dict with a name.
public enum Modules {
    @inline(__always)
    public static func dict(_ module: Value) -> Value { module.layout(PyModuleObject.self).pointee.md_dict }

    public static func make(name: String, dict: Value? = nil) throws(PyException) -> Value {
        let object = Allocation.object(Krait_module_type, size: MemoryLayout<PyModuleObject>.size)
        let m = object.layout(PyModuleObject.self)
        let d = dict ?? Dict.new()
        m.pointee.md_dict = d
        m.pointee.md_name = Str.make(name)
        for (key, value) in [("__name__", Str.make(name)), ("__doc__", Value.none), ("__package__", Value.none),
                             ("__loader__", Value.none), ("__spec__", Value.none)] where Dict.getItem(d, string: Interned.get(key)) == nil {
            try Dict.setItem(d, Interned.get(key), value)
        }
        return Value(object)
    }

    static func setUp() {
        let t = Krait_module_type!
        TypeSetup.begin(t, name: "module", basicSize: MemoryLayout<PyModuleObject>.size, flags: UInt(Py_TPFLAGS_BASETYPE),
                        doc: "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.")
        t.pointee.tp_dictoffset = MemoryLayout<PyModuleObject>.offset(of: \.md_dict)!
        t.pointee.tp_weaklistoffset = MemoryLayout<PyModuleObject>.offset(of: \.md_weaklist)!
        t.pointee.tp_traverse = { o, visit, arg in
            let m = o!.layout(PyModuleObject.self)
            Trace.visit(m.pointee.md_dict, visit, arg)
            Trace.visit(m.pointee.md_name, visit, arg)
            return 0
        }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("__dict__", get: { o, _ in Modules.dict(Value(o!)).object }),
        ])
        t.pointee.tp_getattro = { o, name in
            CBoundary.object { () throws(PyException) in
                do throws(PyException) {
                    return try Attributes.genericGet(Value(o!), Value(name!))
                } catch where error.matches(Krait_exc_AttributeError) {
                    let moduleName = Dict.getItem(Modules.dict(Value(o!)), string: Interned.get("__name__"))
                    let shown = moduleName.map { Str.swiftString($0) } ?? "?"
                    throw PyException.attributeError("module '\(shown)' has no attribute '\(Str.swiftString(Value(name!)))'")
                }
            }
        }
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let d = Modules.dict(Value(o!))
                let name = Dict.getItem(d, string: Interned.get("__name__")).map { Str.swiftString($0) } ?? "?"
                if let file = Dict.getItem(d, string: Interned.get("__file__")) {
                    return Str.make("<module '\(name)' from '\(Str.swiftString(file))'>")
                }
                return Str.make("<module '\(name)' (built-in)>")
            }
        }
    }
}
