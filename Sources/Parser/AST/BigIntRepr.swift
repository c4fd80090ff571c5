extension PyRepr {
    /// `repr(int)` of a non-negative integer given as little-endian 64-bit limbs.
    ///
    /// CPython 3.11 refuses to convert integers of more than 4300 digits (`ValueError`
    /// from `sys.int_info.str_digits_check_threshold`); this always prints every digit.
    public static func bigInt(_ limbs: [UInt64]) -> String {
        render { appendBigInt(limbs, to: &$0) }
    }

    /// The largest power of ten that fits in a limb: the conversion peels off 19
    /// decimal digits per pass over the number.
    private static let chunkDivisor: UInt64 = 10_000_000_000_000_000_000
    private static let chunkDigits = 19

    public static func appendBigInt(_ limbs: [UInt64], to out: inout [UInt8]) {
        var magnitude = limbs
        while magnitude.last == 0 { magnitude.removeLast() }
        if magnitude.count <= 1 {
            appendDecimal(magnitude.first ?? 0, to: &out)
            return
        }

        // Base-10^19 digits, least significant first. Each pass divides the whole
        // magnitude in place, so the cost is quadratic in the limb count: fine for
        // literals of some thousands of digits.
        var chunks: [UInt64] = []
        // A limb holds about 19.27 decimal digits.
        chunks.reserveCapacity(magnitude.count * 64 / 63 + 1)
        magnitude.withUnsafeMutableBufferPointer { limb in
            var top = limb.count
            while top > 0 {
                var remainder: UInt64 = 0
                var i = top - 1
                while i >= 0 {
                    let (q, r) = chunkDivisor.dividingFullWidth((high: remainder, low: limb[i]))
                    limb[i] = q
                    remainder = r
                    i -= 1
                }
                chunks.append(remainder)
                while top > 0 && limb[top - 1] == 0 { top -= 1 }
            }
        }

        appendDecimal(chunks[chunks.count - 1], to: &out)
        for chunk in chunks.dropLast().reversed() {
            appendDecimal(chunk, width: chunkDigits, to: &out)
        }
    }
}
