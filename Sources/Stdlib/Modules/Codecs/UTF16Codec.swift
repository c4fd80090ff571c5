import ObjectLayout
import ObjectModel

/// UTF-16 in either byte order: `byteorder` 0 reads (and writes) a byte order mark
/// and otherwise means little-endian, negative is little-endian, positive big-endian.
enum UTF16Codec {
    /// Decodes; `byteorder` comes back as the order a leading mark chose.
    static func decode(_ input: Value, errors: ErrorMode, byteorder: inout Int, final: Bool) throws(PyException)
        -> (text: Value, consumed: Int) {
        let size = Bytes.count(input)
        var q = 0
        var order = byteorder
        if order == 0 && size >= 2 {
            let p = Bytes.data(input).assumingMemoryBound(to: UInt8.self)
            let mark = UInt32(p[1]) << 8 | UInt32(p[0])
            if mark == 0xFEFF {
                q = 2
                order = -1
            } else if mark == 0xFFFE {
                q = 2
                order = 1
            }
            byteorder = order
        }
        if q == size { return (Str.make(""), size) }
        let big = order > 0
        var d = Decoding(input, encoding: big ? "utf-16-be" : "utf-16-le", errors: errors)
        while true {
            let start: Int, end: Int, reason: String
            if d.count - q >= 2 {
                let u = d.unit16(q, big: big)
                q += 2
                if !CodecText.isSurrogate(u) {
                    d.out.append(u)
                    continue
                }
                if u >= 0xDC00 {
                    (start, end, reason) = (q - 2, q, "illegal encoding")
                } else if d.count - q < 2 {
                    q -= 2
                    if !final { break }
                    (start, end, reason) = (q, d.count, "unexpected end of data")
                } else {
                    let low = d.unit16(q, big: big)
                    q += 2
                    if low >= 0xDC00 && low <= 0xDFFF {
                        d.out.append(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))
                        continue
                    }
                    (start, end, reason) = (q - 4, q - 2, "illegal UTF-16 surrogate")
                }
            } else {
                if q == d.count || !final { break }
                (start, end, reason) = (q, d.count, "truncated data")
            }
            q = try d.fail(start, end, reason)
        }
        return (d.text, final ? size : q)
    }

    static func encode(_ s: Value, errors: ErrorMode, byteorder: Int) throws(PyException) -> Value {
        let name = byteorder == -1 ? "utf-16-le" : byteorder == 1 ? "utf-16-be" : "utf-16"
        let big = byteorder > 0
        var e = Encoding(s, encoding: name, errors: errors)
        func put(_ u: UInt32, _ out: inout [UInt8]) {
            if big {
                out.append(UInt8(u >> 8))
                out.append(UInt8(u & 0xFF))
            } else {
                out.append(UInt8(u & 0xFF))
                out.append(UInt8(u >> 8))
            }
        }
        if byteorder == 0 { put(0xFEFF, &e.out) }
        let n = e.text.count
        var i = 0
        while i < n {
            let c = e.text[i]
            if c >= 0x10000 {
                put(0xD800 | ((c - 0x10000) >> 10), &e.out)
                put(0xDC00 | ((c - 0x10000) & 0x3FF), &e.out)
                i += 1
                continue
            }
            if !CodecText.isSurrogate(c) {
                put(c, &e.out)
                i += 1
                continue
            }
            let reason = "surrogates not allowed"
            let (replacement, position) = try e.replacement(i, i + 1, reason)
            // CPython reports a bad replacement at the character before the new position.
            switch replacement {
            case .bytes(let b):
                guard b.count % 2 == 0 else { throw e.error(position - 1, position, reason) }
                e.out += b
            case .text(let t):
                guard t.allSatisfy({ $0 < 0x80 }) else { throw e.error(position - 1, position, reason) }
                for c in t { put(c, &e.out) }
            }
            i = position
        }
        return e.bytes
    }
}

/// UTF-32, with byte orders as UTF-16's.
enum UTF32Codec {
    static func decode(_ input: Value, errors: ErrorMode, byteorder: inout Int, final: Bool) throws(PyException)
        -> (text: Value, consumed: Int) {
        let size = Bytes.count(input)
        var q = 0
        var order = byteorder
        if order == 0 && size >= 4 {
            let p = Bytes.data(input).assumingMemoryBound(to: UInt8.self)
            let mark = UInt32(p[3]) << 24 | UInt32(p[2]) << 16 | UInt32(p[1]) << 8 | UInt32(p[0])
            if mark == 0x0000_FEFF {
                q = 4
                order = -1
            } else if mark == 0xFFFE_0000 {
                q = 4
                order = 1
            }
            byteorder = order
        }
        if q == size { return (Str.make(""), size) }
        let big = order > 0
        var d = Decoding(input, encoding: big ? "utf-32-be" : "utf-32-le", errors: errors)
        while q < d.count {
            let start: Int, end: Int, reason: String
            if d.count - q < 4 {
                if !final { break }
                (start, end, reason) = (q, d.count, "truncated data")
            } else {
                let c = d.unit32(q, big: big)
                if c < 0x110000 && !CodecText.isSurrogate(c) {
                    d.out.append(c)
                    q += 4
                    continue
                }
                reason = c < 0x110000 ? "code point in surrogate code point range(0xd800, 0xe000)" : "code point not in range(0x110000)"
                (start, end) = (q, q + 4)
            }
            q = try d.fail(start, end, reason)
        }
        return (d.text, final ? size : q)
    }

    static func encode(_ s: Value, errors: ErrorMode, byteorder: Int) throws(PyException) -> Value {
        let name = byteorder == -1 ? "utf-32-le" : byteorder == 1 ? "utf-32-be" : "utf-32"
        let big = byteorder > 0
        var e = Encoding(s, encoding: name, errors: errors)
        func put(_ u: UInt32, _ out: inout [UInt8]) {
            if big {
                out += [UInt8(u >> 24), UInt8((u >> 16) & 0xFF), UInt8((u >> 8) & 0xFF), UInt8(u & 0xFF)]
            } else {
                out += [UInt8(u & 0xFF), UInt8((u >> 8) & 0xFF), UInt8((u >> 16) & 0xFF), UInt8(u >> 24)]
            }
        }
        if byteorder == 0 { put(0xFEFF, &e.out) }
        let n = e.text.count
        var i = 0
        while i < n {
            let c = e.text[i]
            if !CodecText.isSurrogate(c) {
                put(c, &e.out)
                i += 1
                continue
            }
            let reason = "surrogates not allowed"
            let (replacement, position) = try e.replacement(i, i + 1, reason)
            switch replacement {
            case .bytes(let b):
                guard b.count % 4 == 0 else { throw e.error(position - 1, position, reason) }
                e.out += b
            case .text(let t):
                guard t.allSatisfy({ $0 < 0x80 }) else { throw e.error(position - 1, position, reason) }
                for c in t { put(c, &e.out) }
            }
            i = position
        }
        return e.bytes
    }
}
