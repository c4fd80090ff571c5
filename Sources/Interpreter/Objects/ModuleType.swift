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
        // The name is read back from the module, which keeps it alive while the dict grows.
        for key in ["__name__", "__doc__", "__package__", "__loader__", "__spec__"] where Dict.getItem(d, string: Interned.get(key)) == nil {
            try Dict.setItem(d, Interned.get(key), key == "__name__" ? m.pointee.md_name : .none)
        }
        return Value(object)
    }

    /// A module of `type` with an empty dict, as CPython's `new_module`.
    static func allocate(_ type: TypePointer) -> Value {
        let object = Allocation.object(type, size: type.pointee.tp_basicsize)
        object.layout(PyModuleObject.self).pointee.md_dict = Dict.new()
        return Value(object)
    }

    /// `module(name, doc=None)`: CPython's `module___init__`, which (re)sets the
    /// module's name, doc, package, loader and spec.
    static func initialize(_ module: Value, _ args: Arguments) throws(PyException) {
        let parsed = try args.parse("module", ["name", "doc"], required: 1)
        let name = parsed[0]!
        guard name.isObject, TypeObject.isSubtype(name.type, of: Krait_str_type) else {
            throw PyException.typeError("module() argument 'name' must be str, not \(TypeObject.argumentTypeName(name))")
        }
        let m = module.layout(PyModuleObject.self)
        let d = m.pointee.md_dict
        try Dict.setItem(d, Interned.literal("__name__"), name)
        try Dict.setItem(d, Interned.literal("__doc__"), parsed[1] ?? .none)
        for key in ["__package__", "__loader__", "__spec__"] { try Dict.setItem(d, Interned.get(key), .none) }
        m.pointee.md_name = name
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
            // A module's annotations live in its dict; reading them makes an empty dict there.
            GetSetSpec("__annotations__", get: { o, _ in
                CBoundary.object { () throws(PyException) in
                    let d = Modules.dict(Value(o!)), key = Interned.literal("__annotations__")
                    if let annotations = Dict.getItem(d, string: key) { return annotations }
                    let annotations = Dict.new()
                    try Dict.setItem(d, key, annotations)
                    return annotations
                }
            }, set: { o, v, _ in
                CBoundary.status { () throws(PyException) in
                    let d = Modules.dict(Value(o!)), key = Interned.literal("__annotations__")
                    if let v { return try Dict.setItem(d, key, Value(v)) }
                    if try !Dict.deleteItem(d, key) { throw PyException.attributeError("__annotations__") }
                }
            }),
        ])
        NativeConstructors.register(t) { _, args throws(PyException) in
            let module = Modules.allocate(Krait_module_type)
            try Modules.initialize(module, args)
            return module
        }
        // Subclasses get their dict from `__new__` and the rest from `__init__`.
        t.pointee.tp_new = { type, _, _ in Modules.allocate(type!).object }
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try Modules.initialize(Value(o!), Arguments.from(tuple: args, keywords: kwargs)) }
        }
        t.pointee.tp_methods = TypeSetup.methodTable([
            // The module's own names, or what a `__dir__` function in its dict returns.
            MethodSpec("__dir__", doc: "__dir__() -> list\nspecialized dir() implementation") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("module.__dir__")
                    let dict = try Protocols.getAttribute(s, "__dict__")
                    guard dict.isObject, TypeObject.hasFlag(dict.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else {
                        throw PyException.typeError("<module>.__dict__ is not a dictionary")
                    }
                    if let function = Dict.getItem(dict, string: Interned.literal("__dir__")) { return try Protocols.call(function) }
                    let names = List.new()
                    var position = 0
                    while let (key, _, next) = Dict.next(dict, from: position) {
                        List.append(names, key)
                        position = next
                    }
                    return names
                }
            },
        ])
        t.pointee.tp_getattro = { o, name in
            CBoundary.object { () throws(PyException) in try Modules.getAttribute(Value(o!), Value(name!)) }
        }
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in try ModuleRepr.repr(Value(o!)) }
        }
    }

    /// CPython's module_getattro: the generic lookup, then a `__getattr__` function in the
    /// module's dict (PEP 562), then an error that names a circular import when the
    /// module is still being initialised.
    static func getAttribute(_ module: Value, _ name: Value) throws(PyException) -> Value {
        do throws(PyException) {
            return try Attributes.genericGet(module, name)
        } catch where error.matches(Krait_exc_AttributeError) {
            let dict = Modules.dict(module)
            if let hook = Dict.getItem(dict, string: Interned.literal("__getattr__")) {
                return try Protocols.call(hook, name)
            }
            let shownName = Str.swiftString(name)
            guard let moduleName = Dict.getItem(dict, string: Interned.literal("__name__")), TypeObject.hasFlag(moduleName.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
                throw PyException.attributeError("module has no attribute '\(shownName)'")
            }
            let shown = Str.swiftString(moduleName)
            if try isInitializing(dict) {
                throw PyException.attributeError(
                    "partially initialized module '\(shown)' has no attribute '\(shownName)' (most likely due to a circular import)")
            }
            throw PyException.attributeError("module '\(shown)' has no attribute '\(shownName)'")
        }
    }

    /// Whether `__spec__._initializing` is true, as importlib sets it while the module runs.
    private static func isInitializing(_ dict: Value) throws(PyException) -> Bool {
        guard let spec = Dict.getItem(dict, string: Interned.literal("__spec__")), !spec.isNone,
              let flag = try Protocols.lookupAttribute(spec, Interned.literal("_initializing")) else { return false }
        return try Protocols.isTrue(flag)
    }
}
