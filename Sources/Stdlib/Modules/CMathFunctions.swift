import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The complex functions of `cmath`, computed as CPython 3.11 computes them: C99
/// Annex G's values for infinite and NaN parts, rescaling where a direct formula
/// would overflow or lose precision. Each returns its value and the error CPython's
/// `errno` would report (domain: ValueError, range: OverflowError).
enum CMath {
    enum Failure { case domain, range }
    typealias Outcome = (value: Py_complex, failure: Failure?)

    /// Classes of a double, the index of a special-value table's row or entry.
    enum Kind: Int { case negativeInfinity, negative, negativeZero, positiveZero, positive, positiveInfinity, nan }

    static func kind(_ d: Double) -> Kind {
        if d.isNaN { return .nan }
        if d.isInfinite { return d > 0 ? .positiveInfinity : .negativeInfinity }
        if d == 0 { return d.sign == .plus ? .positiveZero : .negativeZero }
        return d > 0 ? .positive : .negative
    }

    /// The table's entry for `z` when a part of it is infinite or NaN.
    static func special(_ z: Py_complex, _ table: CMathSpecialValues.Table) -> Py_complex? {
        guard !z.real.isFinite || !z.imag.isFinite else { return nil }
        let (real, imag) = table[kind(z.real).rawValue][kind(z.imag).rawValue]
        return Py_complex(real: real, imag: imag)
    }

    // Beyond these magnitudes the direct formulas overflow.
    static let large = Double.greatestFiniteMagnitude / 4
    static let sqrtLarge = Glibc.sqrt(large)
    static let logLarge = Glibc.log(large)
    static let sqrtMinNormal = Glibc.sqrt(Double.leastNormalMagnitude)
    static let ln2 = 0.6931471805599453
    static let ln10 = 2.302585092994046
    static let e = 2.718281828459045
    static let mantissaDigits: Int32 = 53
    /// 2**scaleUp makes a subnormal normal; it is odd, and scaleDown = -(scaleUp+1)/2,
    /// so a square root of the scaled value scales back by a power of two.
    static let scaleUp: Int32 = 53, scaleDown: Int32 = -27

    static func complex(_ real: Double, _ imag: Double) -> Py_complex { Py_complex(real: real, imag: imag) }

    /// i*z, the argument of the hyperbolic function that gives a circular one.
    static func timesI(_ z: Py_complex) -> Py_complex { complex(-z.imag, z.real) }

    /// -i*z, turning the hyperbolic function's result back.
    static func timesMinusI(_ o: Outcome) -> Outcome { (complex(o.value.imag, -o.value.real), o.failure) }

    static func acos(_ z: Py_complex) -> Outcome {
        if let s = special(z, CMathSpecialValues.acos) { return (s, nil) }
        if z.real.magnitude > large || z.imag.magnitude > large {
            return (complex(atan2(z.imag.magnitude, z.real),
                            -copysign(Glibc.log(hypot(z.real / 2, z.imag / 2)) + 2 * ln2, z.imag)), nil)
        }
        let s1 = sqrt(complex(1 - z.real, -z.imag)).value
        let s2 = sqrt(complex(1 + z.real, z.imag)).value
        return (complex(2 * atan2(s1.real, s2.real), Glibc.asinh(s2.real * s1.imag - s2.imag * s1.real)), nil)
    }

    static func acosh(_ z: Py_complex) -> Outcome {
        if let s = special(z, CMathSpecialValues.acosh) { return (s, nil) }
        if z.real.magnitude > large || z.imag.magnitude > large {
            return (complex(Glibc.log(hypot(z.real / 2, z.imag / 2)) + 2 * ln2, atan2(z.imag, z.real)), nil)
        }
        let s1 = sqrt(complex(z.real - 1, z.imag)).value
        let s2 = sqrt(complex(z.real + 1, z.imag)).value
        return (complex(Glibc.asinh(s1.real * s2.real + s1.imag * s2.imag), 2 * atan2(s1.imag, s2.real)), nil)
    }

    static func asin(_ z: Py_complex) -> Outcome { timesMinusI(asinh(timesI(z))) }

