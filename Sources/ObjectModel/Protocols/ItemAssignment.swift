import ObjectLayout

extension Protocols {
    /// `v[key] = value`: `mp_ass_subscript`, else `sq_ass_item` with an index.
    public static func setItem(_ v: Value, _ key: Value, _ value: Value) throws(PyException) {
        try assignItem(v, key, value, verb: "does not support item assignment")
    }

    /// `del v[key]`.
    public static func deleteItem(_ v: Value, _ key: Value) throws(PyException) {
        try assignItem(v, key, .empty, verb: "does not support item deletion")
    }

    static func assignItem(_ v: Value, _ key: Value, _ value: Value, verb: String) throws(PyException) {
        let type = v.type
        if type == Krait_dict_type && !value.isEmpty {
            try Dict.setItem(v, key, value)
            return
        }
        let boxed = value.isEmpty ? nil : Boxing.object(value)
        if let slot = type.pointee.tp_as_mapping?.pointee.mp_ass_subscript {
            try CBoundary.check(status: slot(Boxing.object(v), Boxing.object(key), boxed))
            return
        }
        if let sequence = type.pointee.tp_as_sequence, let slot = sequence.pointee.sq_ass_item {
            guard isIndex(key) else {
                throw PyException.typeError("sequence index must be integer, not '\(TypeObject.name(key.type))'")
            }
            var i = try index(key)
            if i < 0, let length = sequence.pointee.sq_length { i += try CBoundary.check(integer: length(v.object)) }
            try CBoundary.check(status: slot(v.object, i, boxed))
            return
        }
        if type == Krait_dict_type {
            guard try Dict.deleteItem(v, key) else { throw PyException.keyError(key) }
            return
        }
        throw PyException.typeError("'\(TypeObject.name(type))' object \(verb)")
    }

    /// `item in container`: `sq_contains`, else iteration with `==`.
    public static func contains(_ container: Value, _ item: Value) throws(PyException) -> Bool {
        let type = container.type
        if type == Krait_dict_type {
            return try Dict.getItem(container, item) != nil
        }
        if let slot = type.pointee.tp_as_sequence?.pointee.sq_contains {
            return try CBoundary.check(integer: Int(slot(Boxing.object(container), Boxing.object(item)))) != 0
        }
        guard type.pointee.tp_iter != nil || type.pointee.tp_as_sequence?.pointee.sq_item != nil else {
            throw PyException.typeError("argument of type '\(TypeObject.name(type))' is not iterable")
        }
        let it = try iterator(container)
        while let v = try next(it) {
            if v == item { return true }
            if try equal(v, item) { return true }
        }
        return false
    }
}
