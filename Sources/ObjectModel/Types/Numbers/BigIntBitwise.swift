import CGMP
import ObjectLayout

/// `&`, `|`, `^` and the shifts on ints of any size, with Python's infinite two's
/// complement for negative values.
extension BigInts {
    enum BitOp { case and, or, xor }

    static func bitwise(_ a: Value, _ b: Value, _ op: BitOp) -> Value {
        let x = limbs(a), y = limbs(b)
        // One more limb than the longer operand holds the sign of every result.
        let n = Swift.max(x.count, y.count) + 1
        let r = allocate(n)
        let out = digits(r)
        var carryX: UInt64 = 1, carryY: UInt64 = 1
        for i in 0..<n {
            let xi = complementLimb(x, i, &carryX), yi = complementLimb(y, i, &carryY)
            switch op {
            case .and: out[i] = xi & yi
            case .or: out[i] = xi | yi
            case .xor: out[i] = xi ^ yi
            }
        }
        let negative = out[n - 1] >> 63 != 0
        if negative {
            // Back from two's complement: the magnitude is ~r + 1.
            var carry: UInt64 = 1
            for i in 0..<n {
                let (sum, overflow) = (~out[i]).addingReportingOverflow(carry)
                out[i] = sum
                carry = overflow ? 1 : 0
            }
        }
        return finish(r, count: n, negative: negative)
    }

    /// Limb `i` of `x` in two's complement; `carry` threads the +1 of the negation
    /// through successive limbs and starts at 1.
    @inline(__always)
    static func complementLimb(_ x: Limbs, _ i: Int, _ carry: inout UInt64) -> UInt64 {
        let limb = i < x.count ? x.base[i] : 0
        guard x.negative else { return limb }
        let (sum, overflow) = (~limb).addingReportingOverflow(carry)
        carry = overflow ? 1 : 0
        return sum
    }

    /// `a << count` for a non-negative count.
    static func shiftLeft(_ a: Value, _ count: Int) throws(PyException) -> Value {
        let x = limbs(a)
        if x.isZero { return Value(smallInt: 0) }
        let whole = count / 64, bits = UInt32(count % 64)
        try checkSize(x.count + whole + 1)
        let r = allocate(x.count + whole + 1)
        let out = digits(r) + whole
        if bits == 0 {
            out.update(from: x.base, count: x.count)
        } else {
            out[x.count] = krait_mpn_lshift(out, x.base, x.count, bits)
        }
        return finish(r, count: x.count + whole + 1, negative: x.negative)
    }

    /// `a >> count` for a non-negative count, rounding towards minus infinity.
    static func shiftRight(_ a: Value, _ count: Int) -> Value {
        let x = limbs(a)
        // For negative a, a >> n = ~(~a >> n), and ~a is not negative.
        if x.negative { return IntOps.invert(shiftRight(IntOps.invert(a), count)) }
        let whole = count / 64, bits = UInt32(count % 64)
        if whole >= x.count { return Value(smallInt: 0) }
        let n = x.count - whole
        let r = allocate(n)
        if bits == 0 {
            digits(r).update(from: x.base + whole, count: n)
        } else {
            _ = krait_mpn_rshift(digits(r), x.base + whole, n, bits)
        }
        return finish(r, count: n, negative: false)
    }
}
