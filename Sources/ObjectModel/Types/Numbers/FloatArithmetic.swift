import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// Float arithmetic with CPython's rules for signs, zeros, infinities and errors.
public enum FloatOps {
    /// `x % y`: the result has the sign of `y`.
    public static func remainder(_ x: Double, _ y: Double) throws(PyException) -> Double {
        if y == 0 { throw PyException.zeroDivisionError("float modulo") }
        return modulo(x, y)
    }

    static func modulo(_ x: Double, _ y: Double) -> Double {
        var mod = fmod(x, y)
        if mod != 0 {
            if (y < 0) != (mod < 0) { mod += y }
        } else {
            mod = copysign(0, y)
        }
        return mod
    }

    public static func floorDivide(_ x: Double, _ y: Double) throws(PyException) -> Double {
        if y == 0 { throw PyException.zeroDivisionError("float floor division by zero") }
        return floorQuotient(x, y)
    }

    public static func divmod(_ x: Double, _ y: Double) throws(PyException) -> (Double, Double) {
        if y == 0 { throw PyException.zeroDivisionError("float divmod()") }
        return (floorQuotient(x, y), modulo(x, y))
    }

    /// CPython's `float_divmod` quotient: (x - x mod y) / y, which is exact up to
    /// rounding, then floored and nudged to the nearest integer.
    static func floorQuotient(_ x: Double, _ y: Double) -> Double {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) {
                mod += y
                div -= 1
            }
        }
        if div != 0 {
            var floored = floor(div)
            if div - floored > 0.5 { floored += 1 }
            return floored
        }
        return copysign(0, x / y)
    }

    public static func trueDivide(_ x: Double, _ y: Double) throws(PyException) -> Double {
        if y == 0 { throw PyException.zeroDivisionError("float division by zero") }
        return x / y
    }

    /// `x ** y`, CPython's `float_pow`: a float, or a complex for a negative number
    /// to a fractional power.
    public static func power(_ x: Double, _ y: Double) throws(PyException) -> Value {
        if let result = try realPower(x, y) { return FloatObject.make(result) }
        return ComplexObject.make(try ComplexOps.power(Py_complex(real: x, imag: 0), Py_complex(real: y, imag: 0)))
    }

    /// C99's special cases, then `pow`; nil when the result is complex.
    static func realPower(_ x: Double, _ y: Double) throws(PyException) -> Double? {
        if y == 0 { return 1 }
        if x.isNaN { return x }
        if y.isNaN { return x == 1 ? 1 : y }
        if y.isInfinite {
            let m = x.magnitude
            if m == 1 { return 1 }
            return (y > 0) == (m > 1) ? y.magnitude : 0
        }
        let yIsOdd = isOddInteger(y)
        if x.isInfinite {
            if y > 0 { return yIsOdd ? x : x.magnitude }
            return yIsOdd ? copysign(0, x) : 0
        }
        if x == 0 {
            if y < 0 { throw PyException.zeroDivisionError("0.0 cannot be raised to a negative power") }
            return yIsOdd ? x : 0
        }
        var base = x
        var negate = false
        if x < 0 {
            if y != y.rounded(.down) { return nil }
            base = -x
            negate = yIsOdd
        }
        if base == 1 { return negate ? -1 : 1 }
        let result = pow(base, y)
        if result.isInfinite {
            throw PyException(Krait_exc_OverflowError, arguments: [IntObject.make(Int(ERANGE)), Str.make("Numerical result out of range")])
        }
        return negate ? -result : result
    }

    static func isOddInteger(_ y: Double) -> Bool {
        y.magnitude < 0x1p53 && y == y.rounded(.towardZero) && Int(y) & 1 != 0
    }
}