    static func asinh(_ z: Py_complex) -> Outcome {
        if let s = special(z, CMathSpecialValues.asinh) { return (s, nil) }
        if z.real.magnitude > large || z.imag.magnitude > large {
            let magnitude = Glibc.log(hypot(z.real / 2, z.imag / 2)) + 2 * ln2
            let real = z.imag >= 0 ? copysign(magnitude, z.real) : -copysign(magnitude, -z.real)
            return (complex(real, atan2(z.imag, z.real.magnitude)), nil)
        }
        let s1 = sqrt(complex(1 + z.imag, -z.real)).value
        let s2 = sqrt(complex(1 - z.imag, z.real)).value
        return (complex(Glibc.asinh(s1.real * s2.imag - s2.real * s1.imag),
                        atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag)), nil)
    }

    static func atan(_ z: Py_complex) -> Outcome { timesMinusI(atanh(timesI(z))) }

    static func atanh(_ z: Py_complex) -> Outcome {
        if let s = special(z, CMathSpecialValues.atanh) { return (s, nil) }
        // atanh(-z) = -atanh(z), so only a non-negative real part is worked out.
        if z.real < 0 {
            let r = atanh(ComplexOps.negative(z))
            return (ComplexOps.negative(r.value), r.failure)
        }
        let ay = z.imag.magnitude
        if z.real > sqrtLarge || ay > sqrtLarge {
            // For large |z|, atanh(z) is about 1/z ± i*pi/2.
            let h = hypot(z.real / 2, z.imag / 2)
            return (complex(z.real / 4 / h / h, copysign(Double.pi / 2, z.imag)), nil)
        }
        if z.real == 1 && ay < sqrtMinNormal {
            if ay == 0 { return (complex(.infinity, z.imag), .domain) }
            return (complex(-Glibc.log(Glibc.sqrt(ay) / Glibc.sqrt(hypot(ay, 2))), copysign(atan2(2, -ay) / 2, z.imag)), nil)
        }
        return (complex(log1p(4 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4,
                        -atan2(-2 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2), nil)
    }

    static func cos(_ z: Py_complex) -> Outcome { cosh(timesI(z)) }

    static func cosh(_ z: Py_complex) -> Outcome { hyperbolic(z, odd: false, CMathSpecialValues.cosh) }

    static func sinh(_ z: Py_complex) -> Outcome { hyperbolic(z, odd: true, CMathSpecialValues.sinh) }

    /// cosh(x+iy) = cosh(x)cos(y) + i sinh(x)sin(y); sinh (`odd`) swaps cosh(x) and sinh(x).
    static func hyperbolic(_ z: Py_complex, odd: Bool, _ table: CMathSpecialValues.Table) -> Outcome {
        let (realFactor, imagFactor): ((Double) -> Double, (Double) -> Double) = odd ? (Glibc.sinh, Glibc.cosh) : (Glibc.cosh, Glibc.sinh)
        if !z.real.isFinite || !z.imag.isFinite {
            var r: Py_complex
            if z.real.isInfinite && z.imag.isFinite && z.imag != 0 {
                // The sign of x = ±inf shows in the part that has sinh(x).
                let sign: Double = z.real > 0 ? 1 : -1
                r = complex((odd ? sign : 1) * copysign(.infinity, Glibc.cos(z.imag)),
                            (odd ? 1 : sign) * copysign(.infinity, Glibc.sin(z.imag)))
            } else {
                r = special(z, table)!
            }
            return (r, z.imag.isInfinite && !z.real.isNaN ? .domain : nil)
        }
        var r: Py_complex
        if z.real.magnitude > logLarge {
            // cosh(x) and sinh(x) overflow where the product with cos(y) or sin(y) may
            // not: take one factor e out.
            let reduced = z.real - copysign(1, z.real)
            r = complex(Glibc.cos(z.imag) * realFactor(reduced) * e, Glibc.sin(z.imag) * imagFactor(reduced) * e)
        } else {
            r = complex(Glibc.cos(z.imag) * realFactor(z.real), Glibc.sin(z.imag) * imagFactor(z.real))
        }
        return (r, r.real.isInfinite || r.imag.isInfinite ? .range : nil)
    }

    static func exp(_ z: Py_complex) -> Outcome {
        if !z.real.isFinite || !z.imag.isFinite {
            var r: Py_complex
            if z.real.isInfinite && z.imag.isFinite && z.imag != 0 {
                let magnitude: Double = z.real > 0 ? .infinity : 0
                r = complex(copysign(magnitude, Glibc.cos(z.imag)), copysign(magnitude, Glibc.sin(z.imag)))
            } else {
                r = special(z, CMathSpecialValues.exp)!
            }
            let domain = z.imag.isInfinite && (z.real.isFinite || z.real == .infinity)
            return (r, domain ? .domain : nil)
        }
        var r: Py_complex
        if z.real > logLarge {
            let l = Glibc.exp(z.real - 1)
            r = complex(l * Glibc.cos(z.imag) * e, l * Glibc.sin(z.imag) * e)
        } else {
            let l = Glibc.exp(z.real)
            r = complex(l * Glibc.cos(z.imag), l * Glibc.sin(z.imag))
        }
        return (r, r.real.isInfinite || r.imag.isInfinite ? .range : nil)
    }

    static func log(_ z: Py_complex) -> Outcome {
        if let s = special(z, CMathSpecialValues.log) { return (s, nil) }
        let ax = z.real.magnitude, ay = z.imag.magnitude
        let real: Double
        if ax > large || ay > large {
            real = Glibc.log(hypot(ax / 2, ay / 2)) + ln2
        } else if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            if ax == 0 && ay == 0 { return (complex(-.infinity, atan2(z.imag, z.real)), .domain) }
            // hypot of subnormals is imprecise: scale them up first.
            real = Glibc.log(hypot(scalbn(ax, mantissaDigits), scalbn(ay, mantissaDigits))) - Double(mantissaDigits) * ln2
        } else {
            let h = hypot(ax, ay)
            if 0.71 <= h && h <= 1.73 {
                // Near |z| = 1, log(h) loses digits that log1p keeps.
                let larger = Swift.max(ax, ay), smaller = Swift.min(ax, ay)
                real = log1p((larger - 1) * (larger + 1) + smaller * smaller) / 2
            } else {
                real = Glibc.log(h)
            }
        }
        return (complex(real, atan2(z.imag, z.real)), nil)
    }

    static func log10(_ z: Py_complex) -> Outcome {
        let r = log(z)
        return (complex(r.value.real / ln10, r.value.imag / ln10), r.failure)
    }

    static func sin(_ z: Py_complex) -> Outcome { timesMinusI(sinh(timesI(z))) }

    /// With x, y the magnitudes of the parts, the root's parts are s = sqrt((x + |z|)/2)
    /// and y/(2s), computed as 2*sqrt(x/8 + hypot(x/8, y/8)) so nothing overflows.
    static func sqrt(_ z: Py_complex) -> Outcome {
        if let s = special(z, CMathSpecialValues.sqrt) { return (s, nil) }
        if z.real == 0 && z.imag == 0 { return (complex(0, z.imag), nil) }
        var ax = z.real.magnitude
        let ay = z.imag.magnitude
        let s: Double
        if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            ax = scalbn(ax, scaleUp)
            s = scalbn(Glibc.sqrt(ax + hypot(ax, scalbn(ay, scaleUp))), scaleDown)
        } else {
            ax /= 8
            s = 2 * Glibc.sqrt(ax + hypot(ax, ay / 8))
        }
        let d = ay / (2 * s)
        return (z.real >= 0 ? complex(s, copysign(d, z.imag)) : complex(d, copysign(s, z.imag)), nil)
    }

    static func tan(_ z: Py_complex) -> Outcome { timesMinusI(tanh(timesI(z))) }

    /// tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1+tan(y)^2 tanh(x)^2),
    /// with 1-tanh(x)^2 as 1/cosh(x)^2, and about 4exp(-2|x|) when cosh(x) would overflow.
    static func tanh(_ z: Py_complex) -> Outcome {
        if !z.real.isFinite || !z.imag.isFinite {
            var r: Py_complex
            if z.real.isInfinite && z.imag.isFinite && z.imag != 0 {
                r = complex(z.real > 0 ? 1 : -1, copysign(0, 2 * Glibc.sin(z.imag) * Glibc.cos(z.imag)))
            } else {
                r = special(z, CMathSpecialValues.tanh)!
            }
            return (r, z.imag.isInfinite && z.real.isFinite ? .domain : nil)
        }
        if z.real.magnitude > logLarge {
            return (complex(copysign(1, z.real), 4 * Glibc.sin(z.imag) * Glibc.cos(z.imag) * Glibc.exp(-2 * z.real.magnitude)), nil)
        }
        let tx = Glibc.tanh(z.real), ty = Glibc.tan(z.imag), cx = 1 / Glibc.cosh(z.real)
        let txty = tx * ty
        let denominator = 1 + txty * txty
        return (complex(tx * (1 + ty * ty) / denominator, ((ty / denominator) * cx) * cx), nil)
    }

    /// `rect(r, phi)`: like exp(log(r) + i*phi) for a positive-signed r, its negative
    /// for a negative-signed one.
    static func rect(_ r: Double, _ phi: Double) -> Outcome {
        if !r.isFinite || !phi.isFinite {
            var z: Py_complex
            if r.isInfinite && phi.isFinite && phi != 0 {
                let sign: Double = r > 0 ? 1 : -1
                z = complex(sign * copysign(.infinity, Glibc.cos(phi)), sign * copysign(.infinity, Glibc.sin(phi)))
            } else {
                let (real, imag) = CMathSpecialValues.rect[kind(r).rawValue][kind(phi).rawValue]
                z = complex(real, imag)
            }
            return (z, r != 0 && !r.isNaN && phi.isInfinite ? .domain : nil)
        }
        // r*sin(0) would be right too, but some libms get the sign of sin(-0.0) wrong.
        if phi == 0 { return (complex(r, r * phi), nil) }
        return (complex(r * Glibc.cos(phi), r * Glibc.sin(phi)), nil)
    }
}
