extension Tokenizer {
    @inline(__always)
    func isIdentifierByte(_ c: UInt8) -> Bool {
        (c | 0x20) &- UInt8(ascii: "a") < 26 || c &- 0x30 < 10 || c == UInt8(ascii: "_") || c >= 0x80
    }

    /// A NAME, a keyword, or the prefix of a string literal (`rb"…"`, `f'…'`, …).
    mutating func identifierOrString(col: Int) -> Bool {
        let start = pos
        // String prefixes: any order of one each of b/r/u/f that CPython accepts.
        var sawB = false, sawR = false, sawU = false, sawF = false
        while true {
            let c = p[pos] | 0x20
            if !(sawB || sawU || sawF) && c == UInt8(ascii: "b") {
                sawB = true
            } else if !(sawB || sawU || sawR || sawF) && c == UInt8(ascii: "u") {
                sawU = true
            } else if !(sawR || sawU) && c == UInt8(ascii: "r") {
                sawR = true
            } else if !(sawF || sawB || sawU) && c == UInt8(ascii: "f") {
                sawF = true
            } else {
                break
            }
            pos += 1
            let q = p[pos]
            if q == UInt8(ascii: "'") || q == UInt8(ascii: "\"") {
                return string(quoteAt: pos, col: col)
            }
        }
        var nonASCII = false
        while isIdentifierByte(p[pos]) {
            if p[pos] >= 0x80 { nonASCII = true }
            pos += 1
        }
        if nonASCII && !verifyIdentifier(start: start) { return false }
        let kind = keywordKind(p + start, pos - start) ?? .name
        emit(kind, from: start, line: line, col: col)
        return true
    }

    /// Checks a non-ASCII identifier against XID_Start/XID_Continue, as CPython's
    /// `verify_identifier`, pointing the error just after the first invalid character.
    mutating func verifyIdentifier(start: Int) -> Bool {
        var i = start
        var first = true
        while i < pos {
            guard let (scalar, length) = decodeScalar(p, at: i, limit: pos) else {
                return failUnicodeDecode(at: i)
            }
            let ok: Bool
            if scalar.value < 0x80 {
                let c = UInt8(scalar.value)
                ok = first ? (c == UInt8(ascii: "_") || (c | 0x20) &- UInt8(ascii: "a") < 26)
                           : isIdentifierByte(c)
            } else {
                // CPython 3.11 has Unicode 14.0: later characters are unassigned there.
                let known = scalar.properties.age.map { $0.major < 14 || ($0.major == 14 && $0.minor == 0) } ?? false
                ok = known && (first ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue)
            }
            if !ok {
                pos = i + length
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                if PyRepr.isPrintable(scalar.value) {
                    return fail("invalid character '\(Character(scalar))' (U+\(padded))")
                }
                return fail("invalid non-printable character U+\(padded)")
            }
            first = false
            i += length
        }
        return true
    }

    /// Invalid UTF-8 inside an identifier: CPython reports the decoder's complaint just
    /// after the name, through its parser's error path: a byte offset (characters when
    /// the encoding was declared) and no end offset.
    mutating func failUnicodeDecode(at i: Int) -> Bool {
        let message = utf8DecodeErrorMessage(p, at: i, limit: pos, base: tokenStart)
        var end = lineStart
        while end < n && p[end] != 0x0A { end += 1 }
        let text = decodeLine(p, from: lineStart, to: min(end + 1, n))
        let byteOffset = pos - lineStart
        error = PySyntaxError(kind: .syntaxError, message: message, filename: filename,
                              lineno: Int(line),
                              offset: convertsOffsets ? characterOffset(in: text, byteOffset: byteOffset) : byteOffset,
                              endLineno: Int(line), endOffset: -1, text: text)
        return false
    }
}

/// Decodes one UTF-8 scalar at `i` (strictly: no overlongs, no surrogates).
func decodeScalar(_ p: UnsafePointer<UInt8>, at i: Int, limit: Int) -> (Unicode.Scalar, Int)? {
    let b0 = UInt32(p[i])
    if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
    func cont(_ k: Int) -> UInt32? {
        guard i + k < limit else { return nil }
        let b = p[i + k]
        return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
    }
    if b0 >= 0xC2 && b0 < 0xE0 {
        guard let c1 = cont(1) else { return nil }
        return Unicode.Scalar(((b0 & 0x1F) << 6) | c1).map { ($0, 2) }
    }
    if b0 >= 0xE0 && b0 < 0xF0 {
        guard let c1 = cont(1), let c2 = cont(2) else { return nil }
        let v = ((b0 & 0x0F) << 12) | (c1 << 6) | c2
        if v < 0x800 { return nil }
        return Unicode.Scalar(v).map { ($0, 3) }
    }
    if b0 >= 0xF0 && b0 < 0xF5 {
        guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return nil }
        let v = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
        if v < 0x10000 || v > 0x10FFFF { return nil }
        return Unicode.Scalar(v).map { ($0, 4) }
    }
    return nil
}
