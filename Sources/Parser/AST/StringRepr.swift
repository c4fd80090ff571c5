extension PyRepr {
    /// `repr(str)`. The result is valid UTF-8: non-printable code points, lone
    /// surrogates among them, are written as escapes.
    public static func str(_ value: PyStringValue) -> String {
        render { appendStr(utf8: value.utf8, to: &$0) }
    }

    /// `repr(str)` of an identifier or other Swift string.
    public static func str(_ string: String) -> String {
        render { appendStr(utf8: Array(string.utf8), to: &$0) }
    }

    /// `repr(bytes)`.
    public static func bytes(_ bytes: [UInt8]) -> String {
        render { appendBytes(bytes, to: &$0) }
    }

    /// `repr(str)` of a string stored as `PyStringValue` stores it: UTF-8 in which
    /// surrogates are encoded like other code points.
    public static func appendStr(utf8 bytes: [UInt8], to out: inout [UInt8]) {
        // `'` and `"` never occur inside a multi-byte sequence.
        let quote = quoteFor(single: bytes.contains(0x27), double: bytes.contains(0x22))
        out.append(quote)
        bytes.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                if lead < 0x80 {
                    appendASCIIChar(lead, quote: quote, to: &out)
                    i += 1
                    continue
                }
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var c = UInt32(lead) & (0x7F >> UInt32(length))
                for k in 1..<length { c = c << 6 | UInt32(bytes[i + k] & 0x3F) }
                if isPrintable(c) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<i + length]))
                } else if c <= 0xFF {
                    appendEscape(UInt8(ascii: "x"), c, digits: 2, to: &out)
                } else if c <= 0xFFFF {
                    appendEscape(UInt8(ascii: "u"), c, digits: 4, to: &out)
                } else {
                    appendEscape(UInt8(ascii: "U"), c, digits: 8, to: &out)
                }
                i += length
            }
        }
        out.append(quote)
    }

    public static func appendBytes(_ bytes: [UInt8], to out: inout [UInt8]) {
        let quote = quoteFor(single: bytes.contains(0x27), double: bytes.contains(0x22))
        out.append(UInt8(ascii: "b"))
        out.append(quote)
        for byte in bytes {
            if byte < 0x80 {
                appendASCIIChar(byte, quote: quote, to: &out)
            } else {
                appendEscape(UInt8(ascii: "x"), UInt32(byte), digits: 2, to: &out)
            }
        }
        out.append(quote)
    }

    /// CPython quotes with `'` unless the text has a `'` and no `"`.
    private static func quoteFor(single: Bool, double: Bool) -> UInt8 {
        UInt8(ascii: single && !double ? "\"" : "'")
    }

    /// The ASCII part of the rule, shared by str and bytes.
    @inline(__always)
    private static func appendASCIIChar(_ c: UInt8, quote: UInt8, to out: inout [UInt8]) {
        switch c {
        case quote, UInt8(ascii: "\\"):
            out.append(UInt8(ascii: "\\"))
            out.append(c)
        case UInt8(ascii: "\t"):
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(ascii: "t"))
        case UInt8(ascii: "\n"):
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"):
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(ascii: "r"))
        case 0..<0x20, 0x7F:
            appendEscape(UInt8(ascii: "x"), UInt32(c), digits: 2, to: &out)
        default:
            out.append(c)
        }
    }

    private static func appendEscape(_ letter: UInt8, _ value: UInt32, digits: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(letter)
        var shift = (digits - 1) * 4
        while shift >= 0 {
            out.append(hexDigit(UInt8(truncatingIfNeeded: (value >> UInt32(shift)) & 0xF)))
            shift -= 4
        }
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    /// Python's `str.isprintable()` for one non-ASCII code point: false for the
    /// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs.
    static func isPrintable(_ c: UInt32) -> Bool {
        // Surrogates (Cs) and out-of-range values have no `Unicode.Scalar`.
        guard let scalar = Unicode.Scalar(c) else { return false }
        let properties = scalar.properties
        // CPython 3.11 ships Unicode 14.0 tables; code points assigned later are
        // still unassigned (Cn) there, hence not printable.
        guard let age = properties.age,
              age.major < 14 || (age.major == 14 && age.minor == 0) else { return false }
        switch properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }
}
