import ObjectLayout

/// What a class's `__slots__` asks for, checked as CPython 3.11's `type_new_slots`.
struct SlotLayout {
    /// Member names, mangled and sorted (CPython sorts them, which fixes their offsets
    /// and the order of their descriptors in the class dict).
    var members: [String]
    var addsDict: Bool
    var addsWeakref: Bool
}

extension HeapType {
    /// The names `__slots__` lists (a string or an iterable of strings). The class
    /// keeps `__slots__` as written.
    static func slotNames(_ v: Value) throws(PyException) -> [String] {
        var names: [String] = []
        func add(_ item: Value) throws(PyException) {
            guard item.isExactly(Krait_str_type) else {
                throw PyException.typeError("__slots__ items must be strings, not '\(TypeObject.name(item.type))'")
            }
            let name = Str.swiftString(item)
            guard Identifiers.isIdentifier(name) else { throw PyException.typeError("__slots__ must be identifiers") }
            names.append(name)
        }
        if v.isExactly(Krait_str_type) {
            try add(v)
        } else {
            try Protocols.forEach(v) { item throws(PyException) in try add(item) }
        }
        return names
    }

    /// Checks the `__slots__` names against the base and the class namespace: one
    /// `__dict__` and one `__weakref__` at most, and only where the base has none; no
    /// member may share its name with a class variable.
    static func slotLayout(_ names: [String], base: TypePointer, namespace: Value, className: String) throws(PyException) -> SlotLayout {
        if !names.isEmpty && base.pointee.tp_itemsize != 0 {
            throw PyException.typeError("nonempty __slots__ not supported for subtype of '\(TypeObject.name(base))'")
        }
        var layout = SlotLayout(members: [], addsDict: false, addsWeakref: false)
        for name in names {
            if name == "__dict__" {
                if base.pointee.tp_dictoffset != 0 || layout.addsDict {
                    throw PyException.typeError("__dict__ slot disallowed: we already got one")
                }
                layout.addsDict = true
            } else if name == "__weakref__" {
                if base.pointee.tp_weaklistoffset != 0 || base.pointee.tp_itemsize != 0 || layout.addsWeakref {
                    throw PyException.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
                }
                layout.addsWeakref = true
            }
        }
        for name in names where !(name == "__dict__" && layout.addsDict) && !(name == "__weakref__" && layout.addsWeakref) {
            let member = mangle(name, in: className)
            // The compiler's `__qualname__` and `__classcell__` leave the namespace later.
            if member != "__qualname__" && member != "__classcell__" && Dict.getItem(namespace, string: Interned.get(member)) != nil {
                throw PyException.valueError("'\(member)' in __slots__ conflicts with class variable")
            }
            layout.members.append(member)
        }
        layout.members.sort { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        return layout
    }
}
