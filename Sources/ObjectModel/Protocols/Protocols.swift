import ObjectLayout

/// The abstract object protocol (CPython's `PyObject_*` functions) as throwing Swift
/// functions over Values. Each has fast paths for the builtin types the interpreter
/// meets most, then dispatches through the type's slot table.
public enum Protocols {
    // MARK: repr, str, hash

    public static func repr(_ v: Value) throws(PyException) -> Value {
        if v.isSmallInt { return Str.make(String(v.smallInt)) }
        guard let slot = v.type.pointee.tp_repr else { return try ObjectType.defaultRepr(v) }
        return try Recursion.guarded(" while getting the repr of an object") { () throws(PyException) in
            try CBoundary.check(slot(v.object))
        }
    }

    public static func str(_ v: Value) throws(PyException) -> Value {
        if v.isExactly(Krait_str_type) { return v }
        if v.isSmallInt { return Str.make(String(v.smallInt)) }
        guard let slot = v.type.pointee.tp_str else { return try repr(v) }
        return try CBoundary.check(slot(v.object))
    }

    /// `repr(v)` as Swift text (lone surrogates shown as U+FFFD).
    public static func reprText(_ v: Value) throws(PyException) -> String { Str.swiftString(try repr(v)) }
    public static func strText(_ v: Value) throws(PyException) -> String { Str.swiftString(try str(v)) }

    public static func hash(_ v: Value) throws(PyException) -> Int {
        if v.isSmallInt { return Hashing.int(v.smallInt) }
        let type = v.type
        if type == Krait_str_type { return Str.hash(v) }
        guard let slot = type.pointee.tp_hash else { throw unhashable(v) }
        return try CBoundary.check(integer: slot(v.object))
    }

    /// CPython's message names the type by its full `tp_name` ('collections.deque').
    static func unhashable(_ v: Value) -> PyException {
        .typeError("unhashable type: '\(TypeObject.fullName(v.type))'")
    }

    // MARK: Truth

    /// `bool(v)`: `nb_bool`, else `mp_length`/`sq_length`, else true.
    public static func isTrue(_ v: Value) throws(PyException) -> Bool {
        if v == .true { return true }
        if v == .false || v == .none { return false }
        if v.isSmallInt { return v.smallInt != 0 }
        let type = v.type
        if let slot = type.pointee.tp_as_number?.pointee.nb_bool {
            return try CBoundary.check(integer: Int(slot(v.object))) != 0
        }
        if let slot = type.pointee.tp_as_mapping?.pointee.mp_length {
            return try CBoundary.check(integer: slot(v.object)) != 0
        }
        if let slot = type.pointee.tp_as_sequence?.pointee.sq_length {
            return try CBoundary.check(integer: slot(v.object)) != 0
        }
        return true
    }

    // MARK: Attributes

    public static func getAttribute(_ v: Value, _ name: Value) throws(PyException) -> Value {
        let type = v.type
        do throws(PyException) {
            guard let slot = type.pointee.tp_getattro else {
                throw noAttribute(v, name)
            }
            // The generic lookup directly, without the C boundary's boxing and error state.
            if unsafeBitCast(slot, to: UInt.self) == unsafeBitCast(Krait_object_type.pointee.tp_getattro, to: UInt.self) {
                return try Attributes.genericGet(v, name)
            }
            return try CBoundary.check(slot(Boxing.object(v), name.object))
        } catch {
            setAttributeErrorContext(error, v, name)
            throw error
        }
    }

    /// CPython's `set_attribute_error_context`: an AttributeError from a failed lookup
    /// records the name and object, unless it already has them; the uncaught-exception
    /// printer uses them for its "Did you mean" suggestion.
    static func setAttributeErrorContext(_ error: PyException, _ v: Value, _ name: Value) {
        guard error.matches(Krait_exc_AttributeError) else { return }
        let e = error.value.layout(PyAttributeErrorObject.self)
        guard e.pointee.name == nil && e.pointee.obj == nil else { return }
        e.pointee.name = name.object
        e.pointee.obj = Boxing.object(v)
    }

