/// The parts of a STRING token: its prefix flags and the byte range of its body.
struct StringToken {
    var isBytes = false
    var isRaw = false
    var isFormatted = false
    var isUnicodeKind = false
    var bodyStart = 0
    var bodyEnd = 0

    init(_ p: UnsafePointer<UInt8>, _ t: Token) {
        var i = Int(t.start)
        while true {
            let c = p[i] | 0x20
            if c == UInt8(ascii: "b") { isBytes = true }
            else if c == UInt8(ascii: "r") { isRaw = true }
            else if c == UInt8(ascii: "f") { isFormatted = true }
            else if c == UInt8(ascii: "u") { isUnicodeKind = true }
            else { break }
            i += 1
        }
        let quote = p[i]
        let quoteSize = (Int(t.end) - i >= 6 && p[i + 1] == quote && p[i + 2] == quote) ? 3 : 1
        bodyStart = i + quoteSize
        bodyEnd = Int(t.end) - quoteSize
    }
}

/// Escape decoding for string and bytes literals.
enum EscapeDecoder {
    enum Failure: Error {
        case message(String)
    }

    /// Decodes a str literal body (UTF-8 bytes) into `PyStringValue`'s UTF-8 form.
    /// Returns where the first invalid escape's character (after the backslash) is, for
    /// the parser's DeprecationWarning.
    @discardableResult
    static func decodeString(_ p: UnsafePointer<UInt8>, from: Int, to: Int, raw: Bool,
                             into out: inout [UInt8]) throws -> Int? {
        var i = from
        var firstInvalid: Int?
        while i < to {
            let c = p[i]
            if c < 0x80 {
                if c == UInt8(ascii: "\\") && !raw && i + 1 < to {
                    let next = try escape(p, at: i + 1, to: to, base: from, into: &out)
                    if firstInvalid == nil && isInvalid(p, escapeAt: i + 1, next: next, bytes: false) { firstInvalid = i + 1 }
                    i = next
                    continue
                }
                out.append(c)
                i += 1
                continue
            }
            guard let (_, length) = decodeScalar(p, at: i, limit: to) else {
                throw Failure.message(utf8DecodeErrorMessage(p, at: i, limit: to, base: from))
            }
            for k in 0..<length { out.append(p[i + k]) }
            i += length
        }
        return firstInvalid
    }

    /// Whether the escape whose character is at `start` and which ends before `next` is
    /// one 3.11 deprecates: an unknown character (a non-ASCII one is taken literally,
    /// as CPython turns it into `\u005c` first), `\u`/`\U`/`\N` in bytes, or an octal
    /// escape beyond 0o377.
    static func isInvalid(_ p: UnsafePointer<UInt8>, escapeAt start: Int, next: Int, bytes: Bool) -> Bool {
        let c = p[start]
        if c >= 0x80 || c == 0x0A || simpleEscape(c) != nil || c == UInt8(ascii: "x") { return false }
        if c &- 0x30 < 8 {
            var v = 0
            for k in start..<next { v = v * 8 + Int(p[k] - 0x30) }
            return v > 0o377
        }
        return bytes || !(c == UInt8(ascii: "u") || c == UInt8(ascii: "U") || c == UInt8(ascii: "N"))
    }

