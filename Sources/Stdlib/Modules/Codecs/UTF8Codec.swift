import ObjectLayout
import ObjectModel

/// UTF-8 with any error handler, and incremental decoding (`final` false leaves an
/// incomplete sequence at the end undecoded).
enum UTF8Codec {
    static func decode(_ input: Value, errors: ErrorMode, final: Bool) throws(PyException) -> (text: Value, consumed: Int) {
        var d = Decoding(input, encoding: "utf-8", errors: errors)
        var i = 0
        while i < d.count {
            let b = d[i]
            if b < 0x80 {
                d.out.append(UInt32(b))
                i += 1
                continue
            }
            switch StrCodecs.utf8Sequence(UnsafeRawBufferPointer(start: d.bytes, count: d.count), at: i) {
            case .success(let c, let length):
                d.out.append(c)
                i += length
            case .failure(let length, let reason):
                if !final {
                    if reason == "unexpected end of data" { return (d.text, i) }
                    // Two bytes of an encoded surrogate: surrogatepass may take it once complete.
                    if b == 0xED && d.count - i == 2 && d[i + 1] >= 0xA0 && d[i + 1] <= 0xBF { return (d.text, i) }
                }
                i = try d.fail(i, i + length, reason)
            }
        }
        return (d.text, i)
    }

    static func encode(_ s: Value, errors: ErrorMode) throws(PyException) -> Value {
        if Str.isASCII(s) { return Bytes.make(UnsafeRawBufferPointer(start: Str.data(s), count: Str.length(s))) }
        var e = Encoding(s, encoding: "utf-8", errors: errors, escapesPrefix: true)
        let n = e.text.count
        var i = 0
        while i < n {
            let c = e.text[i]
            if !CodecText.isSurrogate(c) {
                StrCodecs.appendUTF8(c, to: &e.out)
                i += 1
                continue
            }
            var end = i + 1
            while end < n && CodecText.isSurrogate(e.text[end]) { end += 1 }
            let reason = "surrogates not allowed"
            let (replacement, position) = try e.replacement(i, end, reason)
            switch replacement {
            case .bytes(let b): e.out += b
            case .text(let t):
                guard t.allSatisfy({ $0 < 0x80 }) else { throw e.error(i, end, reason) }
                for c in t { e.out.append(UInt8(c)) }
            }
            i = position
        }
        return e.bytes
    }
}

/// Latin-1 and ASCII, the codecs whose characters are single bytes below a limit.
enum SingleByteCodecs {
    static func decodeLatin1(_ input: Value) -> Value {
        Str.make(codePoints: ByteView(input).raw.lazy.map { UInt32($0) })
    }

    static func decodeASCII(_ input: Value, errors: ErrorMode) throws(PyException) -> Value {
        var d = Decoding(input, encoding: "ascii", errors: errors)
        var i = 0
        while i < d.count {
            let b = d[i]
            if b < 0x80 {
                d.out.append(UInt32(b))
                i += 1
            } else {
                i = try d.fail(i, i + 1, "ordinal not in range(128)")
            }
        }
        return d.text
    }

    /// Latin-1 (`limit` 256) or ASCII (128).
    static func encode(_ s: Value, limit: UInt32, errors: ErrorMode) throws(PyException) -> Value {
        if Str.isASCII(s) || (limit == 256 && Str.kind(s) == 1) {
            return Bytes.make(UnsafeRawBufferPointer(start: Str.data(s), count: Str.length(s)))
        }
        var e = Encoding(s, encoding: limit == 256 ? "latin-1" : "ascii", errors: errors, escapesPrefix: true)
        let n = e.text.count
        let reason = "ordinal not in range(\(limit))"
        var i = 0
        while i < n {
            let c = e.text[i]
            if c < limit {
                e.out.append(UInt8(c))
                i += 1
                continue
            }
            var end = i + 1
            while end < n && e.text[end] >= limit { end += 1 }
            let (replacement, position) = try e.replacement(i, end, reason)
            switch replacement {
            case .bytes(let b): e.out += b
            case .text(let t):
                guard t.allSatisfy({ $0 < limit }) else { throw e.error(i, end, reason) }
                for c in t { e.out.append(UInt8(c)) }
            }
            i = position
        }
        return e.bytes
    }
}
