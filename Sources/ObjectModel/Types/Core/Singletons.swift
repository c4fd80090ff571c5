import ObjectLayout

/// `None`, `NotImplemented` and `Ellipsis`, and their types.
enum Singletons {
    static func setUp() {
        setUpType(Krait_none_type, name: "NoneType", instance: Krait_None)
        Krait_none_type.pointee.tp_repr = { _ in Interned.literal("None").object }
        Krait_none_type.pointee.tp_as_number = noneNumberMethods
        setUpType(Krait_notImplemented_type, name: "NotImplementedType", instance: Krait_NotImplemented)
        Krait_notImplemented_type.pointee.tp_repr = { _ in Interned.literal("NotImplemented").object }
        Krait_notImplemented_type.pointee.tp_as_number = notImplementedNumberMethods
        setUpType(Krait_ellipsis_type, name: "ellipsis", instance: Krait_Ellipsis)
        Krait_ellipsis_type.pointee.tp_repr = { _ in Interned.literal("Ellipsis").object }
        // Both pickle as their names, which pickle looks up in builtins.
        Krait_notImplemented_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("NotImplementedType.__reduce__")
                    return Interned.literal("NotImplemented")
                }
            },
        ])
        Krait_ellipsis_type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("ellipsis.__reduce__")
                    return Interned.literal("Ellipsis")
                }
            },
        ])
    }

    /// `bool(NotImplemented)` is True. (CPython 3.11 also warns that it is deprecated;
    /// Krait has no warnings machinery yet.)
    static let notImplementedNumberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_bool = { _ in 1 }
        return table
    }()

    /// `bool(None)` is False through `nb_bool`, as in CPython.
    static let noneNumberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_bool = { _ in 0 }
        return table
    }()

    static func setUpType(_ type: TypePointer, name: String, instance: ObjectPointer) {
        TypeSetup.begin(type, name: name, basicSize: MemoryLayout<PyObject>.size)
        instance.pointee.ob_type = type
        Allocation.makeImmortal(instance)
        NativeConstructors.register(type) { type, args throws(PyException) in
            if args.count > 0 || args.keywordCount > 0 {
                throw PyException.typeError("\(TypeObject.name(type)) takes no arguments")
            }
            return Value(type == Krait_none_type ? Krait_None : type == Krait_notImplemented_type ? Krait_NotImplemented : Krait_Ellipsis)
        }
        type.pointee.tp_new = { _, _, _ in
            CBoundary.object { () throws(PyException) in throw PyException.systemError("singleton types are constructed natively") }
        }
    }
}
