import ObjectLayout
import ObjectModel

/// unicode_escape and raw_unicode_escape: text as Python string literal escapes.
enum EscapeCodecs {
    @inline(__always)
    static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        default: return nil
        }
    }

    @inline(__always)
    static func isOctal(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x37 }

    /// A decoder's first invalid escape, which CPython 3.11 reports as a DeprecationWarning.
    enum InvalidEscape {
        case character(UInt8)
        case octal([UInt8])

        var message: String {
            switch self {
            case .character(let c): return "invalid escape sequence '\\\(Character(Unicode.Scalar(c)))'"
            case .octal(let digits): return "invalid octal escape sequence '\\\(String(decoding: digits, as: UTF8.self))'"
            }
        }
    }

    static func warn(_ invalid: InvalidEscape?) throws(PyException) {
        guard let invalid else { return }
        try WarningsModule.warn(Str.make(invalid.message), category: Value(Krait_exc_DeprecationWarning), stacklevel: 1)
    }

    static func decodeUnicodeEscape(_ input: Value, errors: ErrorMode, final: Bool) throws(PyException) -> (text: Value, consumed: Int) {
        var d = Decoding(input, encoding: "unicodeescape", errors: errors)
        var invalid: InvalidEscape?
        var s = 0
        while s < d.count {
            let c = d[s]
            s += 1
            if c != 0x5C {
                d.out.append(UInt32(c))
                continue
            }
            let start = s - 1
            var reason: String
            var incomplete = false
            if s >= d.count {
                reason = "\\ at end of string"
                incomplete = true
            } else {
                let e = d[s]
                s += 1
                switch e {
                case 0x0A: continue
                case 0x5C, 0x27, 0x22: d.out.append(UInt32(e)); continue
                case 0x62: d.out.append(0x08); continue
                case 0x66: d.out.append(0x0C); continue
                case 0x74: d.out.append(0x09); continue
                case 0x6E: d.out.append(0x0A); continue
                case 0x72: d.out.append(0x0D); continue
                case 0x76: d.out.append(0x0B); continue
                case 0x61: d.out.append(0x07); continue
                case 0x30...0x37:
                    var value = UInt32(e - 0x30)
                    if s < d.count && isOctal(d[s]) {
                        value = value << 3 + UInt32(d[s] - 0x30)
                        s += 1
                        if s < d.count && isOctal(d[s]) {
                            value = value << 3 + UInt32(d[s] - 0x30)
                            s += 1
                        }
                    }
                    if value > 0o377 && invalid == nil { invalid = .octal(Array(UnsafeBufferPointer(start: d.bytes + s - 3, count: 3))) }
                    d.out.append(value)
                    continue
                case 0x78, 0x75, 0x55:
                    var count = e == 0x78 ? 2 : e == 0x75 ? 4 : 8
                    reason = e == 0x78 ? "truncated \\xXX escape" : e == 0x75 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
                    var value: UInt32 = 0
                    var bad = false
                    while count > 0 {
                        if s >= d.count {
                            incomplete = true
                            break
                        }
                        guard let digit = hexValue(d[s]) else {
                            bad = true
                            break
                        }
                        value = value << 4 | digit
                        s += 1
                        count -= 1
                    }
                    if !incomplete && !bad {
                        if value < 0x110000 {
                            d.out.append(value)
                            continue
                        }
                        reason = "illegal Unicode character"
                    }
                case 0x4E:
                    reason = "malformed \\N character escape"
                    if s >= d.count {
                        incomplete = true
                    } else if d[s] == 0x7B {
                        s += 1
                        let nameStart = s
                        while s < d.count && d[s] != 0x7D { s += 1 }
                        if s >= d.count {
                            incomplete = true
                        } else if s > nameStart {
                            let name = String(decoding: UnsafeBufferPointer(start: d.bytes + nameStart, count: s - nameStart), as: UTF8.self)
                            s += 1
                            if let c = CharacterNames.lookup(name) {
                                d.out.append(c)
                                continue
                            }
                            reason = "unknown Unicode character name"
                        }
                    }
                default:
                    if invalid == nil { invalid = .character(e) }
                    d.out.append(0x5C)
                    d.out.append(UInt32(e))
                    continue
                }
            }
            if incomplete && !final {
                try warn(invalid)
                return (d.text, start)
            }
            s = try d.fail(start, incomplete ? d.count : s, reason)
        }
        try warn(invalid)
        return (d.text, final ? Bytes.count(input) : s)
    }

    static func decodeRawUnicodeEscape(_ input: Value, errors: ErrorMode, final: Bool) throws(PyException) -> (text: Value, consumed: Int) {
        var d = Decoding(input, encoding: "rawunicodeescape", errors: errors)
        var s = 0
        while s < d.count {
            let c = d[s]
            s += 1
            if c != 0x5C || (s >= d.count && final) {
                d.out.append(UInt32(c))
                continue
            }
            let start = s - 1
            if s >= d.count { return (d.text, start) }
            let e = d[s]
            s += 1
            guard e == 0x75 || e == 0x55 else {
                d.out.append(0x5C)
                d.out.append(UInt32(e))
                continue
            }
            var count = e == 0x75 ? 4 : 8
            var reason = e == 0x75 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
            var value: UInt32 = 0
            var incomplete = false, bad = false
            while count > 0 {
                if s >= d.count {
                    incomplete = true
                    break
                }
                guard let digit = hexValue(d[s]) else {
                    bad = true
                    break
                }
                value = value << 4 | digit
                s += 1
                count -= 1
            }
            if !incomplete && !bad {
                if value < 0x110000 {
                    d.out.append(value)
                    continue
                }
                reason = "\\Uxxxxxxxx out of range"
            }
            if incomplete && !final { return (d.text, start) }
            s = try d.fail(start, incomplete ? d.count : s, reason)
        }
        return (d.text, final ? Bytes.count(input) : s)
    }

    static func encodeUnicodeEscape(_ s: Value) -> Value {
        let text = TextReader(s)
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        for i in 0..<text.count {
            let c = text[i]
            switch c {
            case 0x5C: out += [0x5C, 0x5C]
            case 0x09: out += [0x5C, 0x74]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x20..<0x7F: out.append(UInt8(c))
            case 0..<0x100:
                out += [0x5C, 0x78]
                CodecText.appendHex(c, digits: 2, to: &out)
            default:
                appendWide(c, to: &out)
            }
        }
        return Bytes.make(out)
    }

    static func encodeRawUnicodeEscape(_ s: Value) -> Value {
        let text = TextReader(s)
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        for i in 0..<text.count {
            let c = text[i]
            if c < 0x100 { out.append(UInt8(c)) } else { appendWide(c, to: &out) }
        }
        return Bytes.make(out)
    }

    /// `\uXXXX` or `\UXXXXXXXX` for a character beyond Latin-1.
    static func appendWide(_ c: UInt32, to out: inout [UInt8]) {
        if c < 0x10000 {
            out += [0x5C, 0x75]
            CodecText.appendHex(c, digits: 4, to: &out)
        } else {
            out += [0x5C, 0x55]
            CodecText.appendHex(c, digits: 8, to: &out)
        }
    }
}