    /// One escape sequence; `i` is just after the backslash. Returns the next index.
    static func escape(_ p: UnsafePointer<UInt8>, at start: Int, to: Int, base: Int,
                       into out: inout [UInt8]) throws -> Int {
        var i = start
        let c = p[i]
        i += 1
        if let simple = simpleEscape(c) {
            out.append(simple)
            return i
        }
        switch c {
        case 0x0A: return i
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var v = UInt32(c - 0x30)
            var n = 1
            while n < 3 && i < to && p[i] &- 0x30 < 8 {
                v = v * 8 + UInt32(p[i] - 0x30)
                i += 1
                n += 1
            }
            appendCodePoint(v, to: &out)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let count = c == UInt8(ascii: "x") ? 2 : (c == UInt8(ascii: "u") ? 4 : 8)
            var v: UInt32 = 0
            for k in 0..<count {
                guard i < to, let d = hexValue(p[i]) else {
                    let kind = count == 2 ? "\\xXX" : (count == 4 ? "\\uXXXX" : "\\UXXXXXXXX")
                    throw Failure.message("(unicode error) 'unicodeescape' codec can't decode bytes in position \(start - 1 - base)-\(start + k - base): truncated \(kind) escape")
                }
                v = v * 16 + d
                i += 1
            }
            if v > 0x10FFFF {
                throw Failure.message("(unicode error) 'unicodeescape' codec can't decode bytes in position \(start - 1 - base)-\(i - 1 - base): illegal Unicode character")
            }
            appendCodePoint(v, to: &out)
        case UInt8(ascii: "N"):
            guard i < to, p[i] == UInt8(ascii: "{") else {
                throw Failure.message("(unicode error) 'unicodeescape' codec can't decode bytes in position \(start - 1 - base)-\(start - base): malformed \\N character escape")
            }
            var j = i + 1
            while j < to && p[j] != UInt8(ascii: "}") { j += 1 }
            let name = String(decoding: UnsafeBufferPointer(start: p + i + 1, count: j - i - 1), as: UTF8.self)
            guard j < to, let scalar = UnicodeNames.lookup(name) else {
                let end = j < to ? j : to - 1
                let what = j < to ? "unknown Unicode character name" : "malformed \\N character escape"
                throw Failure.message("(unicode error) 'unicodeescape' codec can't decode bytes in position \(start - 1 - base)-\(end - base): \(what)")
            }
            appendCodePoint(scalar, to: &out)
            i = j + 1
        default:
            // Unknown escapes keep their backslash (3.11 only warns).
            out.append(0x5C)
            return start
        }
        return i
    }

    /// The one-character escapes shared by str and bytes literals: `\\n` and its kin.
    static func simpleEscape(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "\\"): return 0x5C
        case UInt8(ascii: "'"): return 0x27
        case UInt8(ascii: "\""): return 0x22
        case UInt8(ascii: "a"): return 0x07
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "v"): return 0x0B
        default: return nil
        }
    }

    static func hexValue(_ c: UInt8) -> UInt32? {
        if c &- 0x30 < 10 { return UInt32(c - 0x30) }
        let l = c | 0x20
        if l &- UInt8(ascii: "a") < 6 { return UInt32(l - UInt8(ascii: "a") + 10) }
        return nil
    }

    /// Decodes a bytes literal body (ASCII already checked); returns where the first
    /// invalid escape's character is, as `decodeString`.
    @discardableResult
    static func decodeBytes(_ p: UnsafePointer<UInt8>, from: Int, to: Int, raw: Bool,
                            into out: inout [UInt8]) throws -> Int? {
        var i = from
        var firstInvalid: Int?
        while i < to {
            let c = p[i]
            if c != UInt8(ascii: "\\") || raw || i + 1 >= to {
                out.append(c)
                i += 1
                continue
            }
            let e = p[i + 1]
            let start = i + 1
            i += 2
            if let simple = simpleEscape(e) {
                out.append(simple)
                continue
            }
            switch e {
            case 0x0A: break
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var v = Int(e - 0x30)
                var n = 1
                while n < 3 && i < to && p[i] &- 0x30 < 8 {
                    v = v * 8 + Int(p[i] - 0x30)
                    i += 1
                    n += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))
            case UInt8(ascii: "x"):
                guard i + 1 < to + 1, i < to, let h = hexValue(p[i]), i + 1 < to, let l = hexValue(p[i + 1]) else {
                    throw Failure.message("(value error) invalid \\x escape at position \(i - 2 - from)")
                }
                out.append(UInt8(h * 16 + l))
                i += 2
            default:
                out.append(0x5C)
                out.append(e)
            }
            if firstInvalid == nil && isInvalid(p, escapeAt: start, next: i, bytes: true) { firstInvalid = start }
        }
        return firstInvalid
    }
}
