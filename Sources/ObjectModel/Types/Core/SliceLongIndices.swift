import ObjectLayout

/// `_PySlice_GetLongIndices`: a slice's start, stop and step over `length` items for
/// lengths of any size (`slice.indices`, and range slicing).
extension Slice {
    public static func longIndices(_ slice: Value, length: Value) throws(PyException) -> (Value, Value, Value) {
        func less(_ a: Value, _ b: Value) throws(PyException) -> Bool { try Protocols.isTrue(try Protocols.richCompare(a, b, .lt)) }
        func add(_ a: Value, _ b: Value) throws(PyException) -> Value { try Protocols.binary(a, b, .add) }
        let s = slice.layout(PySliceObject.self).pointee
        func index(_ v: Value) throws(PyException) -> Value {
            guard Protocols.isIndex(v) else {
                throw PyException.typeError("slice indices must be integers or None or have an __index__ method")
            }
            // PyNumber_Index: an exact int (True is 1).
            return IntObject.exact(try Protocols.indexValue(v))
        }
        let step = s.step == .none ? Value(smallInt: 1) : try index(s.step)
        if IntObject.isZero(step) { throw PyException.valueError("slice step cannot be zero") }
        let backwards = IntObject.sign(step) < 0
        let lower = Value(smallInt: backwards ? -1 : 0)
        let upper = backwards ? try add(length, Value(smallInt: -1)) : length
        func bound(_ v: Value, default missing: Value) throws(PyException) -> Value {
            if v == .none { return missing }
            let i = try index(v)
            if IntObject.sign(i) < 0 {
                let shifted = try add(i, length)
                return try less(shifted, lower) ? lower : shifted
            }
            return try less(upper, i) ? upper : i
        }
        let start = try bound(s.start, default: backwards ? upper : lower)
        let stop = try bound(s.stop, default: backwards ? lower : upper)
        return (start, stop, step)
    }
}
