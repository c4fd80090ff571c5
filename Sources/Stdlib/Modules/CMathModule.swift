import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The `cmath` module: CMath's functions with CPython's argument handling and errors.
enum CMathModule {
    /// An argument as CPython's `PyComplex_AsCComplex`: a complex, `__complex__`, or a
    /// real number (`__float__`, `__index__`) as the real part.
    static func complexArgument(_ v: Value) throws(PyException) -> Py_complex {
        if ComplexObject.check(v) { return ComplexObject.value(v) }
        if let converted = try ComplexConstructor.special(v) { return ComplexObject.value(converted) }
        return Py_complex(real: try NativeModule.double(v, ""), imag: 0)
    }

    static func result(_ outcome: CMath.Outcome) throws(PyException) -> Value {
        switch outcome.failure {
        case .domain: throw PyException.valueError("math domain error")
        case .range: throw PyException.overflowError("math range error")
        case nil: return ComplexObject.make(outcome.value)
        }
    }

    static func unary(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String,
                      _ f: (Py_complex) -> CMath.Outcome) -> Value {
        CBoundary.value { () throws(PyException) in
            try result(f(try complexArgument(try Arguments(a, n, k).one("cmath." + name))))
        }
    }

    /// A one-argument function of the parts that returns something other than a complex.
    static func inspect(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String,
                        _ f: (Py_complex) throws(PyException) -> Value) -> Value {
        CBoundary.value { () throws(PyException) in
            try f(try complexArgument(try Arguments(a, n, k).one("cmath." + name)))
        }
    }

    /// `log(z[, base])`: log(z)/log(base). As in CPython, an error of log(z) is
    /// forgotten once log(base) succeeds; dividing by log(1) is a domain error.
    static func log(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("cmath.log")
        try args.positional("log", min: 1, max: 2)
        var r = CMath.log(try complexArgument(args[0]))
        if let baseArgument = args.optional(1) {
            let base = CMath.log(try complexArgument(baseArgument))
            r.failure = base.failure
            if let q = ComplexOps.quotient(r.value, base.value) { r.value = q } else { r.failure = .domain }
        }
        return try result(r)
    }

    /// `phase(z)`: glibc's atan2 reports an underflow to zero through errno, which
    /// CPython turns into OverflowError.
    static func phase(_ z: Py_complex) throws(PyException) -> Value {
        let phi = atan2(z.imag, z.real)
        if phi == 0 && z.imag != 0 && z.real.isFinite { throw PyException.overflowError("math range error") }
        return FloatObject.make(phi)
    }

    static func polar(_ z: Py_complex) throws(PyException) -> Value {
        let phi = atan2(z.imag, z.real)
        let (r, overflow) = ComplexOps.magnitude(z)
        if overflow { throw PyException.overflowError("math range error") }
        let modulus = FloatObject.make(r)
        return Tuple.make(modulus, FloatObject.make(phi))
    }

