extension Tokenizer {
    @inline(__always)
    func isHexDigit(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20) &- UInt8(ascii: "a") < 6 }

    /// A NUMBER token, with CPython 3.11's literal checks and messages.
    mutating func number(col: Int) -> Bool {
        let start = pos
        var c = p[pos]
        if c == UInt8(ascii: "0") {
            pos += 1
            c = p[pos]
            let lower = c | 0x20
            if lower == UInt8(ascii: "x") {
                return radixDigits(start: start, col: col, kind: "hexadecimal", isDigit: isHexDigit)
            }
            if lower == UInt8(ascii: "o") {
                return radixDigits(start: start, col: col, kind: "octal") { $0 &- 0x30 < 8 }
            }
            if lower == UInt8(ascii: "b") {
                return radixDigits(start: start, col: col, kind: "binary") { $0 &- 0x30 < 2 }
            }
            var nonzero = false
            while true {
                if c == UInt8(ascii: "_") {
                    pos += 1
                    c = p[pos]
                    if !isDigit(c) { return fail("invalid decimal literal") }
                }
                if c != UInt8(ascii: "0") { break }
                pos += 1
                c = p[pos]
            }
            let zerosEnd = pos
            if isDigit(c) {
                nonzero = true
                guard decimalTail() else { return false }
                c = p[pos]
            }
            if c == UInt8(ascii: ".") {
                pos += 1
                return fraction(start: start, col: col)
            } else if c | 0x20 == UInt8(ascii: "e") {
                return exponent(start: start, col: col)
            } else if c | 0x20 == UInt8(ascii: "j") {
                return imaginary(start: start, col: col)
            } else if nonzero {
                return failRange(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    offset: start - lineStart + 1, endOffset: zerosEnd - lineStart + 1)
            }
            guard verifyEndOfNumber("decimal") else { return false }
            emit(.number, from: start, line: line, col: col)
            return true
        }
        if c == UInt8(ascii: ".") {
            pos += 1
            return fraction(start: start, col: col)
        }
        guard decimalTail() else { return false }
        c = p[pos]
        if c == UInt8(ascii: ".") {
            pos += 1
            return fraction(start: start, col: col)
        }
        if c | 0x20 == UInt8(ascii: "e") { return exponent(start: start, col: col) }
        if c | 0x20 == UInt8(ascii: "j") { return imaginary(start: start, col: col) }
        guard verifyEndOfNumber("decimal") else { return false }
        emit(.number, from: start, line: line, col: col)
        return true
    }

    /// Digits with single underscores between them; stops at the first non-digit.
    mutating func decimalTail() -> Bool {
        while true {
            while isDigit(p[pos]) { pos += 1 }
            if p[pos] != UInt8(ascii: "_") { return true }
            pos += 1
            if !isDigit(p[pos]) { return fail("invalid decimal literal") }
        }
    }

    mutating func fraction(start: Int, col: Int) -> Bool {
        if isDigit(p[pos]) {
            guard decimalTail() else { return false }
        }
        let c = p[pos]
        if c | 0x20 == UInt8(ascii: "e") { return exponent(start: start, col: col) }
        if c | 0x20 == UInt8(ascii: "j") { return imaginary(start: start, col: col) }
        guard verifyEndOfNumber("decimal") else { return false }
        emit(.number, from: start, line: line, col: col)
        return true
    }

    mutating func exponent(start: Int, col: Int) -> Bool {
        let ePos = pos
        pos += 1
        var c = p[pos]
        if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            pos += 1
            c = p[pos]
            if !isDigit(c) { return fail("invalid decimal literal") }
        } else if !isDigit(c) {
            // `1e` followed by something else: the number ends before the `e`.
            pos = ePos
            guard verifyEndOfNumber("decimal") else { return false }
            emit(.number, from: start, line: line, col: col)
            return true
        }
        guard decimalTail() else { return false }
        if p[pos] | 0x20 == UInt8(ascii: "j") { return imaginary(start: start, col: col) }
        guard verifyEndOfNumber("decimal") else { return false }
        emit(.number, from: start, line: line, col: col)
        return true
    }

    mutating func imaginary(start: Int, col: Int) -> Bool {
        pos += 1
        guard verifyEndOfNumber("imaginary") else { return false }
        emit(.number, from: start, line: line, col: col)
        return true
    }

    /// `0x…`, `0o…`, `0b…`: `pos` is at the radix letter.
    mutating func radixDigits(start: Int, col: Int, kind: String,
                              isDigit valid: (UInt8) -> Bool) -> Bool {
        pos += 1
        repeat {
            if p[pos] == UInt8(ascii: "_") { pos += 1 }
            if !valid(p[pos]) {
                if kind != "hexadecimal" && isDigit(p[pos]) {
                    pos += 1
                    return fail("invalid digit '\(Character(Unicode.Scalar(p[pos - 1])))' in \(kind) literal")
                }
                return fail("invalid \(kind) literal")
            }
            while valid(p[pos]) { pos += 1 }
        } while p[pos] == UInt8(ascii: "_")
        if kind != "hexadecimal" && isDigit(p[pos]) {
            pos += 1
            return fail("invalid digit '\(Character(Unicode.Scalar(p[pos - 1])))' in \(kind) literal")
        }
        guard verifyEndOfNumber(kind) else { return false }
        emit(.number, from: start, line: line, col: col)
        return true
    }

    /// A literal directly followed by a name character is an error, except before the
    /// keywords that can legally follow a number (`1if x else y`), which 3.11 only
    /// warns about.
    mutating func verifyEndOfNumber(_ kind: String) -> Bool {
        let c = p[pos]
        func ahead(_ s: StaticString) -> Bool {
            let q = s.utf8Start
            for i in 0..<s.utf8CodeUnitCount where p[pos + 1 + i] != q[i] { return false }
            return true
        }
        var keyword = false
        switch c {
        case UInt8(ascii: "a"): keyword = ahead("nd")
        case UInt8(ascii: "e"): keyword = ahead("lse")
        case UInt8(ascii: "f"): keyword = ahead("or")
        case UInt8(ascii: "i"):
            let c2 = p[pos + 1]
            keyword = c2 == UInt8(ascii: "f") || c2 == UInt8(ascii: "n") || c2 == UInt8(ascii: "s")
        case UInt8(ascii: "o"): keyword = ahead("r")
        case UInt8(ascii: "n"): keyword = ahead("ot")
        default: break
        }
        if keyword { return true }
        // A non-ASCII character starts a new token (a name, or an invalid character).
        if c < 0x80 && isIdentifierByte(c) {
            return fail("invalid \(kind) literal")
        }
        return true
    }
}
