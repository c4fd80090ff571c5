extension Tokenizer {
    /// A STRING token (prefix included) whose opening quote is at `quoteAt`. Only the
    /// extent is found here; escapes and f-string fields are the parser's business.
    mutating func string(quoteAt: Int, col: Int) -> Bool {
        let start = tokenStart
        let startLine = line
        let startLineStart = lineStart
        let quote = p[quoteAt]
        pos = quoteAt + 1
        var quoteSize = 1
        if p[pos] == quote && p[pos + 1] == quote {
            quoteSize = 3
            pos += 2
        } else if p[pos] == quote {
            // Empty string.
            pos += 1
            emit(.string, from: start, line: startLine, col: col)
            return true
        }
        var endQuotes = 0
        while endQuotes != quoteSize {
            let c = p[pos]
            if pos >= n || (quoteSize == 1 && c == 0x0A) {
                return unterminated(quoteSize: quoteSize, start: start, startLine: startLine,
                                    startLineStart: startLineStart)
            }
            pos += 1
            if c == quote {
                endQuotes += 1
            } else {
                endQuotes = 0
                if c == UInt8(ascii: "\\") {
                    let escaped = p[pos]
                    if pos < n { pos += 1 }
                    if escaped == 0x0A { newLine() }
                } else if c == 0x0A {
                    newLine()
                }
            }
        }
        emit(.string, from: start, line: startLine, col: col)
        return true
    }

    mutating func unterminated(quoteSize: Int, start: Int, startLine: Int32,
                               startLineStart: Int) -> Bool {
        // CPython counts lines up to the one where the scan stopped; the implicit
        // newline at the end of input is not a new line.
        let detectedAt = pos >= n && lineStart >= n ? line - 1 : line
        let message = quoteSize == 3
            ? "unterminated triple-quoted string literal (detected at line \(detectedAt))"
            : "unterminated string literal (detected at line \(detectedAt))"
        return failAt(kind: .syntaxError, message, line: startLine, lineStart: startLineStart,
                      from: start + 1, to: start + 1)
    }

    /// Operators and delimiters, longest match first.
    mutating func op(_ c: UInt8, col: Int) -> Bool {
        let c2 = p[pos + 1]
        let c3 = p[pos + 2]
        var kind: TokenKind
        var length = 1
        let eq = UInt8(ascii: "=")
        switch c {
        case UInt8(ascii: ":"):
            if c2 == eq { kind = .colonEqual; length = 2 } else { kind = .colon }
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: ";"): kind = .semi
        case UInt8(ascii: "+"):
            if c2 == eq { kind = .plusEqual; length = 2 } else { kind = .plus }
        case UInt8(ascii: "-"):
            if c2 == eq { kind = .minEqual; length = 2 }
            else if c2 == UInt8(ascii: ">") { kind = .rarrow; length = 2 }
            else { kind = .minus }
        case UInt8(ascii: "*"):
            if c2 == UInt8(ascii: "*") {
                if c3 == eq { kind = .doubleStarEqual; length = 3 } else { kind = .doubleStar; length = 2 }
            } else if c2 == eq { kind = .starEqual; length = 2 } else { kind = .star }
        case UInt8(ascii: "/"):
            if c2 == UInt8(ascii: "/") {
                if c3 == eq { kind = .doubleSlashEqual; length = 3 } else { kind = .doubleSlash; length = 2 }
            } else if c2 == eq { kind = .slashEqual; length = 2 } else { kind = .slash }
        case UInt8(ascii: "|"):
            if c2 == eq { kind = .vbarEqual; length = 2 } else { kind = .vbar }
        case UInt8(ascii: "&"):
            if c2 == eq { kind = .amperEqual; length = 2 } else { kind = .amper }
        case UInt8(ascii: "<"):
            if c2 == UInt8(ascii: "<") {
                if c3 == eq { kind = .leftShiftEqual; length = 3 } else { kind = .leftShift; length = 2 }
            } else if c2 == eq { kind = .lessEqual; length = 2 }
            else if c2 == UInt8(ascii: ">") { kind = .notEqual; length = 2 }
            else { kind = .less }
        case UInt8(ascii: ">"):
            if c2 == UInt8(ascii: ">") {
                if c3 == eq { kind = .rightShiftEqual; length = 3 } else { kind = .rightShift; length = 2 }
            } else if c2 == eq { kind = .greaterEqual; length = 2 } else { kind = .greater }
        case UInt8(ascii: "="):
            if c2 == eq { kind = .eqEqual; length = 2 } else { kind = .equal }
        case UInt8(ascii: "!"):
            if c2 == eq { kind = .notEqual; length = 2 } else { kind = .errorToken }
        case UInt8(ascii: "%"):
            if c2 == eq { kind = .percentEqual; length = 2 } else { kind = .percent }
        case UInt8(ascii: "~"): kind = .tilde
        case UInt8(ascii: "^"):
            if c2 == eq { kind = .circumflexEqual; length = 2 } else { kind = .circumflex }
        case UInt8(ascii: "@"):
            if c2 == eq { kind = .atEqual; length = 2 } else { kind = .at }
        default:
            if c < 0x20 || c == 0x7F {
                pos += 1
                let hex = String(c, radix: 16, uppercase: true)
                return fail("invalid non-printable character U+\(String(repeating: "0", count: 4 - hex.count))\(hex)")
            }
            kind = .errorToken
        }
        pos += length
        emit(kind, from: pos - length, line: line, col: col)
        return true
    }
}
