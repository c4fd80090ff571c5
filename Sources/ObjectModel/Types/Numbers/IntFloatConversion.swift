import ObjectLayout

/// Exact conversions between ints and doubles, and int true division, correctly
/// rounded as CPython's `PyLong_AsDouble` and `long_true_divide`.
extension IntObject {
    /// The double nearest to `v` (ties to even); OverflowError beyond float's range.
    public static func toDouble(_ v: Value) throws(PyException) -> Double {
        if let i = machineValue(v) { return Double(i) }
        let x = BigInts.limbs(v)
        let bits = BigInts.bitLength(x)
        let d = bits > 1024 ? Double.infinity
            : Double(sign: x.negative ? .minus : .plus, exponent: bits - 64, significand: Double(topBits(x, bits)))
        if d.isInfinite { throw PyException.overflowError("int too large to convert to float") }
        return d
    }

    /// A positive int as `mantissa * 2**exponent` with 0.5 <= mantissa < 1, the mantissa
    /// rounded to 53 bits, as CPython's `_PyLong_Frexp` (math's logarithms of ints too
    /// large for a float).
    public static func frexp(_ v: Value) -> (mantissa: Double, exponent: Int) {
        if let i = machineValue(v) {
            let d = Double(i).magnitude
            return (d.significand / 2, Int(d.exponent) + 1)
        }
        let x = BigInts.limbs(v)
        let bits = BigInts.bitLength(x)
        let m = Double(topBits(x, bits)) / 0x1p64
        // Rounding up to 1.0 carries into the exponent.
        return m == 1 ? (0.5, bits + 1) : (m, bits)
    }

    /// The 64 most significant bits of a magnitude of `bits` >= 64 bits, the lowest
    /// one set when any bit below them is: rounding this to 53 bits rounds the value.
    static func topBits(_ x: Limbs, _ bits: Int) -> UInt64 {
        let start = bits - 64
        let i = start / 64, offset = UInt64(start % 64)
        var top = x.base[i] >> offset
        if offset > 0 { top |= x.base[i + 1] << (64 - offset) }
        return BigInts.anyLowBits(x, start) ? top | 1 : top
    }

    /// The int equal to `d` truncated towards zero.
    public static func fromDouble(_ d: Double) throws(PyException) -> Value {
        if d.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyException.overflowError("cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if t.magnitude < 0x1p62 { return Value(smallInt: Int(t)) }
        if t.magnitude < 0x1p63 { return make(Int(t)) }
        // t is its 53-bit significand shifted left.
        let significand = Int(t.significandBitPattern | (1 << 52))
        let shifted = try BigInts.shiftLeft(Value(smallInt: significand), Int(t.exponent) - 52)
        return t < 0 ? IntOps.negate(shifted) : shifted
    }

    /// `a / b` for ints, correctly rounded.
    public static func trueDivide(_ a: Value, _ b: Value) throws(PyException) -> Double {
        if isZero(b) { throw PyException.zeroDivisionError("division by zero") }
        if let x = machineValue(a), let y = machineValue(b), x.magnitude <= 1 << 53, y.magnitude <= 1 << 53 {
            // Both exact as doubles: one rounding, the division's.
            return Double(x) / Double(y)
        }
        let x = BigInts.limbs(a), y = BigInts.limbs(b)
        let negative = x.negative != y.negative
        if x.isZero { return negative ? -0.0 : 0.0 }
        let mantissa = 53, minExponent = -1021, maxExponent = 1024
        let difference = BigInts.bitLength(x) - BigInts.bitLength(y)
        if difference > maxExponent { throw PyException.overflowError("integer division result too large for a float") }
        if difference < minExponent - mantissa - 1 { return negative ? -0.0 : 0.0 }
        // Scale a so that the quotient has mantissa + 2 or + 3 bits (fewer for
        // subnormal results), round those by hand with a sticky bit, scale back.
        let shift = Swift.max(difference, minExponent) - mantissa - 2
        var inexact = false
        let scaled: Value
        if shift <= 0 {
            scaled = try BigInts.shiftLeft(BigInts.make(x.magnitude), -shift)
        } else {
            scaled = BigInts.shiftRight(BigInts.make(x.magnitude), shift)
            inexact = BigInts.anyLowBits(x, shift)
        }
        let (q, r) = BigInts.truncatedDivision(BigInts.limbs(scaled), y.magnitude)
        if !isZero(r) { inexact = true }
        var quotient = UInt64(machineValue(q)!)
        let quotientBits = 64 - quotient.leadingZeroBitCount
        let extraBits = Swift.max(quotientBits, minExponent - shift) - mantissa
        let half: UInt64 = 1 << UInt64(extraBits - 1)
        if inexact { quotient |= 1 }
        if quotient & half != 0 && quotient & (3 * half - 1) != 0 { quotient += half }
        quotient &= ~(2 * half - 1)
        let result = Double(sign: .plus, exponent: shift, significand: Double(quotient))
        if result.isInfinite { throw PyException.overflowError("integer division result too large for a float") }
        return negative ? -result : result
    }
}
