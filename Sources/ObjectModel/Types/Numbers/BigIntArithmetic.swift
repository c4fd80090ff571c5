import CGMP
import ObjectLayout

/// Addition, multiplication and floor division of ints of any size.
extension BigInts {
    static func add(_ a: Value, _ b: Value) -> Value { sum(limbs(a), limbs(b)) }

    static func subtract(_ a: Value, _ b: Value) -> Value { sum(limbs(a), limbs(b).negated) }

    /// a + b with signs.
    static func sum(_ a: Limbs, _ b: Limbs) -> Value {
        if a.negative == b.negative { return sumOfMagnitudes(a, b, negative: a.negative) }
        let order = compareMagnitudes(a, b)
        if order == 0 { return Value(smallInt: 0) }
        return order > 0 ? differenceOfMagnitudes(a, b, negative: a.negative)
                         : differenceOfMagnitudes(b, a, negative: b.negative)
    }

    static func sumOfMagnitudes(_ a: Limbs, _ b: Limbs, negative: Bool) -> Value {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        if short.isZero { return make(Limbs(base: long.base, count: long.count, negative: negative)) }
        let r = allocate(long.count + 1)
        digits(r)[long.count] = krait_mpn_add(digits(r), long.base, long.count, short.base, short.count)
        return finish(r, count: long.count + 1, negative: negative)
    }

    /// |big| - |small|, where |big| >= |small|.
    static func differenceOfMagnitudes(_ big: Limbs, _ small: Limbs, negative: Bool) -> Value {
        if small.isZero { return make(Limbs(base: big.base, count: big.count, negative: negative)) }
        let r = allocate(big.count)
        _ = krait_mpn_sub(digits(r), big.base, big.count, small.base, small.count)
        return finish(r, count: big.count, negative: negative)
    }

    static func multiply(_ a: Value, _ b: Value) throws(PyException) -> Value { try product(limbs(a), limbs(b)) }

    static func product(_ a: Limbs, _ b: Limbs) throws(PyException) -> Value {
        if a.isZero || b.isZero { return Value(smallInt: 0) }
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        try checkSize(long.count + short.count)
        let r = allocate(long.count + short.count)
        krait_mpn_mul(digits(r), long.base, long.count, short.base, short.count)
        return finish(r, count: long.count + short.count, negative: a.negative != b.negative)
    }

    /// Quotient and remainder truncated towards zero; `b` is not zero.
    static func truncatedDivision(_ a: Limbs, _ b: Limbs) -> (quotient: Value, remainder: Value) {
        if compareMagnitudes(a, b) < 0 { return (Value(smallInt: 0), make(a)) }
        let qn = a.count - b.count + 1
        let q = allocate(qn), r = allocate(b.count)
        krait_mpn_tdiv_qr(digits(q), digits(r), a.base, a.count, b.base, b.count)
        return (finish(q, count: qn, negative: a.negative != b.negative), finish(r, count: b.count, negative: a.negative))
    }

    /// `divmod(a, b)` with Python's floor semantics; `b` is not zero.
    static func divmod(_ a: Value, _ b: Value) -> (quotient: Value, remainder: Value) {
        let x = limbs(a), y = limbs(b)
        var (q, r) = truncatedDivision(x, y)
        // A remainder of the other sign than the divisor moves the quotient down by one.
        if !IntObject.isZero(r) && x.negative != y.negative {
            q = IntOps.subtract(q, Value(smallInt: 1))
            r = IntOps.add(r, b)
        }
        return (q, r)
    }
}