    /// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
    static func isClose(_ args: Arguments) throws(PyException) -> Value {
        if args.count > 2 {
            throw PyException.typeError("isclose() takes exactly 2 positional arguments (\(args.count) given)")
        }
        let p = try args.parse("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2)
        let a = try complexArgument(p[0]!), b = try complexArgument(p[1]!)
        let relative = try p[2].map { v throws(PyException) in try NativeModule.double(v, "") } ?? 1e-09
        let absolute = try p[3].map { v throws(PyException) in try NativeModule.double(v, "") } ?? 0
        if relative < 0 || absolute < 0 { throw PyException.valueError("tolerances must be non-negative") }
        // Exact equality catches two equal infinities; any other infinity is far.
        if a.real == b.real && a.imag == b.imag { return .true }
        if a.real.isInfinite || a.imag.isInfinite || b.real.isInfinite || b.imag.isInfinite { return .false }
        let difference = ComplexOps.magnitude(ComplexOps.difference(a, b)).value
        return .bool(difference <= relative * ComplexOps.magnitude(b).value
            || difference <= relative * ComplexOps.magnitude(a).value || difference <= absolute)
    }

    static func create() throws(PyException) -> Value {
        let m = try NativeModule.make("cmath", doc: "This module provides access to mathematical functions for complex\nnumbers.", functions: [
            MethodSpec("acos", doc: "acos($module, z, /)\n--\n\nReturn the arc cosine of z.") { _, a, n, k in CMathModule.unary(a, n, k, "acos", CMath.acos) },
            MethodSpec("acosh", doc: "acosh($module, z, /)\n--\n\nReturn the inverse hyperbolic cosine of z.") { _, a, n, k in CMathModule.unary(a, n, k, "acosh", CMath.acosh) },
            MethodSpec("asin", doc: "asin($module, z, /)\n--\n\nReturn the arc sine of z.") { _, a, n, k in CMathModule.unary(a, n, k, "asin", CMath.asin) },
            MethodSpec("asinh", doc: "asinh($module, z, /)\n--\n\nReturn the inverse hyperbolic sine of z.") { _, a, n, k in CMathModule.unary(a, n, k, "asinh", CMath.asinh) },
            MethodSpec("atan", doc: "atan($module, z, /)\n--\n\nReturn the arc tangent of z.") { _, a, n, k in CMathModule.unary(a, n, k, "atan", CMath.atan) },
            MethodSpec("atanh", doc: "atanh($module, z, /)\n--\n\nReturn the inverse hyperbolic tangent of z.") { _, a, n, k in CMathModule.unary(a, n, k, "atanh", CMath.atanh) },
            MethodSpec("cos", doc: "cos($module, z, /)\n--\n\nReturn the cosine of z.") { _, a, n, k in CMathModule.unary(a, n, k, "cos", CMath.cos) },
            MethodSpec("cosh", doc: "cosh($module, z, /)\n--\n\nReturn the hyperbolic cosine of z.") { _, a, n, k in CMathModule.unary(a, n, k, "cosh", CMath.cosh) },
            MethodSpec("exp", doc: "exp($module, z, /)\n--\n\nReturn the exponential value e**z.") { _, a, n, k in CMathModule.unary(a, n, k, "exp", CMath.exp) },
            MethodSpec("isclose", doc: "isclose($module, /, a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\nDetermine whether two complex numbers are close in value.\n\n  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\nReturn True if a is close in value to b, and False otherwise.\n\nFor the values to be considered close, the difference between them must be\nsmaller than at least one of the tolerances.\n\n-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\nnot close to anything, even itself. inf and -inf are only close to themselves.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try CMathModule.isClose(args) }
            },
            MethodSpec("isfinite", doc: "isfinite($module, z, /)\n--\n\nReturn True if both the real and imaginary parts of z are finite, else False.") { _, a, n, k in
                CMathModule.inspect(a, n, k, "isfinite") { z in .bool(z.real.isFinite && z.imag.isFinite) }
            },
            MethodSpec("isinf", doc: "isinf($module, z, /)\n--\n\nChecks if the real or imaginary part of z is infinite.") { _, a, n, k in
                CMathModule.inspect(a, n, k, "isinf") { z in .bool(z.real.isInfinite || z.imag.isInfinite) }
            },
            MethodSpec("isnan", doc: "isnan($module, z, /)\n--\n\nChecks if the real or imaginary part of z not a number (NaN).") { _, a, n, k in
                CMathModule.inspect(a, n, k, "isnan") { z in .bool(z.real.isNaN || z.imag.isNaN) }
            },
            MethodSpec("log", doc: "log($module, z, base=<unrepresentable>, /)\n--\n\nlog(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of z.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try CMathModule.log(args) }
            },
            MethodSpec("log10", doc: "log10($module, z, /)\n--\n\nReturn the base-10 logarithm of z.") { _, a, n, k in CMathModule.unary(a, n, k, "log10", CMath.log10) },
            MethodSpec("phase", doc: "phase($module, z, /)\n--\n\nReturn argument, also known as the phase angle, of a complex.") { _, a, n, k in
                CMathModule.inspect(a, n, k, "phase") { z throws(PyException) in try CMathModule.phase(z) }
            },
            MethodSpec("polar", doc: "polar($module, z, /)\n--\n\nConvert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle.") { _, a, n, k in
                CMathModule.inspect(a, n, k, "polar") { z throws(PyException) in try CMathModule.polar(z) }
            },
            MethodSpec("rect", doc: "rect($module, r, phi, /)\n--\n\nConvert from polar coordinates to rectangular coordinates.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.noKeywords("cmath.rect")
                    try args.positional("rect", min: 2, max: 2)
                    let r = try NativeModule.double(args[0], "rect"), phi = try NativeModule.double(args[1], "rect")
                    return try CMathModule.result(CMath.rect(r, phi))
                }
            },
            MethodSpec("sin", doc: "sin($module, z, /)\n--\n\nReturn the sine of z.") { _, a, n, k in CMathModule.unary(a, n, k, "sin", CMath.sin) },
            MethodSpec("sinh", doc: "sinh($module, z, /)\n--\n\nReturn the hyperbolic sine of z.") { _, a, n, k in CMathModule.unary(a, n, k, "sinh", CMath.sinh) },
            MethodSpec("sqrt", doc: "sqrt($module, z, /)\n--\n\nReturn the square root of z.") { _, a, n, k in CMathModule.unary(a, n, k, "sqrt", CMath.sqrt) },
            MethodSpec("tan", doc: "tan($module, z, /)\n--\n\nReturn the tangent of z.") { _, a, n, k in CMathModule.unary(a, n, k, "tan", CMath.tan) },
            MethodSpec("tanh", doc: "tanh($module, z, /)\n--\n\nReturn the hyperbolic tangent of z.") { _, a, n, k in CMathModule.unary(a, n, k, "tanh", CMath.tanh) },
        ])
        try NativeModule.set(m, "pi", FloatObject.make(Double.pi))
        try NativeModule.set(m, "e", FloatObject.make(CMath.e))
        try NativeModule.set(m, "tau", FloatObject.make(2 * Double.pi))
        try NativeModule.set(m, "inf", FloatObject.make(.infinity))
        try NativeModule.set(m, "infj", ComplexObject.make(0, .infinity))
        try NativeModule.set(m, "nan", FloatObject.make(.nan))
        try NativeModule.set(m, "nanj", ComplexObject.make(0, .nan))
        return m
    }
}
