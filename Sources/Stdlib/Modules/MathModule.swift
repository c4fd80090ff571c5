import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The `math` module: libm's functions with CPython's domain and range errors, and the
/// module's creation (the other functions are in MathIntegers, MathFloats, MathSums
/// and MathGamma).
enum MathModule {
    /// `f(x)` with CPython's `math_1` rule: a NaN from a non-NaN is a domain error; an
    /// infinity from a finite argument is a range error where `f` can overflow, else a
    /// singularity (a domain error).
    static func unary(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String, canOverflow: Bool = false,
                      _ f: (Double) -> Double) -> Value {
        CBoundary.value { () throws(PyException) in
            let x = try NativeModule.double(try Arguments(a, n, k).one("math." + name), name)
            let r = f(x)
            if r.isNaN && !x.isNaN { throw PyException.valueError("math domain error") }
            if r.isInfinite && x.isFinite {
                if canOverflow { throw PyException.overflowError("math range error") }
                throw PyException.valueError("math domain error")
            }
            return FloatObject.make(r)
        }
    }

    /// A logarithm as CPython's `loghelper`: an int too large for a float is taken as
    /// m * 2**e, so its log is f(m) + f(2) * e; other values are converted to floats.
    static func logarithm(_ v: Value, _ name: String, _ f: (Double) -> Double) throws(PyException) -> Double {
        if TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_LONG_SUBCLASS)) {
            guard IntObject.sign(v) > 0 else { throw PyException.valueError("math domain error") }
            // toDouble fails only when the int is beyond float's range.
            if let x = try? IntObject.toDouble(v) { return f(x) }
            let (m, e) = IntObject.frexp(v)
            return f(m) + f(2) * Double(e)
        }
        let x = try NativeModule.double(v, name)
        // Zero and negative numbers are outside the domain (libm gives -inf or NaN).
        guard x > 0 || x.isNaN else { throw PyException.valueError("math domain error") }
        return f(x)
    }

    /// `f(x)` for the functions that report their own errors (CPython's `math_1a`): a
    /// range error whose result is below 1.5 in magnitude is an underflow, not an error.
    static func reporting(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String,
                          _ f: (Double) -> (Double, MathGamma.Failure?)) -> Value {
        CBoundary.value { () throws(PyException) in
            let x = try NativeModule.double(try Arguments(a, n, k).one("math." + name), name)
            let (r, failure) = f(x)
            switch failure {
            case .domain: throw PyException.valueError("math domain error")
            case .range where abs(r) >= 1.5: throw PyException.overflowError("math range error")
            default: return FloatObject.make(r)
            }
        }
    }

    /// Two float arguments, positional only.
    static func binaryArguments(_ args: Arguments, _ name: String) throws(PyException) -> (Double, Double) {
        try args.noKeywords("math." + name)
        try args.positional(name, min: 2, max: 2)
        return (try NativeModule.double(args[0], name), try NativeModule.double(args[1], name))
    }

    /// `floor`/`ceil`/`trunc`: ints, or the type's `__floor__`/`__ceil__`/`__trunc__`.
    static func rounding(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String, _ special: StaticString) -> Value {
        CBoundary.value { () throws(PyException) in
            let v = try Arguments(a, n, k).one("math." + name)
            if let method = SlotFunctions.lookupSpecial(v, special) { return try SlotFunctions.callUnbound(method, v, []) }
            let x = try NativeModule.double(v, name)
            let r = name == "floor" ? x.rounded(.down) : name == "ceil" ? x.rounded(.up) : x.rounded(.towardZero)
            if x.isNaN { throw PyException.valueError("cannot convert float NaN to integer") }
            if x.isInfinite { throw PyException.overflowError("cannot convert float infinity to integer") }
            return try Protocols.call(Value(Krait_int_type), FloatObject.make(r))
        }
    }

    static func create() throws(PyException) -> Value {
        let m = try NativeModule.make("math", doc: "This module provides access to the mathematical functions\ndefined by the C standard.", functions: functions + MathIntegers.functions + MathFloats.functions)
        try NativeModule.set(m, "pi", FloatObject.make(Double.pi))
        try NativeModule.set(m, "e", FloatObject.make(M_E))
        try NativeModule.set(m, "tau", FloatObject.make(2 * Double.pi))
        try NativeModule.set(m, "inf", FloatObject.make(Double.infinity))
        try NativeModule.set(m, "nan", FloatObject.make(Double.nan))
        return m
    }

    static let functions: [MethodSpec] = [
        MethodSpec("asinh", doc: "asinh($module, x, /)\n--\n\nReturn the inverse hyperbolic sine of x.") { _, a, n, k in MathModule.unary(a, n, k, "asinh", Glibc.asinh) },
        MethodSpec("acosh", doc: "acosh($module, x, /)\n--\n\nReturn the inverse hyperbolic cosine of x.") { _, a, n, k in MathModule.unary(a, n, k, "acosh", Glibc.acosh) },
        MethodSpec("atanh", doc: "atanh($module, x, /)\n--\n\nReturn the inverse hyperbolic tangent of x.") { _, a, n, k in MathModule.unary(a, n, k, "atanh", Glibc.atanh) },
        MethodSpec("cbrt", doc: "cbrt($module, x, /)\n--\n\nReturn the cube root of x.") { _, a, n, k in MathModule.unary(a, n, k, "cbrt", Glibc.cbrt) },
        MethodSpec("exp2", doc: "exp2($module, x, /)\n--\n\nReturn 2 raised to the power of x.") { _, a, n, k in MathModule.unary(a, n, k, "exp2", canOverflow: true, Glibc.exp2) },
        MethodSpec("expm1", doc: "expm1($module, x, /)\n--\n\nReturn exp(x)-1.\n\nThis function avoids the loss of precision involved in the direct evaluation of exp(x)-1 for small x.") { _, a, n, k in MathModule.unary(a, n, k, "expm1", canOverflow: true, Glibc.expm1) },
        // log1p(-0.0) is -0.0 on every platform.
        MethodSpec("log1p", doc: "log1p($module, x, /)\n--\n\nReturn the natural logarithm of 1+x (base e).\n\nThe result is computed in a way which is accurate for x near zero.") { _, a, n, k in MathModule.unary(a, n, k, "log1p", { x in x == 0 ? x : Glibc.log1p(x) }) },
        // glibc's erf and erfc are what CPython 3.11 calls on Linux (HAVE_ERF).
        MethodSpec("erf", doc: "erf($module, x, /)\n--\n\nError function at x.") { _, a, n, k in MathModule.unary(a, n, k, "erf", Glibc.erf) },
        MethodSpec("erfc", doc: "erfc($module, x, /)\n--\n\nComplementary error function at x.") { _, a, n, k in MathModule.unary(a, n, k, "erfc", Glibc.erfc) },
        MethodSpec("gamma", doc: "gamma($module, x, /)\n--\n\nGamma function at x.") { _, a, n, k in MathModule.reporting(a, n, k, "gamma", MathGamma.gamma) },
        MethodSpec("lgamma", doc: "lgamma($module, x, /)\n--\n\nNatural logarithm of absolute value of Gamma function at x.") { _, a, n, k in MathModule.reporting(a, n, k, "lgamma", MathGamma.lgamma) },
        MethodSpec("sqrt", doc: "sqrt($module, x, /)\n--\n\nReturn the square root of x.") { _, a, n, k in MathModule.unary(a, n, k, "sqrt", Glibc.sqrt) },
        MethodSpec("exp", doc: "exp($module, x, /)\n--\n\nReturn e raised to the power of x.") { _, a, n, k in MathModule.unary(a, n, k, "exp", canOverflow: true, Glibc.exp) },
        MethodSpec("sin", doc: "sin($module, x, /)\n--\n\nReturn the sine of x (measured in radians).") { _, a, n, k in MathModule.unary(a, n, k, "sin", Glibc.sin) },
        MethodSpec("cos", doc: "cos($module, x, /)\n--\n\nReturn the cosine of x (measured in radians).") { _, a, n, k in MathModule.unary(a, n, k, "cos", Glibc.cos) },
        MethodSpec("tan", doc: "tan($module, x, /)\n--\n\nReturn the tangent of x (measured in radians).") { _, a, n, k in MathModule.unary(a, n, k, "tan", Glibc.tan) },
        MethodSpec("asin", doc: "asin($module, x, /)\n--\n\nReturn the arc sine (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.") { _, a, n, k in MathModule.unary(a, n, k, "asin", Glibc.asin) },
        MethodSpec("acos", doc: "acos($module, x, /)\n--\n\nReturn the arc cosine (measured in radians) of x.\n\nThe result is between 0 and pi.") { _, a, n, k in MathModule.unary(a, n, k, "acos", Glibc.acos) },
        MethodSpec("atan", doc: "atan($module, x, /)\n--\n\nReturn the arc tangent (measured in radians) of x.\n\nThe result is between -pi/2 and pi/2.") { _, a, n, k in MathModule.unary(a, n, k, "atan", Glibc.atan) },
        MethodSpec("sinh", doc: "sinh($module, x, /)\n--\n\nReturn the hyperbolic sine of x.") { _, a, n, k in MathModule.unary(a, n, k, "sinh", canOverflow: true, Glibc.sinh) },
        MethodSpec("cosh", doc: "cosh($module, x, /)\n--\n\nReturn the hyperbolic cosine of x.") { _, a, n, k in MathModule.unary(a, n, k, "cosh", canOverflow: true, Glibc.cosh) },
        MethodSpec("tanh", doc: "tanh($module, x, /)\n--\n\nReturn the hyperbolic tangent of x.") { _, a, n, k in MathModule.unary(a, n, k, "tanh", Glibc.tanh) },
        MethodSpec("fabs", doc: "fabs($module, x, /)\n--\n\nReturn the absolute value of the float x.") { _, a, n, k in MathModule.unary(a, n, k, "fabs", Glibc.fabs) },
        MethodSpec("log10", doc: "log10($module, x, /)\n--\n\nReturn the base 10 logarithm of x.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                FloatObject.make(try MathModule.logarithm(try Arguments(a, n, k).one("math.log10"), "log10", Glibc.log10))
            }
        },
        MethodSpec("log2", doc: "log2($module, x, /)\n--\n\nReturn the base 2 logarithm of x.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                FloatObject.make(try MathModule.logarithm(try Arguments(a, n, k).one("math.log2"), "log2", Glibc.log2))
            }
        },
        MethodSpec("floor", doc: "floor($module, x, /)\n--\n\nReturn the floor of x as an Integral.\n\nThis is the largest integer <= x.") { _, a, n, k in MathModule.rounding(a, n, k, "floor", "__floor__") },
        MethodSpec("ceil", doc: "ceil($module, x, /)\n--\n\nReturn the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.") { _, a, n, k in MathModule.rounding(a, n, k, "ceil", "__ceil__") },
        MethodSpec("trunc", doc: "trunc($module, x, /)\n--\n\nTruncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.") { _, a, n, k in MathModule.rounding(a, n, k, "trunc", "__trunc__") },
        MethodSpec("log", doc: "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\nIf the base not specified, returns the natural logarithm (base e) of x.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.noKeywords("log")
                guard args.count == 1 || args.count == 2 else { throw PyException.typeError("math.log requires 1 to 2 arguments") }
                let value = try MathModule.logarithm(args[0], "log", Glibc.log)
                guard let base = args.optional(1) else { return FloatObject.make(value) }
                let lb = try MathModule.logarithm(base, "log", Glibc.log)
                guard lb != 0 else { throw PyException.zeroDivisionError("float division by zero") }
                return FloatObject.make(value / lb)
            }
        },
        MethodSpec("pow", doc: "pow($module, x, y, /)\n--\n\nReturn x**y (x to the power of y).") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try MathModule.binaryArguments(Arguments(a, n, k), "pow")
                let r = Glibc.pow(x, y)
                if r.isNaN && !x.isNaN && !y.isNaN { throw PyException.valueError("math domain error") }
                if r.isInfinite && x.isFinite && y.isFinite {
                    if x == 0 { throw PyException.valueError("math domain error") }
                    throw PyException.overflowError("math range error")
                }
                return FloatObject.make(r)
            }
        },
        MethodSpec("atan2", doc: "atan2($module, y, x, /)\n--\n\nReturn the arc tangent (measured in radians) of y/x.\n\nUnlike atan(y/x), the signs of both x and y are considered.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (y, x) = try MathModule.binaryArguments(Arguments(a, n, k), "atan2")
                return FloatObject.make(Glibc.atan2(y, x))
            }
        },
        MethodSpec("copysign", doc: "copysign($module, x, y, /)\n--\n\nReturn a float with the magnitude (absolute value) of x but the sign of y.\n\nOn platforms that support signed zeros, copysign(1.0, -0.0)\nreturns -1.0.\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try MathModule.binaryArguments(Arguments(a, n, k), "copysign")
                return FloatObject.make(Glibc.copysign(x, y))
            }
        },
        MethodSpec("isnan", doc: "isnan($module, x, /)\n--\n\nReturn True if x is a NaN (not a number), and False otherwise.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in .bool(try NativeModule.double(try Arguments(a, n, k).one("math.isnan"), "isnan").isNaN) }
        },
        MethodSpec("isinf", doc: "isinf($module, x, /)\n--\n\nReturn True if x is a positive or negative infinity, and False otherwise.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in .bool(try NativeModule.double(try Arguments(a, n, k).one("math.isinf"), "isinf").isInfinite) }
        },
        MethodSpec("isfinite", doc: "isfinite($module, x, /)\n--\n\nReturn True if x is neither an infinity nor a NaN, and False otherwise.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in .bool(try NativeModule.double(try Arguments(a, n, k).one("math.isfinite"), "isfinite").isFinite) }
        },
        MethodSpec("radians", doc: "radians($module, x, /)\n--\n\nConvert angle x from degrees to radians.") { _, a, n, k in MathModule.unary(a, n, k, "radians", { $0 * Double.pi / 180 }) },
        MethodSpec("degrees", doc: "degrees($module, x, /)\n--\n\nConvert angle x from radians to degrees.") { _, a, n, k in MathModule.unary(a, n, k, "degrees", { $0 * 180 / Double.pi }) },
    ]
}
