import ObjectLayout
import ObjectModel

/// uuencoding, one line at a time: a length character, then each 6 bits as a
/// character from ' ' (or '`' for zero with `backtick`).
extension BinasciiModule {
    static let space = UInt8(ascii: " ")
    static let backtickCharacter = UInt8(ascii: "`")

    static func b2aUU(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("b2a_uu", ["data", "backtick"], required: 1, positionalOnly: 1, keywordOnly: 1)
        _ = try binary(p[0]!)
        let backtick = try flag(p[1], default: false)
        let input = try binary(p[0]!)
        if input.count > 45 { throw error("At most 45 bytes at once") }
        return try bytes(capacity: 2 + (input.count + 2) / 3 * 4) { out throws(PyException) in
            func character(_ six: UInt32) -> UInt8 {
                backtick && six == 0 ? backtickCharacter : space + UInt8(six)
            }
            out[0] = character(UInt32(input.count))
            var o = 1, i = 0
            // Three bytes at a time; a short last group is zero-filled.
            while i < input.count {
                var word = UInt32(input[i]) << 16
                if i + 1 < input.count { word |= UInt32(input[i + 1]) << 8 }
                if i + 2 < input.count { word |= UInt32(input[i + 2]) }
                for shift in stride(from: 18, through: 0, by: -6) {
                    out[o] = character(word >> UInt32(shift) & 0x3F)
                    o += 1
                }
                i += 3
            }
            out[o] = UInt8(ascii: "\n")
            return o + 1
        }
    }

    static func a2bUU(_ args: Arguments) throws(PyException) -> Value {
        let input = try ascii(args.one("binascii.a2b_uu"))
        // The first character gives the length; an empty line reads the terminating
        // NUL of CPython's buffer, so it is 32 bytes long.
        let length = Int(((input.count > 0 ? input[0] : 0) &- space) & 0x3F)
        return try bytes(count: length) { out throws(PyException) in
            var i = 1, o = 0
            var left: UInt32 = 0, bits = 0
            while o < length {
                var c: UInt8 = 0
                // Missing characters and line ends stand for zero bits.
                if i < input.count && input[i] != UInt8(ascii: "\n") && input[i] != UInt8(ascii: "\r") {
                    let ch = input[i]
                    if ch < space || ch > space + 64 { throw error("Illegal char") }
                    c = (ch &- space) & 0x3F
                }
                i += 1
                left = left << 6 | UInt32(c)
                bits += 6
                if bits >= 8 {
                    bits -= 8
                    out[o] = UInt8(truncatingIfNeeded: left >> UInt32(bits))
                    o += 1
                    left &= (1 << UInt32(bits)) - 1
                }
            }
            // What follows may only be padding or the line end.
            while i < input.count {
                let ch = input[i]
                if ch != space && ch != space + 64 && ch != UInt8(ascii: "\n") && ch != UInt8(ascii: "\r") {
                    throw error("Trailing garbage")
                }
                i += 1
            }
        }
    }
}
