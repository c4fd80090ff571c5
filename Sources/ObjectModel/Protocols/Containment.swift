import ObjectLayout

extension Protocols {
    /// `item in container` (`PySequence_Contains`): `sq_contains`, else a search of
    /// the container's iteration.
    public static func contains(_ container: Value, _ item: Value) throws(PyException) -> Bool {
        if let slot = container.type.pointee.tp_as_sequence?.pointee.sq_contains {
            return try CBoundary.check(integer: Int(slot(Boxing.object(container), Boxing.object(item)))) != 0
        }
        let it: Value
        do {
            it = try iterator(container)
        } catch where error.matches(Krait_exc_TypeError) {
            throw PyException.typeError("argument of type '\(TypeObject.name(container.type))' is not iterable")
        }
        while let x = try next(it) {
            if try equal(x, item) { return true }
        }
        return false
    }
}