/// escape_encode and escape_decode: bytes as bytes literal escapes.
enum BytesEscapeCodec {
    static func encode(_ data: Value) -> Value {
        let bytes = ByteView(data)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for i in 0..<bytes.count {
            let c = bytes[i]
            switch c {
            case 0x27, 0x5C: out += [0x5C, c]
            case 0x09: out += [0x5C, 0x74]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x20..<0x7F: out.append(c)
            default:
                out += [0x5C, 0x78]
                CodecText.appendHex(UInt32(c), digits: 2, to: &out)
            }
        }
        return Bytes.make(out)
    }

    /// `errors` is None, strict, replace or ignore; only bad `\x` escapes use it.
    static func decode(_ data: UnsafeRawBufferPointer, errors: String?) throws(PyException) -> Value {
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        var invalid: EscapeCodecs.InvalidEscape?
        var s = 0
        let end = data.count
        while s < end {
            if data[s] != 0x5C {
                out.append(data[s])
                s += 1
                continue
            }
            s += 1
            if s == end { throw PyException.valueError("Trailing \\ in string") }
            let c = data[s]
            s += 1
            switch c {
            case 0x0A: break
            case 0x5C, 0x27, 0x22: out.append(c)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x74: out.append(0x09)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x76: out.append(0x0B)
            case 0x61: out.append(0x07)
            case 0x30...0x37:
                var value = Int(c - 0x30)
                if s < end && EscapeCodecs.isOctal(data[s]) {
                    value = value << 3 + Int(data[s] - 0x30)
                    s += 1
                    if s < end && EscapeCodecs.isOctal(data[s]) {
                        value = value << 3 + Int(data[s] - 0x30)
                        s += 1
                    }
                }
                if value > 0o377 && invalid == nil { invalid = .octal(Array(data[(s - 3)..<s])) }
                out.append(UInt8(truncatingIfNeeded: value))
            case 0x78:
                if s + 1 < end, let high = EscapeCodecs.hexValue(data[s]), let low = EscapeCodecs.hexValue(data[s + 1]) {
                    out.append(UInt8(high << 4 | low))
                    s += 2
                    break
                }
                switch errors {
                case nil, "strict": throw PyException.valueError("invalid \\x escape at position \(s - 2)")
                case "replace": out.append(0x3F)
                case "ignore": break
                default: throw PyException.valueError("decoding error; unknown error handling code: \(errors!)")
                }
                if s < end && EscapeCodecs.hexValue(data[s]) != nil { s += 1 }
            default:
                if invalid == nil { invalid = .character(c) }
                out.append(0x5C)
                s -= 1
            }
        }
        try EscapeCodecs.warn(invalid)
        return Bytes.make(out)
    }
}