    public static func getAttribute(_ v: Value, _ name: String) throws(PyException) -> Value {
        try getAttribute(v, Interned.get(name))
    }

    /// The attribute, or nil when getting it raised AttributeError.
    public static func lookupAttribute(_ v: Value, _ name: Value) throws(PyException) -> Value? {
        do {
            return try getAttribute(v, name)
        } catch where error.matches(Krait_exc_AttributeError) {
            return nil
        }
    }

    public static func setAttribute(_ v: Value, _ name: Value, _ value: Value) throws(PyException) {
        guard let slot = v.type.pointee.tp_setattro else {
            throw readOnlyAttributes(v, name, deleting: value.isEmpty)
        }
        if unsafeBitCast(slot, to: UInt.self) == unsafeBitCast(Krait_object_type.pointee.tp_setattro, to: UInt.self) {
            return try Attributes.genericSet(v, name, value)
        }
        try CBoundary.check(status: slot(Boxing.object(v), name.object, value.isEmpty ? nil : Boxing.object(value)))
    }

    /// Worded with the type's full `tp_name` ('itertools.count'), as CPython's.
    static func noAttribute(_ v: Value, _ name: Value) -> PyException {
        .attributeError("'\(TypeObject.fullName(v.type))' object has no attribute '\(Str.swiftString(name))'")
    }

    static func readOnlyAttributes(_ v: Value, _ name: Value, deleting: Bool) -> PyException {
        let type = TypeObject.name(v.type)
        let attribute = Str.swiftString(name)
        let hasAny = v.type.pointee.tp_getattro != nil
        let verb = deleting ? "del" : "assign to"
        return .typeError(hasAny
            ? "'\(type)' object has only read-only attributes (\(verb) .\(attribute))"
            : "'\(type)' object has no attributes (\(verb) .\(attribute))")
    }

    // MARK: Comparison

    /// `a op b` for a rich comparison, with the reflected operation and identity
    /// defaults of `do_richcompare`.
    public static func richCompare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        try Recursion.guarded(" in comparison") { () throws(PyException) in
            try Compare.rich(a, b, op)
        }
    }

    // MARK: Length and items

    public static func length(_ v: Value) throws(PyException) -> Int {
        let type = v.type
        if let slot = type.pointee.tp_as_sequence?.pointee.sq_length {
            return try CBoundary.check(integer: slot(v.object))
        }
        if let slot = type.pointee.tp_as_mapping?.pointee.mp_length {
            return try CBoundary.check(integer: slot(v.object))
        }
        throw PyException.typeError("object of type '\(TypeObject.fullName(type))' has no len()")
    }
}

extension Protocols {
    /// `v[key]`: `mp_subscript`, else `sq_item` with an index.
    public static func getItem(_ v: Value, _ key: Value) throws(PyException) -> Value {
        let type = v.type
        if let slot = type.pointee.tp_as_mapping?.pointee.mp_subscript {
            return try CBoundary.check(slot(Boxing.object(v), Boxing.object(key)))
        }
        if let sequence = type.pointee.tp_as_sequence, let item = sequence.pointee.sq_item {
            guard isIndex(key) else {
                throw PyException.typeError("sequence index must be integer, not '\(TypeObject.name(key.type))'")
            }
            var i = try index(key)
            if i < 0, let length = sequence.pointee.sq_length { i += try CBoundary.check(integer: length(v.object)) }
            return try CBoundary.check(item(v.object, i))
        }
        if isType(v) {
            // `list[int]`: classes are subscripted through `__class_getitem__`.
            if v == Value(Krait_type_type) { return GenericAlias.make(v, key) }
            if let classGetItem = try lookupAttribute(v, Interned.literal("__class_getitem__")) { return try call(classGetItem, key) }
            throw PyException.typeError("type '\(TypeObject.fullName(asType(v)))' is not subscriptable")
        }
        throw PyException.typeError("'\(TypeObject.name(type))' object is not subscriptable")
    }
}
