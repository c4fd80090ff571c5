import ObjectLayout

/// The codecs str runs natively, without the codec registry: UTF-8, ASCII and
/// Latin-1, each way, with the error handlers strict, ignore, replace,
/// backslashreplace, xmlcharrefreplace (encoding), surrogateescape and surrogatepass.
/// Other encodings and error handlers go through `RuntimeHooks.encodeText` and
/// `decodeText` (the `_codecs` module).
public enum StrCodecs {
    enum Codec {
        case utf8, ascii, latin1

        var name: String {
            switch self {
            case .utf8: return "utf-8"
            case .ascii: return "ascii"
            case .latin1: return "latin-1"
            }
        }

        /// The first code point the single-byte codecs cannot represent.
        var limit: UInt32 { self == .ascii ? 0x80 : 0x100 }
    }

    /// The codec for an encoding name, normalised and resolved through the aliases of
    /// CPython's `encodings` package; nil for the encodings only the registry has.
    static func codec(_ name: Value) -> Codec? {
        var normalized = ""
        var punctuation = false
        for c in Str.swiftString(name).lowercased().unicodeScalars {
            if c.properties.isAlphabetic || c.properties.numericType != nil || c == "." {
                if punctuation && !normalized.isEmpty { normalized += "_" }
                normalized.unicodeScalars.append(c)
                punctuation = false
            } else {
                punctuation = true
            }
        }
        switch normalized {
        case "utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001": return .utf8
        case "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
             "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii":
            return .ascii
        case "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
             "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1":
            return .latin1
        default:
            return nil
        }
    }

    /// Whether the native codecs handle errors with `errors` themselves; the others
    /// are looked up in the registry of error handlers.
    static func handles(errors: String, encoding: Bool) -> Bool {
        switch errors {
        case "strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass": return true
        case "xmlcharrefreplace": return encoding
        default: return false
        }
    }

    static func unknownHandler(_ errors: String) -> PyException {
        PyException(Krait_exc_LookupError, "unknown error handler name '\(errors)'")
    }

    // MARK: Encoding

    static func encode(_ s: Value, _ codec: Codec, errors: String) throws(PyException) -> Value {
        let view = StrView(s)
        var out: [UInt8] = []
        out.reserveCapacity(view.count)
        var i = 0
        while i < view.count {
            let c = view[i]
            if codec == .utf8 {
                if c < 0xD800 || (c > 0xDFFF) {
                    appendUTF8(c, to: &out)
                    i += 1
                    continue
                }
            } else if c < codec.limit {
                out.append(UInt8(c))
                i += 1
                continue
            }
            var end = i + 1
            while end < view.count && (codec == .utf8 ? (0xD800...0xDFFF).contains(view[end]) : view[end] >= codec.limit) { end += 1 }
            try handleEncodeError(view, i..<end, codec, errors, into: &out)
            i = end
        }
        return Bytes.make(out)
    }

    public static func appendUTF8(_ c: UInt32, to out: inout [UInt8]) {
        switch c {
        case 0..<0x80: out.append(UInt8(c))
        case 0x80..<0x800: out += [UInt8(0xC0 | c >> 6), UInt8(0x80 | c & 0x3F)]
        case 0x800..<0x10000: out += [UInt8(0xE0 | c >> 12), UInt8(0x80 | (c >> 6) & 0x3F), UInt8(0x80 | c & 0x3F)]
        default: out += [UInt8(0xF0 | c >> 18), UInt8(0x80 | (c >> 12) & 0x3F), UInt8(0x80 | (c >> 6) & 0x3F), UInt8(0x80 | c & 0x3F)]
        }
    }

    static func handleEncodeError(_ view: StrView, _ range: Range<Int>, _ codec: Codec, _ errors: String,
                                  into out: inout [UInt8]) throws(PyException) {
        for i in range {
            let c = view[i]
            switch errors {
            case "strict": throw encodeError(view, range, codec)
            case "ignore": break
            case "replace": out.append(0x3F)
            case "backslashreplace": out += Array(escape(c).utf8)
            case "xmlcharrefreplace": out += Array("&#\(c);".utf8)
            case "surrogateescape":
                // What cannot be escaped fails from there on, as CPython's encoders do.
                guard c >= 0xDC80 && c <= 0xDCFF else { throw encodeError(view, i..<range.upperBound, codec) }
                out.append(UInt8(c - 0xDC00))
            case "surrogatepass":
                guard codec == .utf8 else { throw encodeError(view, range, codec) }
                appendUTF8(c, to: &out)
            default: throw unknownHandler(errors)
            }
        }
    }

    /// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as in messages and backslashreplace.
    public static func escape(_ c: UInt32) -> String {
        let hex = String(c, radix: 16)
        let (prefix, digits) = c <= 0xFF ? ("\\x", 2) : c <= 0xFFFF ? ("\\u", 4) : ("\\U", 8)
        return prefix + String(repeating: "0", count: digits - hex.count) + hex
    }

    static func encodeError(_ view: StrView, _ range: Range<Int>, _ codec: Codec) -> PyException {
        let reason = codec == .utf8 ? "surrogates not allowed" : "ordinal not in range(\(codec.limit))"
        let object = Str.make(codePoints: (0..<view.count).map { view[$0] })
        return UnicodeErrors.encodeError(encoding: codec.name, object: object, start: range.lowerBound, end: range.upperBound, reason: reason)
    }
}
