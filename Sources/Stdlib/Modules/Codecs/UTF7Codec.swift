import ObjectLayout
import ObjectModel

/// UTF-7 (RFC 2152): encoding conservatively, decoding liberally, as CPython does.
enum UTF7Codec {
    /// For each ASCII character: 0 for set D (letters, digits, '(),-./:?), 1 for set O
    /// (!"#$%&*;<=>@[]^_`{|}), 2 for the whitespace written directly (tab, LF, CR,
    /// space), 3 for what must be base64-encoded (+, \, ~ and the other controls).
    static let category: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 128)
        for c in 0..<128 {
            let s = Unicode.Scalar(UInt8(c))
            if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || "'(),-./:?".unicodeScalars.contains(s) {
                table[c] = 0
            } else if "!\"#$%&*;<=>@[]^_`{|}".unicodeScalars.contains(s) {
                table[c] = 1
            } else if c == 9 || c == 10 || c == 13 || c == 32 {
                table[c] = 2
            } else {
                table[c] = 3
            }
        }
        return table
    }()

    static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    @inline(__always)
    static func isBase64(_ c: UInt8) -> Bool {
        (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x2B || c == 0x2F
    }

    @inline(__always)
    static func base64Value(_ c: UInt8) -> UInt32 {
        switch c {
        case 0x41...0x5A: return UInt32(c - 0x41)
        case 0x61...0x7A: return UInt32(c - 0x61 + 26)
        case 0x30...0x39: return UInt32(c - 0x30 + 52)
        case 0x2B: return 62
        default: return 63
        }
    }

    /// Every ASCII byte but '+' stands for itself when decoding.
    @inline(__always)
    static func decodesDirectly(_ c: UInt8) -> Bool { c < 0x80 && c != 0x2B }

    @inline(__always)
    static func encodesDirectly(_ c: UInt32) -> Bool { c < 0x80 && c > 0 && category[Int(c)] != 3 }

    static func decode(_ input: Value, errors: ErrorMode, final: Bool) throws(PyException) -> (text: Value, consumed: Int) {
        var d = Decoding(input, encoding: "utf7", errors: errors)
        var s = 0
        var inShift = false
        var shiftOutStart = 0
        var bits = 0
        var buffer: UInt64 = 0
        var surrogate: UInt32 = 0
        // Where the shift sequence or the error began.
        var start = 0
        while true {
            while s < d.count {
                let c = d[s]
                var reason: String
                if inShift {
                    if isBase64(c) {
                        buffer = buffer << 6 | UInt64(base64Value(c))
                        bits += 6
                        s += 1
                        if bits >= 16 {
                            let unit = UInt32(truncatingIfNeeded: buffer >> UInt64(bits - 16))
                            bits -= 16
                            buffer &= (1 << UInt64(bits)) - 1
                            if surrogate != 0 {
                                if unit >= 0xDC00 && unit <= 0xDFFF {
                                    d.out.append(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00))
                                    surrogate = 0
                                    continue
                                }
                                d.out.append(surrogate)
                                surrogate = 0
                            }
                            if unit >= 0xD800 && unit <= 0xDBFF {
                                surrogate = unit
                            } else {
                                d.out.append(unit)
                            }
                        }
                        continue
                    }
                    // Leaving the base64 section.
                    inShift = false
                    if bits >= 6 {
                        s += 1
                        reason = "partial character in shift sequence"
                    } else if bits > 0 && buffer != 0 {
                        s += 1
                        reason = "non-zero padding bits in shift sequence"
                    } else {
                        if surrogate != 0 && decodesDirectly(c) { d.out.append(surrogate) }
                        surrogate = 0
                        // '-' ends the section and is absorbed; other characters are kept.
                        if c == 0x2D { s += 1 }
                        continue
                    }
                } else if c == 0x2B {
                    start = s
                    s += 1
                    if s < d.count && d[s] == 0x2D {
                        s += 1
                        d.out.append(0x2B)
                        continue
                    }
                    if s < d.count && !isBase64(d[s]) {
                        s += 1
                        reason = "ill-formed sequence"
                    } else {
                        inShift = true
                        surrogate = 0
                        shiftOutStart = d.out.count
                        bits = 0
                        buffer = 0
                        continue
                    }
                } else if decodesDirectly(c) {
                    s += 1
                    d.out.append(UInt32(c))
                    continue
                } else {
                    start = s
                    s += 1
                    reason = "unexpected special character"
                }
                s = try d.fail(start, s, reason)
            }
            // At the end of the input, inside a shift sequence.
            if inShift && final {
                inShift = false
                if surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0) {
                    s = try d.fail(start, d.count, "unterminated shift sequence")
                    if s < d.count { continue }
                }
            }
            break
        }
        if !final && inShift {
            // The shift sequence may go on in the next chunk: decode it again then.
            d.out.removeLast(d.out.count - shiftOutStart)
            return (d.text, start)
        }
        return (d.text, final ? Bytes.count(input) : s)
    }

    static func encode(_ s: Value) -> Value {
        let text = TextReader(s)
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var inShift = false
        var bits = 0
        var buffer: UInt64 = 0
        func put(_ unit: UInt32) {
            bits += 16
            buffer = buffer << 16 | UInt64(unit)
            while bits >= 6 {
                out.append(alphabet[Int((buffer >> UInt64(bits - 6)) & 0x3F)])
                bits -= 6
            }
            buffer &= (1 << UInt64(bits)) - 1
        }
        for i in 0..<text.count {
            let c = text[i]
            if inShift {
                if encodesDirectly(c) {
                    if bits > 0 {
                        out.append(alphabet[Int((buffer << UInt64(6 - bits)) & 0x3F)])
                        buffer = 0
                        bits = 0
                    }
                    inShift = false
                    // A base64 character or '-' after the section needs the explicit end.
                    if isBase64(UInt8(c)) || c == 0x2D { out.append(0x2D) }
                    out.append(UInt8(c))
                    continue
                }
            } else if c == 0x2B {
                out += [0x2B, 0x2D]
                continue
            } else if encodesDirectly(c) {
                out.append(UInt8(c))
                continue
            } else {
                out.append(0x2B)
                inShift = true
            }
            if c >= 0x10000 {
                put(0xD800 | ((c - 0x10000) >> 10))
                put(0xDC00 | ((c - 0x10000) & 0x3FF))
            } else {
                put(c)
            }
        }
        if bits > 0 { out.append(alphabet[Int((buffer << UInt64(6 - bits)) & 0x3F)]) }
        if inShift { out.append(0x2D) }
        return Bytes.make(out)
    }
}
