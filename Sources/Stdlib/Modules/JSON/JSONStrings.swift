import ObjectLayout
import ObjectModel

/// JSON string literals: reading one (`scanstring`) and writing a str as one
/// (`encode_basestring`, `encode_basestring_ascii`), as CPython's `_json.c`.
enum JSONStrings {
    /// The string whose opening quote is just before `end`: its value and the index
    /// after its closing quote. Literal control characters are refused when `strict`.
    static func scan(_ text: JSONText, _ end: Int, strict: Bool) throws(PyException) -> (Value, Int) {
        let begin = end - 1
        guard end >= 0, end <= text.count else { throw PyException.valueError("end is out of bounds") }
        var out = StrWriter()
        var built = false
        var end = end
        while true {
            // The end of the string or the next escape.
            var next = end
            var c: UInt32 = 0
            while next < text.count {
                c = text[next]
                if c == 0x22 || c == 0x5C { break }
                if c <= 0x1F && strict { throw JSONErrors.decode("Invalid control character at", text.value, next) }
                next += 1
            }
            if next == text.count { throw JSONErrors.decode("Unterminated string starting at", text.value, begin) }
            if c == 0x22 && !built { return (Str.substring(text.value, end..<next), next + 1) }
            built = true
            out.append(str: text.value, end..<next)
            next += 1
            if c == 0x22 { return (out.finish(), next) }
            if next == text.count { throw JSONErrors.decode("Unterminated string starting at", text.value, begin) }
            c = text[next]
            if c != 0x75 {
                end = next + 1
                switch c {
                case 0x22, 0x5C, 0x2F: break
                case 0x62: c = 0x08
                case 0x66: c = 0x0C
                case 0x6E: c = 0x0A
                case 0x72: c = 0x0D
                case 0x74: c = 0x09
                default: throw JSONErrors.decode("Invalid \\escape", text.value, end - 2)
                }
            } else {
                next += 1
                end = next + 4
                if end >= text.count { throw JSONErrors.decode("Invalid \\uXXXX escape", text.value, next - 1) }
                c = try hex4(text, next)
                next = end
                // A high surrogate followed by an escaped low one is one code point.
                if (0xD800...0xDBFF).contains(c), end + 6 < text.count, text[next] == 0x5C, text[next + 1] == 0x75 {
                    let low = try hex4(text, next + 2)
                    if (0xDC00...0xDFFF).contains(low) {
                        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00)
                        end += 6
                    }
                }
            }
            out.append(c)
        }
    }

    /// The four hex digits at `i` (the caller checked they are there).
    static func hex4(_ text: JSONText, _ i: Int) throws(PyException) -> UInt32 {
        var value: UInt32 = 0
        for j in i..<(i + 4) {
            let d = text[j]
            value <<= 4
            switch d {
            case 0x30...0x39: value |= d - 0x30
            case 0x61...0x66: value |= d - 0x61 + 10
            case 0x41...0x46: value |= d - 0x41 + 10
            default: throw JSONErrors.decode("Invalid \\uXXXX escape", text.value, i - 1)
            }
        }
        return value
    }

    static let hexDigits: StaticString = "0123456789abcdef"

    @inline(__always)
    static func appendEscape(_ c: UInt32, to out: inout StrWriter) {
        out.appendASCII(0x5C)
        out.appendASCII(0x75)
        for shift in stride(from: 12, through: 0, by: -4) { out.appendASCII(hexDigits.utf8Start[Int((c >> UInt32(shift)) & 0xF)]) }
    }

    /// The two-character escape of `c`, if JSON has one.
    @inline(__always)
    static func shortEscape(_ c: UInt32) -> UInt8? {
        switch c {
        case 0x5C: return 0x5C
        case 0x22: return 0x22
        case 0x08: return 0x62
        case 0x0C: return 0x66
        case 0x0A: return 0x6E
        case 0x0D: return 0x72
        case 0x09: return 0x74
        default: return nil
        }
    }

    /// `"…"` for str `s`, appended to `out`; with `ascii`, every code point outside
    /// printable ASCII is a `\uXXXX` escape (a surrogate pair above U+FFFF). Runs that
    /// need no escape are copied whole.
    static func encode(_ s: Value, ascii: Bool, into out: inout StrWriter) {
        let text = JSONText(s)
        out.appendASCII(0x22)
        var run = 0
        for i in 0..<text.count {
            let c = text[i]
            if c >= 0x20 && c != 0x22 && c != 0x5C && (!ascii || c <= 0x7E) { continue }
            out.append(str: s, run..<i)
            run = i + 1
            if let short = shortEscape(c) {
                out.appendASCII(0x5C)
                out.appendASCII(short)
            } else if c >= 0x10000 {
                let v = c - 0x10000
                appendEscape(0xD800 | (v >> 10), to: &out)
                appendEscape(0xDC00 | (v & 0x3FF), to: &out)
            } else {
                appendEscape(c, to: &out)
            }
        }
        out.append(str: s, run..<text.count)
        out.appendASCII(0x22)
    }

    static func encode(_ s: Value, ascii: Bool) -> Value {
        var out = StrWriter(capacity: Str.length(s) + 2)
        encode(s, ascii: ascii, into: &out)
        return out.finish()
    }
}
