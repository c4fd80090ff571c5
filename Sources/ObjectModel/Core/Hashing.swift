import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// CPython's hash functions, bit for bit (DESIGN.md §2): SipHash-1-3 keyed by
/// `PYTHONHASHSEED` for str and bytes, the 2^61−1 modulus for numbers.
public enum Hashing {
    public static let modulusBits = 61
    public static let modulus = (1 << 61) - 1
    public static let infinity = 314_159
    public static let imaginary = 1_000_003

    /// SipHash keys, from `PYTHONHASHSEED` as CPython derives them: 0 disables
    /// randomisation (all-zero key), N seeds CPython's linear congruential generator,
    /// unset or "random" reads the system's random source.
    nonisolated(unsafe) static var k0: UInt64 = 0
    nonisolated(unsafe) static var k1: UInt64 = 0

    static func configure() {
        configure(seed: getenv("PYTHONHASHSEED").map { String(cString: $0) })
    }

    /// Keys as `PYTHONHASHSEED=seedText` gives them (nil: unset).
    public static func configure(seed seedText: String?) {
        var secret = [UInt8](repeating: 0, count: 24)
        if let seedText, seedText != "random", let seed = UInt32(seedText) {
            if seed != 0 {
                // CPython's lcg_urandom.
                var x = seed
                for i in 0..<secret.count {
                    x = x &* 214_013 &+ 2_531_011
                    secret[i] = UInt8((x >> 16) & 0xFF)
                }
            }
        } else {
            var generator = SystemRandomNumberGenerator()
            for i in 0..<secret.count { secret[i] = generator.next() }
        }
        k0 = secret.withUnsafeBytes { $0.load(fromByteOffset: 0, as: UInt64.self) }
        k1 = secret.withUnsafeBytes { $0.load(fromByteOffset: 8, as: UInt64.self) }
    }

    /// `_Py_HashBytes`: 0 for empty input, never -1.
    public static func bytes(_ p: UnsafeRawPointer, count: Int) -> Int {
        if count == 0 { return 0 }
        let h = Int(bitPattern: UInt(siphash13(p, count, k0, k1)))
        return h == -1 ? -2 : h
    }

    /// `_Py_KeyedHash`: SipHash-1-3 with the key (key, 0), as `_imp.source_hash` uses.
    public static func keyed(_ key: UInt64, _ p: UnsafeRawPointer, count: Int) -> UInt64 {
        siphash13(p, count, key, 0)
    }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ b: UInt64) -> UInt64 { (x &<< b) | (x &>> (64 &- b)) }

    private static func siphash13(_ p: UnsafeRawPointer, _ count: Int, _ k0: UInt64, _ k1: UInt64) -> UInt64 {
        var v0 = k0 ^ 0x736f_6d65_7073_6575
        var v1 = k1 ^ 0x646f_7261_6e64_6f6d
        var v2 = k0 ^ 0x6c79_6765_6e65_7261
        var v3 = k1 ^ 0x7465_6462_7974_6573
        @inline(__always) func round() {
            v0 = v0 &+ v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32)
            v2 = v2 &+ v3; v3 = rotl(v3, 16); v3 ^= v2
            v0 = v0 &+ v3; v3 = rotl(v3, 21); v3 ^= v0
            v2 = v2 &+ v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32)
        }
        var offset = 0
        while offset + 8 <= count {
            let m = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            v3 ^= m
            round()
            v0 ^= m
            offset += 8
        }
        var last = UInt64(truncatingIfNeeded: count) << 56
        var shift: UInt64 = 0
        while offset < count {
            last |= UInt64(p.load(fromByteOffset: offset, as: UInt8.self)) << shift
            shift += 8
            offset += 1
        }
        v3 ^= last
        round()
        v0 ^= last
        v2 ^= 0xFF
        round(); round(); round()
        return v0 ^ v1 ^ v2 ^ v3
    }

    /// `hash(n)` for an int that fits a machine word.
    @inline(__always)
    public static func int(_ n: Int) -> Int {
        var h = Int(n.magnitude % UInt(modulus))
        if n < 0 { h = -h }
        return h == -1 ? -2 : h
    }

    /// `hash(x)` for a float (CPython's `_Py_HashDouble`); NaN hashes by identity.
    public static func double(_ x: Double, identity: Int) -> Int {
        if !x.isFinite {
            if x.isInfinite { return x > 0 ? infinity : -infinity }
            return pointer(identity)
        }
        // Swift's frexp gives the significand's magnitude, so the sign is taken from x.
        var m = abs(frexp(x).0)
        var e = Int(frexp(x).1)
        let sign = x < 0 ? -1 : 1
        var h: UInt = 0
        while m != 0 {
            h = ((h << 28) & UInt(modulus)) | h >> (modulusBits - 28)
            m *= 268_435_456.0
            e -= 28
            let y = UInt(m)
            m -= Double(y)
            h += y
            if h >= UInt(modulus) { h -= UInt(modulus) }
        }
        let shift = e >= 0 ? e % modulusBits : modulusBits - 1 - ((-1 - e) % modulusBits)
        h = ((h << UInt(shift)) & UInt(modulus)) | h >> UInt(modulusBits - shift)
        var result = Int(h) * sign
        if result == -1 { result = -2 }
        return result
    }

    /// The `tp_hash` of unhashable types (`PyObject_HashNotImplemented`); their dict
    /// gets `__hash__ = None`.
    public static let notImplemented: hashfunc = { o in
        CBoundary.integer { () throws(PyException) in throw Protocols.unhashable(Value(o!)) }
    }

    /// `object.__hash__`: the address rotated by 4 bits, as CPython's `_Py_HashPointer`.
    public static func pointer(_ address: Int) -> Int {
        let y = UInt(bitPattern: address)
        let h = Int(bitPattern: (y >> 4) | (y << (UInt(UInt.bitWidth) - 4)))
        return h == -1 ? -2 : h
    }
}
