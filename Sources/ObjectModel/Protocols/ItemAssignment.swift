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
}
