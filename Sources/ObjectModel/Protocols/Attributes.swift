import ObjectLayout

/// The descriptor protocol: `object.__getattribute__` and `object.__setattr__`.
public enum Attributes {
    @inline(__always)
    static func isDataDescriptor(_ v: Value) -> Bool { v.type.pointee.tp_descr_set != nil }

    /// The instance dict, for types that have one (`tp_dictoffset`).
    public static func instanceDict(_ v: Value, create: Bool) -> Value? {
        guard v.isObject, let slot = dictSlot(v.object) else { return nil }
        if slot.pointee.isEmpty && create { slot.pointee = SplitDict.newInstanceDict(for: v.type) }
        return slot.pointee.isEmpty ? nil : slot.pointee
    }

    /// Where an object keeps its `__dict__`: `tp_dictoffset` bytes in, or for a negative
    /// offset (subclasses of var-sized types such as int) that far back from the end of
    /// its items, as CPython's `_PyObject_GetDictPtr`.
    static func dictSlot(_ object: ObjectPointer) -> UnsafeMutablePointer<Value>? {
        let type = object.pointee.ob_type!
        var offset = type.pointee.tp_dictoffset
        if offset == 0 { return nil }
        if offset < 0 {
            if TypeObject.hasFlag(type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) {
                // A str subclass: the dict is among the fields past the code points, at
                // minus the offset its class gives it (`krait_str_trailer_shift`).
                offset = -offset + krait_str_trailer_shift(object)
            } else {
                let items = abs(object.layout(PyVarObject.self).pointee.ob_size) * type.pointee.tp_itemsize
                offset += (type.pointee.tp_basicsize + items + 7) & ~7
            }
        }
        return (UnsafeMutableRawPointer(object) + offset).assumingMemoryBound(to: Value.self)
    }

    /// The check every `tp_getattro` and `tp_setattro` makes first, since the slots can be
    /// called with any object as the name (`type.__getattribute__(C, None)`).
    public static func checkName(_ name: Value) throws(PyException) {
        guard name.isExactly(Krait_str_type) || TypeObject.hasFlag(name.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("attribute name must be string, not '\(TypeObject.name(name.type))'")
        }
    }

    /// CPython's `PyObject_GenericGetAttr`.
    public static func genericGet(_ v: Value, _ name: Value) throws(PyException) -> Value {
        try checkName(name)
        let type = v.type
        let descriptor = TypeObject.lookup(type, name)
        var get: descrgetfunc?
        if let descriptor {
            get = descriptor.type.pointee.tp_descr_get
            if let get, isDataDescriptor(descriptor) {
                return try CBoundary.check(get(Boxing.object(descriptor), Boxing.object(v), type.asObject))
            }
        }
        if let dict = instanceDict(v, create: false) {
            // An exact str compares and hashes as str's own, so the lookup runs no code.
            let found = name.isExactly(Krait_str_type) ? Dict.getItem(dict, string: name) : try Dict.getItem(dict, name)
            if let found { return found }
        }
        if let descriptor {
            if let get { return try CBoundary.check(get(Boxing.object(descriptor), Boxing.object(v), type.asObject)) }
            return descriptor
        }
        // The name and object go with the error here, as CPython's generic lookup sets
        // them itself: `object.__getattribute__(o, name)` reports them too.
        let error = Protocols.noAttribute(v, name)
        Protocols.setAttributeErrorContext(error, v, name)
        throw error
    }

    /// CPython's `PyObject_GenericSetAttr`; an empty `value` deletes.
    public static func genericSet(_ v: Value, _ name: Value, _ value: Value) throws(PyException) {
        try checkName(name)
        let type = v.type
        if let descriptor = TypeObject.lookup(type, name), let set = descriptor.type.pointee.tp_descr_set {
            try CBoundary.check(status: set(Boxing.object(descriptor), Boxing.object(v), value.isEmpty ? nil : Boxing.object(value)))
            return
        }
        guard let dict = instanceDict(v, create: !value.isEmpty) else {
            if value.isEmpty, instanceDict(v, create: false) == nil, v.type.pointee.tp_dictoffset != 0 {
                throw Protocols.noAttribute(v, name)
            }
            if TypeObject.lookup(type, name) != nil {
                throw PyException.attributeError("'\(TypeObject.name(type))' object attribute '\(Str.swiftString(name))' is read-only")
            }
            throw Protocols.noAttribute(v, name)
        }
        if value.isEmpty {
            if !(try Dict.deleteItem(dict, name)) { throw Protocols.noAttribute(v, name) }
        } else if name.isExactly(Krait_str_type) {
            try Dict.setItem(dict, name, value, hash: Str.hash(name))
        } else {
            try Dict.setItem(dict, name, value)
        }
    }
}
