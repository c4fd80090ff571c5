import ObjectLayout

/// `a ** b` and `pow(a, b, m)` for ints.
extension IntOps {
    /// `m` is None for two-argument pow. A negative exponent without a modulus gives a
    /// float, as CPython's `long_pow` hands the operands to float's pow.
    public static func power(_ a: Value, _ b: Value, _ m: Value) throws(PyException) -> Value {
        if m != .none { return try modularPower(a, b, m) }
        if IntObject.sign(b) < 0 {
            return try FloatOps.power(IntObject.toDouble(a), IntObject.toDouble(b))
        }
        if a.isSmallInt && b.isSmallInt, let p = machinePower(a.smallInt, b.smallInt) { return IntObject.make(p) }
        guard let exponent = IntObject.machineValue(b) else {
            // Only 0, 1 and -1 have a power this large that fits in memory.
            switch IntObject.machineValue(a) {
            case .some(0), .some(1): return IntObject.exact(a)
            case .some(-1): return IntObject.make(BigInts.limbs(b).base[0] & 1 == 0 ? 1 : -1)
            default: throw PyException.memoryError()
            }
        }
        let bits = BigInts.bitLength(BigInts.limbs(a))
        let (total, overflow) = bits.multipliedReportingOverflow(by: exponent)
        if bits > 1 && (overflow || total / 64 > BigInts.memoryLimbs) { throw PyException.memoryError() }
        var result = Value(smallInt: 1), base = a, e = exponent
        while e > 0 {
            if e & 1 != 0 { result = try multiply(result, base) }
            e >>= 1
            if e > 0 { base = try multiply(base, base) }
        }
        return IntObject.exact(result)
    }

    /// x ** y when it fits a machine int.
    static func machinePower(_ x: Int, _ y: Int) -> Int? {
        var result = 1, base = x, e = y
        while true {
            if e & 1 != 0 {
                let (p, overflow) = result.multipliedReportingOverflow(by: base)
                if overflow { return nil }
                result = p
            }
            e >>= 1
            if e == 0 { return result }
            let (square, overflow) = base.multipliedReportingOverflow(by: base)
            if overflow { return nil }
            base = square
        }
    }

    /// `pow(a, b, m)`: the result has the sign of `m`; a negative exponent uses the
    /// modular inverse of `a`.
    static func modularPower(_ a: Value, _ b: Value, _ m: Value) throws(PyException) -> Value {
        if IntObject.isZero(m) { throw PyException.valueError("pow() 3rd argument cannot be 0") }
        let modulus = absolute(m)
        var base = try remainder(a, modulus)
        var exponent = b
        if IntObject.sign(b) < 0 {
            base = try inverse(base, modulus)
            exponent = negate(b)
        }
        var result: Value
        let e = BigInts.limbs(exponent)
        if let n = IntObject.machineValue(modulus) {
            let x = UInt64(IntObject.machineValue(base)!)
            result = IntObject.make(Int(machineModularPower(x, e, UInt64(n))))
        } else {
            result = try remainder(Value(smallInt: 1), modulus)
            for i in 0..<e.count {
                var limb = e.base[i]
                for _ in 0..<64 {
                    if limb & 1 != 0 { result = try remainder(try multiply(result, base), modulus) }
                    limb >>= 1
                    if limb == 0 && i == e.count - 1 { break }
                    base = try remainder(try multiply(base, base), modulus)
                }
            }
        }
        if IntObject.sign(m) < 0 && !IntObject.isZero(result) { result = subtract(result, modulus) }
        return result
    }

    /// base ** e mod n in machine words, 0 <= base < n.
    static func machineModularPower(_ base: UInt64, _ e: Limbs, _ n: UInt64) -> UInt64 {
        var result: UInt64 = 1 % n, square = base
        for i in 0..<e.count {
            var limb = e.base[i]
            for _ in 0..<64 {
                if limb & 1 != 0 { result = n.dividingFullWidth(result.multipliedFullWidth(by: square)).remainder }
                limb >>= 1
                if limb == 0 && i == e.count - 1 { return result }
                square = n.dividingFullWidth(square.multipliedFullWidth(by: square)).remainder
            }
        }
        return result
    }

    /// The inverse of `a` modulo `m` (0 <= a < m), by the extended Euclidean algorithm.
    static func inverse(_ a: Value, _ m: Value) throws(PyException) -> Value {
        var (r0, r1) = (m, a)
        var (t0, t1) = (Value(smallInt: 0), Value(smallInt: 1))
        while !IntObject.isZero(r1) {
            let (q, r) = try divmod(r0, r1)
            (r0, r1) = (r1, r)
            (t0, t1) = (t1, subtract(t0, try multiply(q, t1)))
        }
        guard IntObject.compare(r0, Value(smallInt: 1)) == 0 else {
            throw PyException.valueError("base is not invertible for the given modulus")
        }
        return try remainder(t0, m)
    }
}
