import ObjectLayout

/// `__isabstractmethod__` of property, classmethod and staticmethod, which `abc` reads
/// to find the abstract methods of a class: true when a wrapped function has a true
/// `__isabstractmethod__` (CPython's `_PyObject_IsAbstract`).
enum AbstractMethods {
    static func isAbstract(_ v: Value) throws(PyException) -> Bool {
        if v.isEmpty { return false }
        guard let flag = try Protocols.lookupAttribute(v, Interned.literal("__isabstractmethod__")) else { return false }
        return try Protocols.isTrue(flag)
    }

    static let propertyGetSet = MemberDescriptors.getSetTable([
        GetSetSpec("__isabstractmethod__", get: { o, _ in
            CBoundary.object { () throws(PyException) in
                let p = o!.layout(KraitPropertyObject.self).pointee
                for f in [p.prop_get, p.prop_set, p.prop_del] where try AbstractMethods.isAbstract(f) { return .true }
                return .false
            }
        }),
    ])

    /// classmethod's and staticmethod's: the flag, and the `__dict__` their wrapped
    /// function's attributes are copied into.
    static let wrapperGetSet = MemberDescriptors.getSetTable([
        GetSetSpec("__isabstractmethod__", get: { o, _ in
            CBoundary.object { () throws(PyException) in
                .bool(try AbstractMethods.isAbstract(o!.layout(KraitClassMethodObject.self).pointee.cm_callable))
            }
        }),
        GetSetSpec("__dict__", get: SlotFunctions.dictGetSet.pointee.get, set: SlotFunctions.dictGetSet.pointee.set),
    ])
}

extension ClassMethods {
    /// `<staticmethod(<function f at …>)>`, named so for subclasses too.
    static let repr: reprfunc = { o in
        CBoundary.object { () throws(PyException) in
            let v = Value(o!)
            let name = TypeObject.isSubtype(v.type, of: Krait_classmethod_type) ? "classmethod" : "staticmethod"
            return Str.make("<\(name)(\(try Protocols.reprText(ClassMethods.wrapper(v).pointee.cm_callable)))>")
        }
    }

    /// As `functools.wraps`: the wrapped callable's `__module__`, `__name__`,
    /// `__qualname__`, `__doc__` and `__annotations__`, those it has, become attributes
    /// of the classmethod or staticmethod.
    static func copyAttributes(_ v: Value, from callable: Value) throws(PyException) {
        for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
            let key = Interned.get(name)
            if let value = try Protocols.lookupAttribute(callable, key) { try Protocols.setAttribute(v, key, value) }
        }
    }
}
