import ObjectLayout

/// Decoding bytes to str with the codecs of `StrCodecs`.
extension StrCodecs {
    static func decode(_ bytes: UnsafeRawBufferPointer, _ codec: Codec, errors: String) throws(PyException) -> Value {
        let n = bytes.count
        var out = StrBuilder(capacity: n)
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 || (codec == .latin1) {
                out.append(UInt32(b))
                i += 1
                continue
            }
            if codec == .ascii {
                i = try handleDecodeError(bytes, i..<(i + 1), codec, "ordinal not in range(128)", errors, into: &out)
                continue
            }
            switch utf8Sequence(bytes, at: i) {
            case .success(let c, let length):
                out.append(c)
                i += length
            case .failure(let length, let reason):
                i = try handleDecodeError(bytes, i..<(i + length), codec, reason, errors, into: &out)
            }
        }
        return out.build()
    }

    public enum Sequence {
        case success(UInt32, length: Int)
        case failure(length: Int, reason: String)
    }

    /// The UTF-8 sequence starting with the non-ASCII byte at `i`, or how many bytes an
    /// error covers: the start byte and the valid continuation bytes after it.
    public static func utf8Sequence(_ bytes: UnsafeRawBufferPointer, at i: Int) -> Sequence {
        let b = bytes[i]
        var need = 0
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; low = 0xA0
        case 0xED: need = 2; high = 0x9F
        case 0xE1...0xEF: need = 2
        case 0xF0: need = 3; low = 0x90
        case 0xF4: need = 3; high = 0x8F
        case 0xF1...0xF3: need = 3
        default: return .failure(length: 1, reason: "invalid start byte")
        }
        var c = UInt32(b) & (0x3F >> UInt32(need))
        for j in 1...need {
            if i + j >= bytes.count { return .failure(length: j, reason: "unexpected end of data") }
            let next = bytes[i + j]
            if next < (j == 1 ? low : 0x80) || next > (j == 1 ? high : 0xBF) {
                return .failure(length: j, reason: "invalid continuation byte")
            }
            c = c << 6 | UInt32(next & 0x3F)
        }
        return .success(c, length: need + 1)
    }

    /// Handles the undecodable `range` as `errors` says; returns where decoding goes on.
    static func handleDecodeError(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, _ codec: Codec, _ reason: String,
                                  _ errors: String, into out: inout StrBuilder) throws(PyException) -> Int {
        switch errors {
        case "strict":
            throw decodeError(bytes, range, codec, reason)
        case "ignore": break
        case "replace": out.append(0xFFFD)
        case "backslashreplace": for i in range { for c in "\\x\(hex(bytes[i]))".unicodeScalars { out.append(c.value) } }
        case "surrogateescape": for i in range { out.append(0xDC00 + UInt32(bytes[i])) }
        case "surrogatepass":
            guard codec == .utf8, let c = encodedSurrogate(bytes, at: range.lowerBound) else {
                throw decodeError(bytes, range, codec, reason)
            }
            out.append(c)
            return range.lowerBound + 3
        default: throw unknownHandler(errors)
        }
        return range.upperBound
    }

    static func decodeError(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, _ codec: Codec, _ reason: String) -> PyException {
        UnicodeErrors.decodeError(encoding: codec.name, object: Bytes.make(bytes), start: range.lowerBound,
                                  end: range.upperBound, reason: reason)
    }

    /// The surrogate a three-byte UTF-8 form at `i` encodes (what surrogatepass lets
    /// through), or nil.
    public static func encodedSurrogate(_ bytes: UnsafeRawBufferPointer, at i: Int) -> UInt32? {
        guard i + 3 <= bytes.count, bytes[i] & 0xF0 == 0xE0, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 else {
            return nil
        }
        let c = UInt32(bytes[i] & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        return (0xD800...0xDFFF).contains(c) ? c : nil
    }

    static func hex(_ b: UInt8) -> String { (b < 16 ? "0" : "") + String(b, radix: 16) }
}
