import ObjectLayout
import ObjectModel

/// `math`'s integer functions (gcd, lcm, isqrt, factorial, comb, perm) and `prod`,
/// with CPython 3.11's argument handling and messages.
enum MathIntegers {
    static let functions: [MethodSpec] = [
        MethodSpec("gcd", doc: "gcd($module, *integers)\n--\n\nGreatest Common Divisor.") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try MathIntegers.gcd(args) } },
        MethodSpec("lcm", doc: "lcm($module, *integers)\n--\n\nLeast Common Multiple.") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try MathIntegers.lcm(args) } },
        MethodSpec("isqrt", doc: "isqrt($module, n, /)\n--\n\nReturn the integer part of the square root of the input.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let x = try Protocols.indexValue(try args.one("math.isqrt"))
                if IntObject.sign(x) < 0 { throw PyException.valueError("isqrt() argument must be nonnegative") }
                return try IntMath.isqrt(x)
            }
        },
        MethodSpec("factorial", doc: "factorial($module, n, /)\n--\n\nFind n!.\n\nRaise a ValueError if x is negative or non-integral.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try MathIntegers.factorial(try args.one("math.factorial")) }
        },
        MethodSpec("comb", doc: "comb($module, n, k, /)\n--\n\nNumber of ways to choose k items from n items without repetition and without order.\n\nEvaluates to n! / (k! * (n - k)!) when k <= n and evaluates\nto zero when k > n.\n\nAlso called the binomial coefficient because it is equivalent\nto the coefficient of k-th term in polynomial expansion of the\nexpression (1 + x)**n.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try MathIntegers.comb(args) } },
        MethodSpec("perm", doc: "perm($module, n, k=None, /)\n--\n\nNumber of ways to choose k items from n items without repetition and with order.\n\nEvaluates to n! / (n - k)! when k <= n and evaluates\nto zero when k > n.\n\nIf k is not specified or is None, then k defaults to n\nand the function returns n!.\n\nRaises TypeError if either of the arguments are not integers.\nRaises ValueError if either of the arguments are negative.") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try MathIntegers.perm(args) } },
        MethodSpec("prod", doc: "prod($module, iterable, /, *, start=1)\n--\n\nCalculate the product of all the elements in the input iterable.\n\nThe default start value for the product is 1.\n\nWhen the iterable is empty, return the start value.  This function is\nintended specifically for use with numeric values and may reject\nnon-numeric types.") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try MathIntegers.prod(args) } },
    ]

    /// `PyNumber_Index`: an exact int.
    static func index(_ v: Value) throws(PyException) -> Value { IntObject.exact(try Protocols.indexValue(v)) }

    static func gcd(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("math.gcd")
        if args.count == 0 { return IntObject.make(0) }
        var result = try index(args[0])
        if args.count == 1 { return IntOps.absolute(result) }
        for i in 1..<args.count {
            let x = try index(args[i])
            // Once the gcd is 1 the remaining arguments are only checked.
            if result == IntObject.make(1) { continue }
            result = try IntMath.gcd(result, x)
        }
        return result
    }

    static func lcm(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("math.lcm")
        if args.count == 0 { return IntObject.make(1) }
        var result = try index(args[0])
        if args.count == 1 { return IntOps.absolute(result) }
        for i in 1..<args.count {
            let x = try index(args[i])
            if IntObject.isZero(result) { continue }
            if IntObject.isZero(x) { result = IntObject.make(0); continue }
            let g = try IntMath.gcd(result, x)
            result = IntOps.absolute(try IntOps.multiply(try IntOps.floorDivide(result, g), x))
        }
        return result
    }

    /// CPython reads the argument with `PyLong_AsLongAndOverflow` (through `__index__`).
    static func factorial(_ v: Value) throws(PyException) -> Value {
        let x = try Protocols.indexValue(v)
        guard let n = IntObject.machineValue(x) else {
            if IntObject.sign(x) > 0 { throw PyException.overflowError("factorial() argument should not exceed \(Int.max)") }
            throw PyException.valueError("factorial() not defined for negative values")
        }
        if n < 0 { throw PyException.valueError("factorial() not defined for negative values") }
        return try IntMath.factorial(n)
    }

    /// n and k as exact ints, both checked to be non-negative (n first, as CPython).
    static func counts(_ nArgument: Value, _ kArgument: Value) throws(PyException) -> (Value, Value) {
        let n = try index(nArgument)
        let k = try index(kArgument)
        if IntObject.sign(n) < 0 { throw PyException.valueError("n must be a non-negative integer") }
        if IntObject.sign(k) < 0 { throw PyException.valueError("k must be a non-negative integer") }
        return (n, k)
    }

    static func comb(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("math.comb")
        try args.positional("comb", min: 2, max: 2)
        var (n, k) = try counts(args[0], args[1])
        let rest = IntOps.subtract(n, k)
        if IntObject.sign(rest) < 0 { return IntObject.make(0) }
        if IntObject.compare(rest, k) < 0 { k = rest }
        guard let small = IntObject.machineValue(k) else {
            throw PyException.overflowError("min(n - k, k) must not exceed \(Int.max)")
        }
        return try IntMath.comb(n, small)
    }

    static func perm(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("math.perm")
        try args.positional("perm", min: 1, max: 2)
        guard let kArgument = args.optional(1), kArgument != .none else { return try factorial(args[0]) }
        let (n, k) = try counts(args[0], kArgument)
        if IntObject.compare(n, k) < 0 { return IntObject.make(0) }
        guard let small = IntObject.machineValue(k) else {
            throw PyException.overflowError("k must not exceed \(Int.max)")
        }
        return try IntMath.perm(n, small)
    }

    /// `prod(iterable, /, *, start=1)`: `start * item * …` by the `*` operator.
    static func prod(_ args: Arguments) throws(PyException) -> Value {
        if args.count != 1 {
            throw PyException.typeError("prod() takes exactly 1 positional argument (\(args.count) given)")
        }
        var result = IntObject.make(1)
        for i in 0..<args.keywordCount {
            let name = Str.swiftString(Tuple.item(args.kwnames, i))
            guard name == "start" else { throw PyException.typeError("'\(name)' is an invalid keyword argument for prod()") }
            result = args[args.count + i]
        }
        let iterator = try Protocols.iterator(args[0])
        while let item = try Protocols.next(iterator) {
            result = try Protocols.binary(result, item, .multiply)
        }
        return result
    }
}
