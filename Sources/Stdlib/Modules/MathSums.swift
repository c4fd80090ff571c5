import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `math.fsum`, `hypot` and `dist`: CPython 3.11's exact summation and vector norm, so
/// results agree bit for bit.
enum MathSums {
    /// `fsum(seq)`: Shewchuk's exact partial sums (CPython's msum), rounded once at the end.
    static func fsum(_ seq: Value) throws(PyException) -> Value {
        let iterator = try Protocols.iterator(seq)
        // Non-overlapping partial sums, increasing in magnitude; together exactly the sum.
        var partials: [Double] = []
        var specialSum = 0.0, infiniteSum = 0.0
        while let item = try Protocols.next(iterator) {
            var x = try NativeModule.double(item, "fsum")
            let original = x
            var kept = 0
            for j in 0..<partials.count {
                var y = partials[j]
                if abs(x) < abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[kept] = lo
                    kept += 1
                }
                x = hi
            }
            partials.removeSubrange(kept...)
            guard x != 0 else { continue }
            if x.isFinite {
                partials.append(x)
                continue
            }
            // An infinity or NaN among the items, or an overflow of the partial sums.
            if original.isFinite { throw PyException.overflowError("intermediate overflow in fsum") }
            if original.isInfinite { infiniteSum += original }
            specialSum += original
            partials.removeAll()
        }
        if specialSum != 0 {
            if infiniteSum.isNaN { throw PyException.valueError("-inf + inf in fsum") }
            return FloatObject.make(specialSum)
        }
        return FloatObject.make(roundedSum(partials))
    }

    /// The correctly rounded (half even) value of the exact sum of `partials`.
    static func roundedSum(_ partials: [Double]) -> Double {
        var n = partials.count
        guard n > 0 else { return 0 }
        n -= 1
        var hi = partials[n]
        var lo = 0.0
        // Add from the largest down while the additions are exact.
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0 { break }
        }
        // The rest below may push a tie past half an ulp: round away in that case.
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
        return hi
    }

    /// `hypot(*coordinates)`.
    static func hypot(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("math.hypot")
        var coordinates: [Double] = []
        for i in 0..<args.count { coordinates.append(abs(try NativeModule.double(args[i], "hypot"))) }
        return FloatObject.make(norm(coordinates))
    }

    /// `dist(p, q)`: both points are made tuples first, then compared in size.
    static func dist(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("math.dist")
        try args.positional("dist", min: 2, max: 2)
        let p = try tuple(args[0])
        let q = try tuple(args[1])
        guard Tuple.count(p) == Tuple.count(q) else {
            throw PyException.valueError("both points must have the same number of dimensions")
        }
        var differences: [Double] = []
        for i in 0..<Tuple.count(p) {
            let x = try NativeModule.double(Tuple.item(p, i), "dist")
            let y = try NativeModule.double(Tuple.item(q, i), "dist")
            differences.append(abs(x - y))
        }
        return FloatObject.make(norm(differences))
    }

    static func tuple(_ v: Value) throws(PyException) -> Value {
        if TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) { return v }
        return try Protocols.call(Value(Krait_tuple_type), v)
    }

    /// CPython's `vector_norm` of non-negative values: scaled by a power of two so the
    /// largest is in [0.5, 1), squared exactly through Veltkamp–Dekker splitting, summed
    /// with compensation, and the square root corrected by one Newton step.
    static func norm(_ values: [Double]) -> Double {
        var max = 0.0, foundNaN = false
        for x in values {
            foundNaN = foundNaN || x.isNaN
            if x > max { max = x }
        }
        if max.isInfinite { return max }
        if foundNaN { return .nan }
        if max == 0 || values.count <= 1 { return max }
        var exponent: Int32 = 0
        _ = frexp(max, &exponent)
        var sum = Compensated()
        if exponent < -1023 {
            // 2**-exponent would overflow: divide by the largest instead.
            for v in values {
                let x = v / max
                sum.add(x * x, into: \.first)
            }
            return max * (sum.total - 1 + sum.first).squareRoot()
        }
        let scale = ldexp(1.0, -Int32(exponent))
        for v in values {
            let (hi, lo) = split(v * scale)
            sum.add(hi * hi, into: \.first)
            sum.add(2 * hi * lo, into: \.second)
            sum.third += lo * lo
        }
        let h = (sum.total - 1 + (sum.first + sum.second + sum.third)).squareRoot()
        let (hi, lo) = split(h)
        sum.add(-hi * hi, into: \.first)
        sum.add(-2 * hi * lo, into: \.second)
        sum.add(-lo * lo, into: \.third)
        let x = sum.total - 1 + (sum.first + sum.second + sum.third)
        return (h + x / (2 * h)) / scale
    }

    /// Veltkamp–Dekker: `x` as hi + lo with hi holding half the significand's bits.
    static func split(_ x: Double) -> (Double, Double) {
        let t = x * 134217729.0  // 2**27 + 1
        let hi = t - (t - x)
        return (hi, x - hi)
    }

    /// Neumaier summation whose total starts at 1.0, so it is always the larger operand
    /// of each addition (the caller subtracts the 1.0 at the end); each kind of term
    /// keeps its own error.
    struct Compensated {
        var total = 1.0
        var first = 0.0, second = 0.0, third = 0.0

        mutating func add(_ x: Double, into error: WritableKeyPath<Compensated, Double>) {
            let old = total
            total += x
            self[keyPath: error] += (old - total) + x
        }
    }
}
