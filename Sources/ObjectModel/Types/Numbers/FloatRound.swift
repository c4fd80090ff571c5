import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// `round(float)` and `round(float, ndigits)`, correctly rounded (half to even on the
/// exact binary value, as CPython's dtoa-based `double_round`), and the exact
/// integer ratio behind them.
extension FloatObject {
    /// x = m * 2^e exactly, for finite x.
    static func integerParts(_ x: Double) -> (m: Int, e: Int) {
        if x == 0 { return (0, 0) }
        let subnormal = x.exponentBitPattern == 0
        let significand = Int(x.significandBitPattern | (subnormal ? 0 : 1 << 52))
        let e = subnormal ? -1074 : Int(x.exponent) - 52
        return (x < 0 ? -significand : significand, e)
    }

    /// `float.as_integer_ratio()`: lowest terms, positive denominator.
    static func integerRatio(_ x: Double) throws(PyException) -> Value {
        if x.isNaN { throw PyException.valueError("cannot convert NaN to integer ratio") }
        if x.isInfinite { throw PyException.overflowError("cannot convert Infinity to integer ratio") }
        var (m, e) = integerParts(x)
        while m != 0 && m & 1 == 0 && e < 0 {
            m >>= 1
            e += 1
        }
        if e >= 0 { return Tuple.make(try IntOps.shiftLeft(IntObject.make(m), IntObject.make(e)), Value(smallInt: 1)) }
        return Tuple.make(IntObject.make(m), try IntOps.shiftLeft(Value(smallInt: 1), IntObject.make(-e)))
    }

    /// `float.__round__(ndigits)`; None (or no argument) rounds to an int.
    static func round(_ x: Double, _ ndigits: Value?) throws(PyException) -> Value {
        guard let ndigits, ndigits != .none else { return try IntObject.fromDouble(x.rounded(.toNearestOrEven)) }
        let n = try clampedIndex(ndigits)
        // Beyond these every finite double is already rounded, or rounds to zero.
        if n > 323 || !x.isFinite { return make(x) }
        if n < -308 { return make(0 * x) }
        let (m, e) = integerParts(x)
        let ten = try IntOps.powerOfTen(IntObject.make(abs(n)))
        let rounded: Double
        if n >= 0 {
            if e >= 0 { return make(x) }
            let scaled = try IntOps.multiply(IntObject.make(m), ten)
            let q = try IntOps.divideNearest(scaled, try IntOps.shiftLeft(Value(smallInt: 1), IntObject.make(-e)))
            rounded = try IntObject.trueDivide(q, ten)
        } else {
            let divisor = e >= 0 ? ten : try IntOps.shiftLeft(ten, IntObject.make(-e))
            let numerator = e >= 0 ? try IntOps.shiftLeft(IntObject.make(m), IntObject.make(e)) : IntObject.make(m)
            let q = try IntOps.divideNearest(numerator, divisor)
            do throws(PyException) {
                rounded = try IntObject.toDouble(try IntOps.multiply(q, ten))
            } catch {
                throw PyException.overflowError("rounded value too large to represent")
            }
        }
        return make(copysign(rounded, x))
    }

    /// `PyNumber_AsSsize_t(v, NULL)`: an index, saturated instead of overflowing.
    static func clampedIndex(_ v: Value) throws(PyException) -> Int {
        let i = try Protocols.indexValue(v)
        return IntObject.machineValue(i) ?? (IntObject.sign(i) < 0 ? Int.min : Int.max)
    }
}
