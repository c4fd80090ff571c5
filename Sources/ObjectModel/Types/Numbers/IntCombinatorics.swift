import CGMP
import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// The integer functions of `math` (gcd, isqrt, factorial, comb, perm) on ints of any
/// size. Arguments are ints whose checks (signs, ranges) the caller has made; big ones go
/// through GMP's mpz layer, whose results are copied into new ints.
public enum IntMath {
    /// gcd(|a|, |b|).
    public static func gcd(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if let x = IntObject.machineValue(a), let y = IntObject.machineValue(b) {
            var u = x.magnitude, v = y.magnitude
            while v != 0 { (u, v) = (v, u % v) }
            return IntObject.make(Int(u))
        }
        let x = BigInts.limbs(a), y = BigInts.limbs(b)
        return try result(limbs: Swift.max(x.count, y.count)) { z in krait_mpz_gcd(z, x.base, x.count, y.base, y.count) }
    }

    /// The integer square root of `n` >= 0.
    public static func isqrt(_ n: Value) throws(PyException) -> Value {
        if let x = IntObject.machineValue(n) {
            // The double estimate is off by at most one; the divisions test r*r > x and
            // (r+1)^2 <= x without overflow.
            var r = Int(Double(x).squareRoot())
            while r > 0 && r > x / r { r -= 1 }
            while r + 1 <= x / (r + 1) { r += 1 }
            return IntObject.make(r)
        }
        let x = BigInts.limbs(n)
        return try result(limbs: (x.count + 1) / 2) { z in krait_mpz_sqrt(z, x.base, x.count) }
    }

    /// n! for 0 <= n.
    public static func factorial(_ n: Int) throws(PyException) -> Value {
        // log2(n!) < n * log2(n): refuse what could never be allocated before GMP tries.
        let bits = Double(n) * Glibc.log2(Swift.max(Double(n), 2))
        return try result(limbs: Int(Swift.min(bits / 64 + 1, Double(Int.max / 2)))) { z in krait_mpz_factorial(z, UInt(n)) }
    }

    /// C(n, k) for 0 <= k <= n.
    public static func comb(_ n: Value, _ k: Int) throws(PyException) -> Value {
        let x = BigInts.limbs(n)
        let bits = Double(k) * Double(BigInts.bitLength(x))
        return try result(limbs: Int(Swift.min(bits / 64 + 1, Double(Int.max / 2)))) { z in krait_mpz_binomial(z, x.base, x.count, UInt(k)) }
    }

    /// P(n, k) = C(n, k) * k! for 0 <= k <= n.
    public static func perm(_ n: Value, _ k: Int) throws(PyException) -> Value {
        let c = try comb(n, k)
        return try IntOps.multiply(c, try factorial(k))
    }

    /// A new int from what `compute` leaves in an mpz, after checking that an int of
    /// `limbs` limbs (a bound on the result) can be made.
    static func result(limbs: Int, _ compute: (UnsafeMutablePointer<krait_mpz>) -> Void) throws(PyException) -> Value {
        // GMP counts an mpz's limbs in an int and aborts beyond it.
        if limbs > Int(Int32.max) { throw PyException.memoryError() }
        try BigInts.checkSize(limbs)
        var z = krait_mpz()
        krait_mpz_init(&z)
        defer { krait_mpz_clear(&z) }
        compute(&z)
        let count = krait_mpz_count(&z)
        let r = BigInts.allocate(count)
        if count > 0 { BigInts.digits(r).update(from: krait_mpz_limbs(&z), count: count) }
        return BigInts.finish(r, count: count, negative: false)
    }
}
