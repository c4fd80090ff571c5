import ObjectLayout

extension Protocols {
    /// `iter(v)`: `tp_iter`, else the sequence protocol (`sq_item` from 0 on).
    public static func iterator(_ v: Value) throws(PyException) -> Value {
        let type = v.type
        if let slot = type.pointee.tp_iter {
            let result = try CBoundary.check(slot(Boxing.object(v)))
            guard result.type.pointee.tp_iternext != nil else {
                throw PyException.typeError("iter() returned non-iterator of type '\(TypeObject.name(result.type))'")
            }
            return result
        }
        if type.pointee.tp_as_sequence?.pointee.sq_item != nil {
            return SequenceIterator.make(v)
        }
        throw PyException.typeError("'\(TypeObject.fullName(type))' object is not iterable")
    }

    /// `next(it)`, or nil when the iterator is exhausted (StopIteration is consumed).
    public static func next(_ iterator: Value) throws(PyException) -> Value? {
        guard let slot = iterator.type.pointee.tp_iternext else {
            throw PyException.typeError("'\(TypeObject.name(iterator.type))' object is not an iterator")
        }
        if let result = slot(iterator.object) { return Value(normalizing: result) }
        if !CBoundary.hasPending { return nil }
        let error = CBoundary.takePending()
        if error.matches(Krait_exc_StopIteration) { return nil }
        throw error
    }

    /// Calls `body` with each item of the iterable `v`.
    public static func forEach(_ v: Value, _ body: (Value) throws(PyException) -> Void) throws(PyException) {
        let it = try iterator(v)
        while let item = try next(it) { try body(item) }
    }
}
