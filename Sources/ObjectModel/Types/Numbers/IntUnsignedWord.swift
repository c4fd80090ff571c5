extension IntObject {
    /// The value as an unsigned machine word when 0 ≤ v < 2⁶⁴ (C's unsigned long
    /// conversions), else nil; `sign` tells a negative int from a too-big one.
    public static func unsignedWord(_ v: Value) -> UInt64? {
        if v.isSmallInt { return v.smallInt >= 0 ? UInt64(v.smallInt) : nil }
        let size = signedSize(v)
        if size == 0 { return 0 }
        return size == 1 ? limbs(v)[0] : nil
    }

    /// An int of any unsigned machine word.
    public static func make(unsigned u: UInt64) -> Value {
        u <= UInt64(Int.max) ? make(Int(u)) : make(limbs: [u], negative: false)
    }

    /// The low 64 bits of the value in two's complement (`PyLong_AsUnsignedLongMask`).
    public static func lowWord(_ v: Value) -> UInt64 {
        if v.isSmallInt { return UInt64(bitPattern: Int64(v.smallInt)) }
        let size = signedSize(v)
        if size == 0 { return 0 }
        let low = limbs(v)[0]
        return size < 0 ? 0 &- low : low
    }
}
