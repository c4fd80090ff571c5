extension PyRepr {
    /// `repr(str)` of a string given as code points (lone surrogates allowed).
    /// The result is valid UTF-8: non-printable code points, surrogates among them,
    /// are written as escapes.
    public static func str(_ scalars: [UInt32]) -> String {
        render { appendStr(scalars, to: &$0) }
    }

    /// `repr(str)` of an identifier or other Swift string.
    public static func str(_ string: String) -> String {
        render { appendStr(string.unicodeScalars.lazy.map(\.value), to: &$0) }
    }

    /// `repr(bytes)`.
    public static func bytes(_ bytes: [UInt8]) -> String {
        render { appendBytes(bytes, to: &$0) }
    }

    public static func appendStr<C: Collection>(_ scalars: C, to out: inout [UInt8])
    where C.Element == UInt32 {
        let quote = UInt8(ascii: quoteFor(scalars))
        out.append(quote)
        for c in scalars {
            if c < 0x80 {
                appendASCIIChar(UInt8(truncatingIfNeeded: c), quote: quote, to: &out)
            } else if isPrintable(c) {
                appendUTF8(c, to: &out)
            } else if c <= 0xFF {
                appendEscape(UInt8(ascii: "x"), c, digits: 2, to: &out)
            } else if c <= 0xFFFF {
                appendEscape(UInt8(ascii: "u"), c, digits: 4, to: &out)
            } else {
                appendEscape(UInt8(ascii: "U"), c, digits: 8, to: &out)
            }
        }
        out.append(quote)
    }

    public static func appendBytes(_ bytes: [UInt8], to out: inout [UInt8]) {
        let quote = UInt8(ascii: quoteFor(bytes.lazy.map { UInt32($0) }))
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
    private static func quoteFor<C: Collection>(_ scalars: C) -> Unicode.Scalar
    where C.Element == UInt32 {
        var single = false
        for c in scalars {
            if c == 0x22 { return "'" }
            if c == 0x27 { single = true }
        }
        return single ? "\"" : "'"
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

    private static func appendUTF8(_ c: UInt32, to out: inout [UInt8]) {
        if c < 0x800 {
            out.append(UInt8(truncatingIfNeeded: 0xC0 | (c >> 6)))
        } else {
            if c < 0x10000 {
                out.append(UInt8(truncatingIfNeeded: 0xE0 | (c >> 12)))
            } else {
                out.append(UInt8(truncatingIfNeeded: 0xF0 | (c >> 18)))
                out.append(UInt8(truncatingIfNeeded: 0x80 | ((c >> 12) & 0x3F)))
            }
            out.append(UInt8(truncatingIfNeeded: 0x80 | ((c >> 6) & 0x3F)))
        }
        out.append(UInt8(truncatingIfNeeded: 0x80 | (c & 0x3F)))
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
