import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// Complex arithmetic as CPython 3.11's `_Py_c_*` functions compute it, so results
/// (signs of zeros, NaNs and infinities included) and errors match.
public enum ComplexOps {
    public static func sum(_ a: Py_complex, _ b: Py_complex) -> Py_complex {
        Py_complex(real: a.real + b.real, imag: a.imag + b.imag)
    }

    public static func difference(_ a: Py_complex, _ b: Py_complex) -> Py_complex {
        Py_complex(real: a.real - b.real, imag: a.imag - b.imag)
    }

    public static func negative(_ a: Py_complex) -> Py_complex { Py_complex(real: -a.real, imag: -a.imag) }

    public static func product(_ a: Py_complex, _ b: Py_complex) -> Py_complex {
        Py_complex(real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real)
    }

    /// `a / b` by Smith's method (divide through by the larger part of `b`, so the
    /// intermediate values neither overflow nor underflow needlessly); nil when `b` is 0.
    public static func quotient(_ a: Py_complex, _ b: Py_complex) -> Py_complex? {
        let absReal = b.real.magnitude, absImag = b.imag.magnitude
        if absReal >= absImag {
            if absReal == 0 { return nil }
            let ratio = b.imag / b.real
            let denominator = b.real + b.imag * ratio
            return Py_complex(real: (a.real + a.imag * ratio) / denominator, imag: (a.imag - a.real * ratio) / denominator)
        }
        if absImag >= absReal {
            let ratio = b.real / b.imag
            let denominator = b.real * ratio + b.imag
            return Py_complex(real: (a.real * ratio + a.imag) / denominator, imag: (a.imag * ratio - a.real) / denominator)
        }
        // Neither comparison holds: a part of `b` is a NaN.
        return Py_complex(real: .nan, imag: .nan)
    }

    public static func divide(_ a: Py_complex, _ b: Py_complex) throws(PyException) -> Py_complex {
        guard let q = quotient(a, b) else { throw PyException.zeroDivisionError("complex division by zero") }
        return q
    }

    /// `a ** b`, CPython's `complex_pow`: a small integral exponent (|n| <= 100) by
    /// repeated squaring, which is exact more often, any other by polar form.
    public static func power(_ a: Py_complex, _ b: Py_complex) throws(PyException) -> Py_complex {
        let zeroToBadPower = PyException.zeroDivisionError("0.0 to a negative or complex power")
        let p: Py_complex
        if b.imag == 0 && b.real == b.real.rounded(.down) && b.real.magnitude <= 100 {
            let n = Int(b.real)
            if n > 0 {
                p = integerPower(a, n)
            } else {
                guard let q = quotient(Py_complex(real: 1, imag: 0), integerPower(a, -n)) else { throw zeroToBadPower }
                p = q
            }
        } else if a.real == 0 && a.imag == 0 {
            if b.imag != 0 || b.real < 0 { throw zeroToBadPower }
            p = Py_complex(real: 0, imag: 0)
        } else {
            let length = hypot(a.real, a.imag)
            var modulus = pow(length, b.real)
            let angle = atan2(a.imag, a.real)
            var phase = angle * b.real
            if b.imag != 0 {
                modulus /= exp(angle * b.imag)
                phase += b.imag * log(length)
            }
            // libm's cos and sin of an infinity set errno to EDOM, which CPython reports
            // with the zero-power message.
            if phase.isInfinite { throw zeroToBadPower }
            p = Py_complex(real: modulus * cos(phase), imag: modulus * sin(phase))
        }
        if p.real.isInfinite || p.imag.isInfinite { throw PyException.overflowError("complex exponentiation") }
        return p
    }

    /// `x ** n` for n >= 0 by binary powering.
    static func integerPower(_ x: Py_complex, _ n: Int) -> Py_complex {
        var result = Py_complex(real: 1, imag: 0), square = x, mask = 1
        while n >= mask {
            if n & mask != 0 { result = product(result, square) }
            mask <<= 1
            square = product(square, square)
        }
        return result
    }

    /// `abs(z)`, CPython's `_Py_c_abs`: an infinite part wins over a NaN; `overflow`
    /// when finite parts give an infinite result.
    public static func magnitude(_ z: Py_complex) -> (value: Double, overflow: Bool) {
        if z.real.isInfinite { return (z.real.magnitude, false) }
        if z.imag.isInfinite { return (z.imag.magnitude, false) }
        if z.real.isNaN || z.imag.isNaN { return (.nan, false) }
        let result = hypot(z.real, z.imag)
        return (result, result.isInfinite)
    }
}
