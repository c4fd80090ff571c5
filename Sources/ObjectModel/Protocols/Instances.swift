import ObjectLayout

/// `isinstance` and `issubclass` (CPython's `PyObject_IsInstance`/`PyObject_IsSubclass`):
/// tuples and unions of classes, `__instancecheck__`/`__subclasscheck__` of the
/// metaclass, and the abstract protocol (`__class__`, `__bases__`) for objects that
/// are not types.
extension Protocols {
    @inline(__always)
    static func isType(_ v: Value) -> Bool { v.isObject && TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) }

    @inline(__always)
    static func asType(_ v: Value) -> TypePointer { v.object.layout(PyTypeObject.self) }

    public static func isInstance(_ v: Value, _ cls: Value) throws(PyException) -> Bool {
        if cls == Value(v.type) { return true }
        if cls.isExactly(Krait_type_type) || (isType(cls) && Value(cls.type) == Value(Krait_type_type)) {
            return try realIsInstance(v, cls)
        }
        if cls.isExactly(Krait_unionType_type) { return try isInstance(v, UnionType.arguments(cls)) }
        if cls.isExactly(Krait_tuple_type) {
            return try Recursion.guarded(" in __instancecheck__") { () throws(PyException) in
                for i in 0..<Tuple.count(cls) where try isInstance(v, Tuple.item(cls, i)) { return true }
                return false
            }
        }
        if let check = SlotFunctions.lookupSpecial(cls, "__instancecheck__") {
            return try Recursion.guarded(" in __instancecheck__") { () throws(PyException) in
                try isTrue(try SlotFunctions.callUnbound(check, cls, [v]))
            }
        }
        return try realIsInstance(v, cls)
    }

    /// `type.__instancecheck__`: the type, or the class `__class__` claims.
    static func realIsInstance(_ v: Value, _ cls: Value) throws(PyException) -> Bool {
        if isType(cls) {
            if TypeObject.isSubtype(v.type, of: asType(cls)) { return true }
            if let declared = try lookupAttribute(v, Interned.literal("__class__")), declared != Value(v.type), isType(declared) {
                return TypeObject.isSubtype(asType(declared), of: asType(cls))
            }
            return false
        }
        guard try bases(of: cls) != nil else {
            throw PyException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
        }
        guard let declared = try lookupAttribute(v, Interned.literal("__class__")) else { return false }
        return try abstractIsSubclass(declared, cls)
    }

    public static func isSubclass(_ derived: Value, _ cls: Value) throws(PyException) -> Bool {
        if isType(cls) && Value(cls.type) == Value(Krait_type_type) {
            if derived == cls { return true }
            return try realIsSubclass(derived, cls)
        }
        if cls.isExactly(Krait_unionType_type) { return try isSubclass(derived, UnionType.arguments(cls)) }
        if cls.isExactly(Krait_tuple_type) {
            return try Recursion.guarded(" in __subclasscheck__") { () throws(PyException) in
                for i in 0..<Tuple.count(cls) where try isSubclass(derived, Tuple.item(cls, i)) { return true }
                return false
            }
        }
        if let check = SlotFunctions.lookupSpecial(cls, "__subclasscheck__") {
            return try Recursion.guarded(" in __subclasscheck__") { () throws(PyException) in
                try isTrue(try SlotFunctions.callUnbound(check, cls, [derived]))
            }
        }
        return try realIsSubclass(derived, cls)
    }

    /// `type.__subclasscheck__`: the MRO for types, `__bases__` for other classes.
    static func realIsSubclass(_ derived: Value, _ cls: Value) throws(PyException) -> Bool {
        if isType(cls) && isType(derived) { return TypeObject.isSubtype(asType(derived), of: asType(cls)) }
        guard try bases(of: derived) != nil else { throw PyException.typeError("issubclass() arg 1 must be a class") }
        guard try bases(of: cls) != nil else {
            throw PyException.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
        return try abstractIsSubclass(derived, cls)
    }

    /// `__bases__` when it is a tuple (what makes an object a class for these checks).
    static func bases(of v: Value) throws(PyException) -> Value? {
        guard let bases = try lookupAttribute(v, Interned.literal("__bases__")),
              TypeObject.hasFlag(bases.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) else { return nil }
        return bases
    }

    /// Whether `cls` is `derived` or among its `__bases__`, recursively.
    static func abstractIsSubclass(_ derived: Value, _ cls: Value) throws(PyException) -> Bool {
        var current = derived
        while true {
            if current == cls { return true }
            guard let bases = try bases(of: current) else { return false }
            let count = Tuple.count(bases)
            if count == 0 { return false }
            if count == 1 { current = Tuple.item(bases, 0); continue }
            return try Recursion.guarded(" in __subclasscheck__") { () throws(PyException) in
                for i in 0..<count where try abstractIsSubclass(Tuple.item(bases, i), cls) { return true }
                return false
            }
        }
    }
}
