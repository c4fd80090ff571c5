import ObjectLayout

extension Protocols {
    /// `v[key] = value` (`PyObject_SetItem`), or `del v[key]` when value is nil.
    public static func setItem(_ v: Value, _ key: Value, _ value: Value?) throws(PyException) {
        let type = v.type
        if let slot = type.pointee.tp_as_mapping?.pointee.mp_ass_subscript {
            try CBoundary.check(status: slot(Boxing.object(v), Boxing.object(key), value.map { Boxing.object($0) }))
            return
        }
        // Sequences that cannot assign items refuse any key alike (CPython's order of checks).
        if let sequence = type.pointee.tp_as_sequence, sequence.pointee.sq_ass_item != nil || isIndex(key) {
            guard isIndex(key) else {
                throw PyException.typeError("sequence index must be integer, not '\(TypeObject.name(key.type))'")
            }
            guard let slot = sequence.pointee.sq_ass_item else {
                throw PyException.typeError(value == nil ? "'\(TypeObject.name(type))' object doesn't support item deletion"
                                                         : "'\(TypeObject.name(type))' object does not support item assignment")
            }
            var i = try index(key)
            if i < 0, let length = sequence.pointee.sq_length { i += try CBoundary.check(integer: length(v.object)) }
            try CBoundary.check(status: slot(Boxing.object(v), i, value.map { Boxing.object($0) }))
            return
        }
        throw PyException.typeError("'\(TypeObject.name(type))' object does not support item \(value == nil ? "deletion" : "assignment")")
    }
}
