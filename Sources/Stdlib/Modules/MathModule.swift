import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The `math` module's float functions (the ones programs and benchmarks use most),
/// with CPython's domain and range errors.
enum MathModule {
    /// `f(x)` with CPython's rule: a NaN from a non-NaN is a domain error, an infinity
    /// from a finite argument a range error.
    static func unary(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String,
                      _ f: (Double) -> Double) -> Value {
        CBoundary.value { () throws(PyException) in
            let x = try NativeModule.double(try Arguments(a, n, k).one("math." + name), name)
            return FloatObject.make(try checked(f(x), x))
        }
    }

    static func checked(_ r: Double, _ x: Double) throws(PyException) -> Double {
        if r.isNaN && !x.isNaN { throw PyException.valueError("math domain error") }
        if r.isInfinite && x.isFinite { throw PyException.overflowError("math range error") }
        return r
    }

    static func binaryArguments(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String) throws(PyException) -> (Double, Double) {
        let args = Arguments(a, n, k)
        try args.positional(name, min: 2, max: 2)
        return (try NativeModule.double(args[0], name), try NativeModule.double(args[1], name))
    }

    /// `floor`/`ceil`/`trunc`: ints, or the type's `__floor__`/`__ceil__`/`__trunc__`.
    static func rounding(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String, _ special: String) -> Value {
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
        let m = try NativeModule.make("math", doc: "This module provides access to the mathematical functions\ndefined by the C standard.", functions: [
            MethodSpec("sqrt") { _, a, n, k in MathModule.unary(a, n, k, "sqrt", Glibc.sqrt) },
            MethodSpec("exp") { _, a, n, k in MathModule.unary(a, n, k, "exp", Glibc.exp) },
            MethodSpec("sin") { _, a, n, k in MathModule.unary(a, n, k, "sin", Glibc.sin) },
            MethodSpec("cos") { _, a, n, k in MathModule.unary(a, n, k, "cos", Glibc.cos) },
            MethodSpec("tan") { _, a, n, k in MathModule.unary(a, n, k, "tan", Glibc.tan) },
            MethodSpec("asin") { _, a, n, k in MathModule.unary(a, n, k, "asin", Glibc.asin) },
            MethodSpec("acos") { _, a, n, k in MathModule.unary(a, n, k, "acos", Glibc.acos) },
            MethodSpec("atan") { _, a, n, k in MathModule.unary(a, n, k, "atan", Glibc.atan) },
            MethodSpec("sinh") { _, a, n, k in MathModule.unary(a, n, k, "sinh", Glibc.sinh) },
            MethodSpec("cosh") { _, a, n, k in MathModule.unary(a, n, k, "cosh", Glibc.cosh) },
            MethodSpec("tanh") { _, a, n, k in MathModule.unary(a, n, k, "tanh", Glibc.tanh) },
            MethodSpec("fabs") { _, a, n, k in MathModule.unary(a, n, k, "fabs", Glibc.fabs) },
            MethodSpec("log10") { _, a, n, k in MathModule.unary(a, n, k, "log10", { x in x == 0 ? .nan : Glibc.log10(x) }) },
            MethodSpec("log2") { _, a, n, k in MathModule.unary(a, n, k, "log2", { x in x == 0 ? .nan : Glibc.log2(x) }) },
            MethodSpec("floor") { _, a, n, k in MathModule.rounding(a, n, k, "floor", "__floor__") },
            MethodSpec("ceil") { _, a, n, k in MathModule.rounding(a, n, k, "ceil", "__ceil__") },
            MethodSpec("trunc") { _, a, n, k in MathModule.rounding(a, n, k, "trunc", "__trunc__") },
            MethodSpec("log") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.noKeywords("math.log")
                    guard args.count == 1 || args.count == 2 else { throw PyException.typeError("math.log requires 1 to 2 arguments") }
                    func ln(_ v: Value) throws(PyException) -> Double {
                        let x = try NativeModule.double(v, "log")
                        guard x > 0 || x.isNaN else { throw PyException.valueError("math domain error") }
                        return Glibc.log(x)
                    }
                    let value = try ln(args[0])
                    guard let base = args.optional(1) else { return FloatObject.make(value) }
                    let lb = try ln(base)
                    guard lb != 0 else { throw PyException.zeroDivisionError("float division by zero") }
                    return FloatObject.make(value / lb)
                }
            },
            MethodSpec("pow") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let (x, y) = try MathModule.binaryArguments(a, n, k, "pow")
                    let r = Glibc.pow(x, y)
                    if r.isNaN && !x.isNaN && !y.isNaN { throw PyException.valueError("math domain error") }
                    if r.isInfinite && x.isFinite && y.isFinite {
                        if x == 0 { throw PyException.valueError("math domain error") }
                        throw PyException.overflowError("math range error")
                    }
                    return FloatObject.make(r)
                }
            },
            MethodSpec("atan2") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let (y, x) = try MathModule.binaryArguments(a, n, k, "atan2")
                    return FloatObject.make(Glibc.atan2(y, x))
                }
            },
            MethodSpec("hypot") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.noKeywords("math.hypot")
                    var values: [Double] = []
                    for i in 0..<args.count { values.append(try NativeModule.double(args[i], "hypot")) }
                    return FloatObject.make(values.reduce(0) { Glibc.hypot($0, $1) })
                }
            },
            MethodSpec("copysign") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let (x, y) = try MathModule.binaryArguments(a, n, k, "copysign")
                    return FloatObject.make(Glibc.copysign(x, y))
                }
            },
            MethodSpec("isnan") { _, a, n, k in
                CBoundary.value { () throws(PyException) in .bool(try NativeModule.double(try Arguments(a, n, k).one("math.isnan"), "isnan").isNaN) }
            },
            MethodSpec("isinf") { _, a, n, k in
                CBoundary.value { () throws(PyException) in .bool(try NativeModule.double(try Arguments(a, n, k).one("math.isinf"), "isinf").isInfinite) }
            },
            MethodSpec("isfinite") { _, a, n, k in
                CBoundary.value { () throws(PyException) in .bool(try NativeModule.double(try Arguments(a, n, k).one("math.isfinite"), "isfinite").isFinite) }
            },
            MethodSpec("radians") { _, a, n, k in MathModule.unary(a, n, k, "radians", { $0 * Double.pi / 180 }) },
            MethodSpec("degrees") { _, a, n, k in MathModule.unary(a, n, k, "degrees", { $0 * 180 / Double.pi }) },
        ])
        try NativeModule.set(m, "pi", FloatObject.make(Double.pi))
        try NativeModule.set(m, "e", FloatObject.make(M_E))
        try NativeModule.set(m, "tau", FloatObject.make(2 * Double.pi))
        try NativeModule.set(m, "inf", FloatObject.make(Double.infinity))
        try NativeModule.set(m, "nan", FloatObject.make(Double.nan))
        return m
    }
}
