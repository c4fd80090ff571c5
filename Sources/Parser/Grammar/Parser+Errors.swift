extension Parser {
    /// The source line `lineno` including its newline, as CPython reads it back from the file.
    func lineText(_ lineno: Int) -> String {
        let i = lineStartOffset(lineno)
        var end = i
        while end < srcCount && src[end] != 0x0A { end += 1 }
        if end < srcCount { end += 1 }
        return decodeLine(src, from: i, to: end)
    }

    /// The `text` CPython attaches to a parser error when it reads source from memory:
    /// for the line its tokenizer is on, the tokenizer's buffer (which reaches back over
    /// line continuations and multi-line tokens, and keeps the newline); for an earlier
    /// line, that line alone without its newline.
    func errorText(_ lineno: Int) -> String {
        let last = tokens[min(farthest, tokens.count - 1)]
        let current = Int(last.endLine) - Int(fstringLineOffset)
        if lineno < current {
            let line = lineText(lineno)
            return line.hasSuffix("\n") ? String(line.dropLast()) : line
        }
        var first = Int(last.line) - Int(fstringLineOffset)
        var i = min(farthest, tokens.count - 1)
        while i > 0 && Int(tokens[i - 1].endLine) - Int(fstringLineOffset) >= first {
            i -= 1
            first = min(first, Int(tokens[i].line) - Int(fstringLineOffset))
        }
        var startOffset = lineStartOffset(first)
        // A backslash continuation keeps the previous line in the buffer.
        while startOffset >= 2 && src[startOffset - 1] == 0x0A && src[startOffset - 2] == UInt8(ascii: "\\") {
            first -= 1
            startOffset = lineStartOffset(first)
        }
        var end = lineStartOffset(lineno)
        while end < srcCount && src[end] != 0x0A { end += 1 }
        if end < srcCount { end += 1 }
        return decodeLine(src, from: startOffset, to: end)
    }

    /// Byte offset of the start of line `lineno`.
    func lineStartOffset(_ lineno: Int) -> Int {
        var line = 1
        var i = 0
        while line < lineno && i < srcCount {
            if src[i] == 0x0A { line += 1 }
            i += 1
        }
        return i
    }

    /// A parser error with CPython's raw location numbers: 1-based byte offsets, converted
    /// to character offsets only when the source declared its encoding (or had a BOM), as
    /// CPython does; both are converted against the first line's text. Non-positive end
    /// offsets are kept as they are.
    func errorRaw(_ message: String, kind: PySyntaxError.Kind = .syntaxError, line: Int32,
                  offset: Int, endLine: Int32, endOffset: Int) -> PySyntaxError {
        let text = readsErrorLineFromFile
            ? (SourceFileLine.read(filename, line: Int(line)) ?? errorText(Int(line)))
            : errorText(Int(line - fstringLineOffset))
        let lineString = lineText(Int(line - fstringLineOffset))
        let offset = offset - fstringColumnShift
        let endOffset = endOffset - fstringColumnShift
        func convert(_ byteOffset: Int) -> Int {
            convertsOffsets ? characterOffset(in: lineString, byteOffset: byteOffset) : byteOffset
        }
        return PySyntaxError(kind: kind, message: message, filename: filename, lineno: Int(line),
                             offset: convert(offset), endLineno: Int(endLine),
                             endOffset: endOffset > 0 ? convert(endOffset) : endOffset, text: text)
    }

    /// A parser error from 0-based byte columns (CPython's RAISE_ERROR_KNOWN_LOCATION).
    func error(_ message: String, kind: PySyntaxError.Kind = .syntaxError, line: Int32,
               col: Int32, endLine: Int32, endCol: Int32) -> PySyntaxError {
        errorRaw(message, kind: kind, line: line, offset: Int(col) + 1, endLine: endLine,
                 endOffset: Int(endCol) + 1)
    }

    /// An error at the last token fetched (CPython's RAISE_SYNTAX_ERROR). INDENT, DEDENT
    /// and ENDMARKER have no columns in CPython: it uses where its tokenizer stands
    /// (the end of the indentation, or of the input) and no end offset.
    func errorAtLastToken(_ message: String, kind: PySyntaxError.Kind = .syntaxError,
                          _ t: Token) -> PySyntaxError {
        switch t.kind {
        case .indent, .dedent, .endMarker:
            return errorRaw(message, kind: kind, line: t.line, offset: Int(t.endCol),
                            endLine: t.endLine, endOffset: -1)
        default:
            return error(message, kind: kind, at: t)
        }
    }

    /// An error located at a token (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
    func error(_ message: String, kind: PySyntaxError.Kind = .syntaxError, at t: Token) -> PySyntaxError {
        error(message, kind: kind, line: t.line, col: t.col, endLine: t.endLine, endCol: t.endCol)
    }

    /// An error spanning from the start of one node to the end of another
    /// (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE).
    func error(_ message: String, from a: SourceSpan, to b: SourceSpan) -> PySyntaxError {
        error(message, line: a.lineno, col: a.colOffset, endLine: b.endLineno, endCol: b.endColOffset)
    }

    func error(_ message: String, node: NodeID) -> PySyntaxError {
        let s = spanOf(node)
        return error(message, from: s, to: s)
    }

    func fail(_ message: String, at t: Token) -> ParseFailure {
        ParseFailure(error: error(message, at: t))
    }

    func fail(_ message: String, node: NodeID) -> ParseFailure {
        ParseFailure(error: error(message, node: node))
    }

    func fail(_ message: String, from a: SourceSpan, to b: SourceSpan) -> ParseFailure {
        ParseFailure(error: error(message, from: a, to: b))
    }

    /// CPython's tokenizer is lazy: its error surfaces when the parser fetches the token
    /// where it happened. Krait tokenizes up front, so an error "is reached" when the
    /// parser has looked at the error token (or, inside brackets at end of input, at the
    /// final ENDMARKER).
    func reachedEndError(_ furthest: Int) -> PySyntaxError? {
        guard furthest >= tokens.count - 1 else { return nil }
        if let t = tokenizerError { return t }
        return unclosedBracket()
    }

    /// What CPython reports when no rule matched, given the furthest token of the first
    /// pass (`lastIndex`) and of both passes (`furthest`): an error of the tokenizer the
    /// parser ran into; "unexpected indent"; otherwise "invalid syntax" at the last token,
    /// which the check of the rest of the source may replace.
    func genericError(lastIndex: Int, furthest: Int) -> PySyntaxError {
        if let e = reachedEndError(furthest) { return e }
        let last = tokens[min(lastIndex, tokens.count - 1)]
        if last.kind == .indent {
            return errorAtLastToken("unexpected indent", kind: .indentationError, last)
        }
        if last.kind == .dedent {
            return errorAtLastToken("unexpected unindent", kind: .indentationError, last)
        }
        // CPython places this one with the token's own columns, and ENDMARKER has none:
        // offset and end offset 0.
        let generic = last.kind == .endMarker
            ? errorRaw("invalid syntax", line: last.line, offset: 0, endLine: last.endLine, endOffset: 0)
            : errorAtLastToken("invalid syntax", last)
        return restOfSourceCheck(generic, furthest: furthest)
    }

    func genericError() -> PySyntaxError {
        genericError(lastIndex: farthest, furthest: farthest)
    }

    /// A specific error loses to a tokenizer error met before it was raised, or to what
    /// CPython's scan of the rest of the source finds.
    func prioritized(_ e: PySyntaxError) -> PySyntaxError {
        if let reached = reachedEndError(farthest) { return reached }
        return restOfSourceCheck(e, furthest: farthest)
    }

    /// CPython tokenizes the rest of the source after a parser error: a tokenizer error
    /// that raises an exception (bad literals, unterminated strings, stray brackets…, but
    /// not indentation or line-continuation errors) replaces the parser's, and so does
    /// a bracket still open at the end when it was opened on an earlier line than the
    /// last token read.
    func restOfSourceCheck(_ e: PySyntaxError, furthest: Int) -> PySyntaxError {
        if let t = tokenizerError {
            return tokenizerErrorIsRaised ? t : e
        }
        if let unclosed = unclosedBracket(),
           Int(tokens[min(furthest, tokens.count - 1)].line) > unclosed.lineno {
            return unclosed
        }
        return e
    }

    /// "'(' was never closed" for the innermost bracket still open at end of input.
    func unclosedBracket() -> PySyntaxError? {
        guard tokens.last?.kind == .endMarker else { return nil }
        var stack: [Token] = []
        for t in tokens {
            switch t.kind {
            case .lpar, .lsqb, .lbrace: stack.append(t)
            case .rpar, .rsqb, .rbrace: _ = stack.popLast()
            default: break
            }
        }
        guard let open = stack.last else { return nil }
        let ch = Character(Unicode.Scalar(src[Int(open.start)]))
        return error("'\(ch)' was never closed", line: open.line, col: open.col, endLine: open.line,
                     endCol: -1)
    }
}
