import ObjectLayout

/// MT19937 on a `_random.Random`'s state, as Matsumoto and Nishimura's reference code
/// (and CPython's `_randommodule.c`), so the same seed gives CPython's numbers.
enum MersenneTwister {
    static let n = 624
    static let m = 397

    static func words(_ r: UnsafeMutablePointer<KraitRandomObject>) -> UnsafeMutablePointer<UInt32> {
        UnsafeMutableRawPointer(r).advanced(by: MemoryLayout<KraitRandomObject>.offset(of: \.state)!).assumingMemoryBound(to: UInt32.self)
    }

    static func initialize(_ r: UnsafeMutablePointer<KraitRandomObject>, seed: UInt32) {
        let mt = words(r)
        mt[0] = seed
        for i in 1..<n { mt[i] = 1812433253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i) }
        r.pointee.index = Int32(n)
    }

    /// `init_by_array`: the state from a key of 32-bit words.
    static func initialize(_ r: UnsafeMutablePointer<KraitRandomObject>, key: [UInt32]) {
        initialize(r, seed: 19650218)
        let mt = words(r)
        var i = 1, j = 0
        for _ in 0..<max(n, key.count) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(n - 1) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
        }
        // The most significant bit is 1, so the state is never all zeros.
        mt[0] = 0x8000_0000
    }

    static func next(_ r: UnsafeMutablePointer<KraitRandomObject>) -> UInt32 {
        let mt = words(r)
        if r.pointee.index >= Int32(n) {
            func twist(_ k: Int, _ next: Int, _ far: Int) {
                let y = (mt[k] & 0x8000_0000) | (mt[next] & 0x7fff_ffff)
                mt[k] = mt[far] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_b0df)
            }
            for k in 0..<(n - m) { twist(k, k + 1, k + m) }
            for k in (n - m)..<(n - 1) { twist(k, k + 1, k + m - n) }
            twist(n - 1, 0, m - 1)
            r.pointee.index = 0
        }
        var y = mt[Int(r.pointee.index)]
        r.pointee.index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        return y ^ (y >> 18)
    }

    /// A double in [0, 1) from 53 random bits.
    static func double(_ r: UnsafeMutablePointer<KraitRandomObject>) -> Double {
        let a = next(r) >> 5, b = next(r) >> 6
        return (Double(a) * 67108864.0 + Double(b)) * (1.0 / 9007199254740992.0)
    }
}
