extension Tokenizer {
    /// Measures the indentation of a new line and emits INDENT/DEDENT tokens, with
    /// CPython's two measures (tabs to 8 and tabs to 1) to detect inconsistent tabs.
    mutating func indentation() -> Bool {
        var col = 0
        var altCol = 0
        // Indentation cannot be split over lines with backslashes: the first backslash
        // fixes the line's indentation, as in CPython's tokenizer.
        var continuedAt: (col: Int, altCol: Int)? = nil
        var q = pos
        while true {
            let c = p[q]
            if c == 0x20 {
                col += 1
                altCol += 1
            } else if c == 0x09 {
                col = (col / Tokenizer.tabSize + 1) * Tokenizer.tabSize
                altCol += 1
            } else if c == 0x0C {
                col = 0
                altCol = 0
            } else if c == UInt8(ascii: "\\") {
                if continuedAt == nil { continuedAt = (col, altCol) }
                pos = q
                guard lineContinuation() else { return false }
                q = pos
                continue
            } else {
                break
            }
            q += 1
        }
        if let continuedAt {
            col = continuedAt.col
            altCol = continuedAt.altCol
        }
        let c = p[q]
        // Blank lines, comment-only lines and lines inside brackets do not indent.
        if c == UInt8(ascii: "#") || c == 0x0A {
            blankLine = true
            return true
        }
        if !parens.isEmpty { return true }
        if q >= n {
            // End of input dedents to column 0; `endOfInput` emits those.
            return true
        }
        let top = indents[indents.count - 1]
        if col == top {
            if altCol != altIndents[altIndents.count - 1] {
                pos = q
                return tabError()
            }
        } else if col > top {
            if indents.count >= Tokenizer.maxIndent {
                pos = q
                return indentationFailure(.indentationError, "too many levels of indentation")
            }
            if altCol <= altIndents[altIndents.count - 1] {
                pos = q
                return tabError()
            }
            indents.append(col)
            altIndents.append(altCol)
            pos = q
            tokens.append(Token(kind: .indent, start: Int32(lineStart), end: Int32(q), line: line,
                                col: 0, endLine: line, endCol: Int32(q - lineStart)))
        } else {
            var dedents = 0
            while indents.count > 1 && col < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                dedents += 1
            }
            pos = q
            if col != indents[indents.count - 1] {
                // CPython's tokenizer has read the whole line when it notices.
                var end = q
                while end < n && p[end] != 0x0A { end += 1 }
                let text = decodeLine(p, from: lineStart, to: min(end + 1, n))
                errorIsRaised = false
                error = PySyntaxError(kind: .indentationError,
                                      message: "unindent does not match any outer indentation level",
                                      filename: filename, lineno: Int(line),
                                      offset: characterCount(p, from: lineStart, to: min(end + 1, n)),
                                      endLineno: Int(line), endOffset: -1, text: text)
                return false
            }
            if altCol != altIndents[altIndents.count - 1] {
                return tabError()
            }
            for _ in 0..<dedents {
                tokens.append(Token(kind: .dedent, start: Int32(q), end: Int32(q), line: line,
                                    col: Int32(q - lineStart), endLine: line,
                                    endCol: Int32(q - lineStart)))
            }
        }
        return true
    }

    mutating func tabError() -> Bool {
        indentationFailure(.tabError, "inconsistent use of tabs and spaces in indentation")
    }

    /// TabError and "too many levels": CPython points at the line start, with end 0.
    mutating func indentationFailure(_ kind: PySyntaxError.Kind, _ message: String) -> Bool {
        var end = lineStart
        while end < n && p[end] != 0x0A { end += 1 }
        errorIsRaised = false
        error = PySyntaxError(kind: kind, message: message, filename: filename, lineno: Int(line),
                              offset: 1, endLineno: Int(line), endOffset: 0,
                              text: decodeLine(p, from: lineStart, to: min(end + 1, n)))
        return false
    }
}
