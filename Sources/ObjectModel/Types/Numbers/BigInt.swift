import CGMP
import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// An int's magnitude as GMP's mpn functions take it: limbs least significant first,
/// no leading zero limb (count 0 for zero), the sign apart.
struct Limbs {
    let base: UnsafeMutablePointer<UInt64>
    let count: Int
    let negative: Bool

    var isZero: Bool { count == 0 }
    var negated: Limbs { Limbs(base: base, count: count, negative: count != 0 && !negative) }
    var magnitude: Limbs { Limbs(base: base, count: count, negative: false) }
}

/// Ints beyond a machine word, on the limbs of `PyLongObject`s. Operands are read in
/// place (a tagged operand is boxed first); results are new objects, tagged again when
/// they fit 63 bits. The operands stay alive while a result is allocated because the
/// caller's arguments and the `Limbs` pointing into them are on the scanned stack.
enum BigInts {
    static let header = MemoryLayout<PyVarObject>.size
    /// The most limbs an int may have: CPython's "too many digits" bound, in limbs.
    static let maxLimbs = 1 << 40

    @inline(__always)
    static func digits(_ object: ObjectPointer) -> UnsafeMutablePointer<UInt64> {
        (UnsafeMutableRawPointer(object) + header).assumingMemoryBound(to: UInt64.self)
    }

    /// The limbs of any int value (bool and subclasses included).
    static func limbs(_ v: Value) -> Limbs {
        let object = Boxing.object(v)
        let size = object.layout(PyVarObject.self).pointee.ob_size
        return Limbs(base: digits(object), count: abs(size), negative: size < 0)
    }

    /// A zeroed `int` with room for `capacity` limbs.
    static func allocate(_ capacity: Int) -> ObjectPointer {
        precondition(capacity <= maxLimbs, "int allocation beyond the checked limb limit")
        return Allocation.varObject(Krait_int_type, size: header + 8 * Swift.max(capacity, 1), count: capacity)
    }

    /// Sets the size of `object`, whose first `count` limbs hold the magnitude: leading
    /// zero limbs dropped, a value that fits 63 bits tagged instead.
    static func finish(_ object: ObjectPointer, count: Int, negative: Bool) -> Value {
        let d = digits(object)
        var n = count
        while n > 0 && d[n - 1] == 0 { n -= 1 }
        if n == 0 { return Value(smallInt: 0) }
        if n == 1 {
            let m = d[0]
            if m <= UInt64(Value.smallIntRange.upperBound) {
                return Value(smallInt: negative ? -Int(m) : Int(m))
            }
            if negative && m == UInt64(Value.smallIntRange.upperBound) + 1 {
                return Value(smallInt: Value.smallIntRange.lowerBound)
            }
        }
        object.layout(PyVarObject.self).pointee.ob_size = negative ? -n : n
        return Value(object)
    }

    /// A new int holding a copy of `x`.
    static func make(_ x: Limbs) -> Value {
        let r = allocate(x.count)
        digits(r).update(from: x.base, count: x.count)
        return finish(r, count: x.count, negative: x.negative)
    }

    /// An int from a 128-bit magnitude (the full product of two machine ints).
    static func make(high: UInt64, low: UInt64, negative: Bool) -> Value {
        let r = allocate(2)
        digits(r)[0] = low
        digits(r)[1] = high
        return finish(r, count: 2, negative: negative)
    }

    /// The limbs that fit the machine's physical memory: a bigger int raises MemoryError
    /// here rather than failing in the allocator.
    static let memoryLimbs = Swift.min(Allocation.physicalMemory / 8, maxLimbs)

    /// Raises when an int of `limbs` limbs cannot be made.
    static func checkSize(_ limbs: Int) throws(PyException) {
        if limbs > maxLimbs { throw PyException.overflowError("too many digits in integer") }
        if limbs > memoryLimbs { throw PyException.memoryError() }
    }

    // MARK: Comparison and hashing

    static func compareMagnitudes(_ a: Limbs, _ b: Limbs) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        if a.count == 0 { return 0 }
        return Int(krait_mpn_cmp(a.base, b.base, a.count)).signum()
    }

    static func compare(_ a: Value, _ b: Value) -> Int {
        let x = limbs(a), y = limbs(b)
        if x.negative != y.negative { return x.negative ? -1 : 1 }
        let order = compareMagnitudes(x, y)
        return x.negative ? -order : order
    }

    /// CPython's `long_hash`: the value modulo 2^61 - 1, signed, never -1.
    static func hash(_ v: Value) -> Int {
        let x = limbs(v)
        let modulus = UInt64(Hashing.modulus)
        var h: UInt64 = 0
        var i = x.count - 1
        while i >= 0 {
            // h * 2^64 + limb, and 2^64 = 8 (mod 2^61 - 1).
            let (sum, carry) = (h << 3).addingReportingOverflow(x.base[i])
            h = modulus.dividingFullWidth((high: carry ? 1 : 0, low: sum)).remainder
            i -= 1
        }
        var result = Int(h)
        if x.negative { result = -result }
        return result == -1 ? -2 : result
    }

    // MARK: Bits

    /// The number of bits of the magnitude (`int.bit_length`).
    static func bitLength(_ x: Limbs) -> Int {
        x.count == 0 ? 0 : (x.count - 1) * 64 + (64 - x.base[x.count - 1].leadingZeroBitCount)
    }

    /// Whether any of the lowest `bits` bits of the magnitude is set.
    static func anyLowBits(_ x: Limbs, _ bits: Int) -> Bool {
        let whole = Swift.min(bits / 64, x.count)
        for i in 0..<whole where x.base[i] != 0 { return true }
        let rest = bits % 64
        return whole < x.count && rest > 0 && x.base[whole] & ((1 << UInt64(rest)) - 1) != 0
    }
}

extension IntObject {
    /// An int from its magnitude's limbs, least significant first (a source literal).
    public static func make(limbs: [UInt64], negative: Bool) -> Value {
        let r = BigInts.allocate(limbs.count)
        BigInts.digits(r).update(from: limbs, count: limbs.count)
        return BigInts.finish(r, count: limbs.count, negative: negative)
    }
}

extension IntObject {
    /// The magnitude's limbs, least significant first, and the sign of any int: what a
    /// compiler keeps of an int it computed at compile time.
    public static func limbsAndSign(_ v: Value) -> (limbs: [UInt64], negative: Bool) {
        let x = BigInts.limbs(v)
        return (Array(UnsafeBufferPointer(start: x.base, count: x.count)), x.negative)
    }

    /// `int.bit_length()`: the bits of the magnitude.
    public static func bitLength(_ v: Value) -> Int { BigInts.bitLength(BigInts.limbs(v)) }
}
