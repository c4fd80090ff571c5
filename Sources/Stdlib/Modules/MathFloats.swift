import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `math`'s functions on the parts of floats (fmod, remainder, modf, frexp, ldexp,
/// nextafter, ulp) and `isclose`, with CPython 3.11's special cases and messages.
enum MathFloats {
    static let functions: [MethodSpec] = [
        MethodSpec("fmod", doc: "fmod($module, x, y, /)\n--\n\nReturn fmod(x, y), according to platform C.\n\nx % y may differ.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let (x, y) = try MathModule.binaryArguments(args, "fmod")
                // fmod(x, ±inf) is x for finite x.
                if y.isInfinite && x.isFinite { return FloatObject.make(x) }
                let r = Glibc.fmod(x, y)
                if r.isNaN && !x.isNaN && !y.isNaN { throw PyException.valueError("math domain error") }
                return FloatObject.make(r)
            }
        },
        MethodSpec("remainder", doc: "remainder($module, x, y, /)\n--\n\nDifference between x and the closest integer multiple of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y.\nIn the case where x is exactly halfway between two multiples of\ny, the nearest even value of n is used. The result is always exact.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let (x, y) = try MathModule.binaryArguments(args, "remainder")
                let r = MathFloats.remainder(x, y)
                if r.isNaN && !x.isNaN && !y.isNaN { throw PyException.valueError("math domain error") }
                return FloatObject.make(r)
            }
        },
        MethodSpec("modf", doc: "modf($module, x, /)\n--\n\nReturn the fractional and integer parts of x.\n\nBoth results carry the sign of x and are floats.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let x = try NativeModule.double(try args.one("math.modf"), "modf")
                if x.isInfinite { return MathFloats.pair(Glibc.copysign(0, x), x) }
                if x.isNaN { return MathFloats.pair(x, x) }
                var whole = 0.0
                let fraction = Glibc.modf(x, &whole)
                return MathFloats.pair(fraction, whole)
            }
        },
        MethodSpec("frexp", doc: "frexp($module, x, /)\n--\n\nReturn the mantissa and exponent of x, as pair (m, e).\n\nm is a float and e is an int, such that x = m * 2.**e.\nIf x is 0, m and e are both 0.  Else 0.5 <= abs(m) < 1.0.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let x = try NativeModule.double(try args.one("math.frexp"), "frexp")
                if !x.isFinite || x == 0 { return Tuple.make(FloatObject.make(x), IntObject.make(0)) }
                var exponent: Int32 = 0
                let mantissa = FloatObject.make(Glibc.frexp(x, &exponent))
                return Tuple.make(mantissa, IntObject.make(Int(exponent)))
            }
        },
        MethodSpec("ldexp", doc: "ldexp($module, x, i, /)\n--\n\nReturn x * (2**i).\n\nThis is essentially the inverse of frexp().") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try MathFloats.ldexp(args) } },
        MethodSpec("nextafter", doc: "nextafter($module, x, y, /)\n--\n\nReturn the next floating-point value after x towards y.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let (x, y) = try MathModule.binaryArguments(args, "nextafter")
                return FloatObject.make(Glibc.nextafter(x, y))
            }
        },
        MethodSpec("ulp", doc: "ulp($module, x, /)\n--\n\nReturn the value of the least significant bit of the float x.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let x = abs(try NativeModule.double(try args.one("math.ulp"), "ulp"))
                if !x.isFinite { return FloatObject.make(x) }
                let up = Glibc.nextafter(x, .infinity)
                // The largest float has no next one up: use the gap below it.
                return FloatObject.make(up.isInfinite ? x - Glibc.nextafter(x, -.infinity) : up - x)
            }
        },
        MethodSpec("isclose", doc: "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\nDetermine whether two floating point numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them\nmust be smaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard.  That\nis, NaN is not close to anything, even itself.  inf and -inf are\nonly close to themselves.") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try MathFloats.isClose(args) } },
        MethodSpec("fsum", doc: "fsum($module, seq, /)\n--\n\nReturn an accurate floating point sum of values in the iterable seq.\n\nAssumes IEEE-754 floating point arithmetic.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try MathSums.fsum(try args.one("math.fsum")) }
        },
        MethodSpec("hypot", doc: "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin to a point.\n\nRoughly equivalent to:\n    sqrt(sum(x**2 for x in coordinates))\n\nFor a two dimensional point (x, y), gives the hypotenuse\nusing the Pythagorean theorem:  sqrt(x*x + y*y).\n\nFor example, the hypotenuse of a 3/4/5 right triangle is:\n\n    >>> hypot(3.0, 4.0)\n    5.0\n") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try MathSums.hypot(args) } },
        MethodSpec("dist", doc: "dist($module, p, q, /)\n--\n\nReturn the Euclidean distance between two points p and q.\n\nThe points should be specified as sequences (or iterables) of\ncoordinates.  Both inputs must have the same dimension.\n\nRoughly equivalent to:\n    sqrt(sum((px - qx) ** 2.0 for px, qx in zip(p, q)))") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try MathSums.dist(args) } },
    ]

    /// A tuple of two new floats; the first is made into a local before the second is
    /// allocated.
    static func pair(_ a: Double, _ b: Double) -> Value {
        let first = FloatObject.make(a)
        return Tuple.make(first, FloatObject.make(b))
    }

    /// IEEE 754 remainder: x - n*y for the integer n nearest x/y, ties to even; exact.
    static func remainder(_ x: Double, _ y: Double) -> Double {
        if x.isNaN { return x }
        if y.isNaN { return y }
        if x.isInfinite || y == 0 { return .nan }
        if y.isInfinite { return x }
        let absY = abs(y)
        let m = Glibc.fmod(abs(x), absY)
        // Compare m with absY - m rather than with absY / 2, which may be inexact for
        // tiny absY; absY - m is exact whenever the comparison matters.
        let c = absY - m
        let r: Double
        if m < c {
            r = m
        } else if m > c {
            r = -c
        } else {
            // A tie: m for an even multiple, -m for an odd one.
            r = m - 2 * Glibc.fmod(0.5 * (abs(x) - m), absY)
        }
        return Glibc.copysign(1, x) * r
    }

    /// `ldexp(x, i)`: an exponent beyond a C int overflows or underflows outright.
    static func ldexp(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("math.ldexp")
        try args.positional("ldexp", min: 2, max: 2)
        let x = try NativeModule.double(args[0], "ldexp")
        let i = args[1]
        guard IntObject.check(i) else { throw PyException.typeError("Expected an int as second argument to ldexp.") }
        let exponent = IntObject.machineValue(i) ?? (IntObject.sign(i) < 0 ? Int.min : Int.max)
        let r: Double
        if x == 0 || !x.isFinite {
            r = x
        } else if exponent > Int(Int32.max) {
            r = Glibc.copysign(.infinity, x)
        } else if exponent < Int(Int32.min) {
            r = Glibc.copysign(0, x)
        } else {
            r = Glibc.ldexp(x, Int32(exponent))
        }
        if r.isInfinite && x.isFinite { throw PyException.overflowError("math range error") }
        return FloatObject.make(r)
    }

    /// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
    static func isClose(_ args: Arguments) throws(PyException) -> Value {
        if args.count > 2 {
            throw PyException.typeError("isclose() takes exactly 2 positional arguments (\(args.count) given)")
        }
        let p = try args.parse("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2)
        let a = try NativeModule.double(p[0]!, "isclose"), b = try NativeModule.double(p[1]!, "isclose")
        let relative = try p[2].map { v throws(PyException) in try NativeModule.double(v, "isclose") } ?? 1e-09
        let absolute = try p[3].map { v throws(PyException) in try NativeModule.double(v, "isclose") } ?? 0
        if relative < 0 || absolute < 0 { throw PyException.valueError("tolerances must be non-negative") }
        // Exact equality catches two equal infinities; any other infinity is far.
        if a == b { return .bool(true) }
        if a.isInfinite || b.isInfinite { return .bool(false) }
        let difference = abs(b - a)
        return .bool(difference <= abs(relative * b) || difference <= abs(relative * a) || difference <= absolute)
    }
}
