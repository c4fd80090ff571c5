import ObjectLayout

/// Rounding to a multiple of a power of ten, half to even, for `round(int, n)` and
/// `round(float, n)`.
extension IntOps {
    /// a / b rounded to the nearest int, ties to even; b > 0.
    static func divideNearest(_ a: Value, _ b: Value) throws(PyException) -> Value {
        var (q, r) = try divmod(a, b)
        let order = IntObject.compare(try shiftLeft(r, Value(smallInt: 1)), b)
        if order > 0 || (order == 0 && IntObject.machineValue(and(q, Value(smallInt: 1))) == 1) {
            q = add(q, Value(smallInt: 1))
        }
        return q
    }

    /// 10 ** n for n >= 0.
    static func powerOfTen(_ n: Value) throws(PyException) -> Value {
        try power(Value(smallInt: 10), n, .none)
    }

    /// `int.__round__(ndigits)`: the int itself unless ndigits is negative.
    static func round(_ v: Value, _ ndigits: Value?) throws(PyException) -> Value {
        guard let ndigits else { return IntObject.exact(v) }
        let n = try Protocols.indexValue(ndigits)
        if IntObject.sign(n) >= 0 { return IntObject.exact(v) }
        let scale = try powerOfTen(negate(IntObject.unboxed(n)))
        return try multiply(try divideNearest(IntObject.unboxed(v), scale), scale)
    }
}
