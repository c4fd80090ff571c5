import ObjectLayout

/// The text `int()` and `float()` read: the code points of a str, or the bytes of a
/// bytes or bytearray object, without the whitespace around them.
enum NumberSyntax {
    /// The code points of `v` if it is a str, bytes or bytearray, else nil.
    static func text(_ v: Value) -> [UInt32]? {
        if TypeObject.isSubtype(v.type, of: Krait_str_type) { return Str.codePoints(v).map(asciiDigit) }
        if TypeObject.isSubtype(v.type, of: Krait_bytes_type) {
            let bytes = Bytes.data(v).assumingMemoryBound(to: UInt8.self)
            return (0..<Bytes.count(v)).map { UInt32(bytes[$0]) }
        }
        if ByteArray.isByteArray(v) {
            let bytes = ByteArray.data(v).assumingMemoryBound(to: UInt8.self)
            return (0..<ByteArray.count(v)).map { UInt32(bytes[$0]) }
        }
        return nil
    }

    static func trimmed(_ text: [UInt32]) -> ArraySlice<UInt32> {
        var start = text.startIndex, end = text.endIndex
        while start < end && isSpace(text[start]) { start += 1 }
        while end > start && isSpace(text[end - 1]) { end -= 1 }
        return text[start..<end]
    }

    /// `str.isspace()` for one code point.
    static func isSpace(_ c: UInt32) -> Bool {
        switch c {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// The value of an ASCII digit or letter as a digit (letters from 10), else nil.
    @inline(__always)
    static func digitValue(_ c: UInt32) -> Int? {
        switch c {
        case 0x30...0x39: return Int(c - 0x30)
        case 0x41...0x5A: return Int(c - 0x41 + 10)
        case 0x61...0x7A: return Int(c - 0x61 + 10)
        default: return nil
        }
    }

    /// Whether `text` (an ASCII lowercase word) equals `word` ignoring ASCII case.
    static func matches(_ text: ArraySlice<UInt32>, _ word: String) -> Bool {
        guard text.count == word.utf8.count else { return false }
        return zip(text, word.utf8).allSatisfy { c, w in c < 0x80 && (c | 0x20) == UInt32(w) }
    }

    /// Reads an optional sign at `i`; true for "-".
    static func sign(_ s: ArraySlice<UInt32>, _ i: inout Int) -> Bool {
        guard i < s.endIndex && (s[i] == 0x2B || s[i] == 0x2D) else { return false }
        i += 1
        return s[i - 1] == 0x2D
    }

    /// `inf`, `infinity` or `nan` in any case, signed by `negative`; nil for other text.
    static func special(_ word: ArraySlice<UInt32>, negative: Bool) -> Double? {
        if matches(word, "inf") || matches(word, "infinity") { return negative ? -.infinity : .infinity }
        if matches(word, "nan") { return negative ? -.nan : .nan }
        return nil
    }

    /// The first code point of each run of ten Unicode decimal digits (Unicode 14.0, as
    /// python3.11's `unicodedata` lists them; every decimal digit is in such a run).
    static let decimalZeros: [UInt32] = [
        0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
        0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
        0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
        0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
        0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
    ]

    /// A Unicode decimal digit as its ASCII digit, as CPython reads numbers
    /// (`_PyUnicode_TransformDecimalAndSpaceToASCII`); other code points unchanged.
    static func asciiDigit(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return c }
        var low = 0, high = decimalZeros.count
        while low < high {
            let mid = (low + high) / 2
            if decimalZeros[mid] <= c { low = mid + 1 } else { high = mid }
        }
        guard low > 0, c - decimalZeros[low - 1] < 10 else { return c }
        return 0x30 + c - decimalZeros[low - 1]
    }
}
