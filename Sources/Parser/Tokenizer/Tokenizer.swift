/// CPython 3.11's tokenizer over UTF-8 source: the whole file becomes an array of
/// tokens up front, so the parser can backtrack by resetting an index.
///
/// The buffer must end with `\n` followed by one 0 byte (see `SourceText`); the 0 is a
/// sentinel that lets the scanner peek one byte ahead without bounds checks.
struct Tokenizer {
    static let tabSize = 8
    static let maxIndent = 100
    static let maxParenLevel = 200

    let p: UnsafePointer<UInt8>
    /// Bytes of source, not counting the sentinel.
    let n: Int
    let filename: String

    var pos = 0
    var line: Int32 = 1
    var lineStart = 0
    var previousLineStart = 0
    var tokens: [Token] = []
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var parens: [(char: UInt8, line: Int32, col: Int32)] = []
    var atBeginningOfLine = true
    /// The current line holds only blanks and maybe a comment: its newline is no token.
    var blankLine = false
    /// False for the errors CPython's tokenizer reports through a status code rather
    /// than an exception (indentation, line continuation): they count only when the
    /// parser reaches them.
    var errorIsRaised = true
    /// Whether the source declared its encoding (see `Parser.convertsOffsets`).
    var convertsOffsets = false
    var error: PySyntaxError?
    /// Position of the first byte of the current token, for errors that point at it.
    var tokenStart = 0
    var tokenLine: Int32 = 1
    var tokenLineStart = 0

    init(_ p: UnsafePointer<UInt8>, count: Int, filename: String) {
        self.p = p
        self.n = count
        self.filename = filename
        tokens.reserveCapacity(count / 4 + 16)
    }

    /// Tokenizes everything; stops at the first error, which is left in `error`.
    mutating func run() {
        while error == nil {
            if !next() { break }
        }
        if error != nil {
            // The parser never consumes an error token, so it cannot run past the end.
            emitHere(.errorToken)
        }
    }

    // MARK: - Emitting

    @inline(__always)
    mutating func emit(_ kind: TokenKind, from start: Int, line startLine: Int32, col: Int) {
        tokens.append(Token(kind: kind, start: Int32(start), end: Int32(pos), line: startLine,
                            col: Int32(col), endLine: line, endCol: Int32(pos - lineStart)))
    }

    @inline(__always)
    mutating func emitHere(_ kind: TokenKind) {
        tokens.append(Token(kind: kind, start: Int32(pos), end: Int32(pos), line: line,
                            col: Int32(pos - lineStart), endLine: line,
                            endCol: Int32(pos - lineStart)))
    }

    @inline(__always)
    mutating func newLine() {
        line += 1
        previousLineStart = lineStart
        lineStart = pos
    }

    /// A DEDENT or ENDMARKER at end of input sits at the end of the last line, where
    /// CPython's tokenizer is when it produces them.
    mutating func emitAtEnd(_ kind: TokenKind) {
        let onLastLine = pos >= n && lineStart >= n && line > 1
        let l = onLastLine ? line - 1 : line
        let c = onLastLine ? pos - previousLineStart : pos - lineStart
        tokens.append(Token(kind: kind, start: Int32(pos), end: Int32(pos), line: l, col: Int32(c),
                            endLine: l, endCol: Int32(c)))
    }

    // MARK: - Main loop

    /// Produces the next token(s). Returns false after ENDMARKER or an error.
    mutating func next() -> Bool {
        if atBeginningOfLine {
            atBeginningOfLine = false
            if !indentation() { return false }
        }
        // Skip blanks and a comment.
        while true {
            let c = p[pos]
            if c == 0x20 || c == 0x09 || c == 0x0C {
                pos += 1
            } else {
                break
            }
        }
        // CPython's NEWLINE token after a comment starts at the '#'.
        let commentStart = pos
        if p[pos] == UInt8(ascii: "#") {
            while pos < n && p[pos] != 0x0A { pos += 1 }
        }
        tokenStart = pos
        tokenLine = line
        tokenLineStart = lineStart
        if pos >= n {
            return endOfInput()
        }
        let c = p[pos]
        let col = pos - lineStart
        switch c {
        case 0x0A:
            pos += 1
            if parens.isEmpty && !blankLine {
                // CPython leaves the '\n' out of the token: it has no width.
                tokens.append(Token(kind: .newline, start: Int32(commentStart), end: Int32(pos - 1),
                                    line: line, col: Int32(commentStart - lineStart), endLine: line,
                                    endCol: Int32(col)))
                newLine()
                atBeginningOfLine = true
            } else {
                newLine()
                atBeginningOfLine = parens.isEmpty
            }
            blankLine = false
            return true
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "_"), 0x80...0xFF:
            return identifierOrString(col: col)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(col: col)
        case UInt8(ascii: "."):
            if isDigit(p[pos + 1]) { return number(col: col) }
            if p[pos + 1] == UInt8(ascii: ".") && p[pos + 2] == UInt8(ascii: ".") {
                pos += 3
                emit(.ellipsis, from: pos - 3, line: line, col: col)
            } else {
                pos += 1
                emit(.dot, from: pos - 1, line: line, col: col)
            }
            return true
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return string(quoteAt: pos, col: col)
        case UInt8(ascii: "\\"):
            return lineContinuation()
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            if parens.count >= Tokenizer.maxParenLevel {
                pos += 1
                return fail("too many nested parentheses")
            }
            parens.append((c, line, Int32(col)))
            pos += 1
            emit(c == UInt8(ascii: "(") ? .lpar : (c == UInt8(ascii: "[") ? .lsqb : .lbrace),
                 from: pos - 1, line: line, col: col)
            return true
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            pos += 1
            guard let open = parens.popLast() else {
                return fail("unmatched '\(Character(Unicode.Scalar(c)))'")
            }
            let expected: UInt8 = open.char == UInt8(ascii: "(") ? UInt8(ascii: ")")
                : (open.char == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}"))
            if c != expected {
                let closing = Character(Unicode.Scalar(c))
                let opening = Character(Unicode.Scalar(open.char))
                if open.line != line {
                    return fail("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)' on line \(open.line)")
                }
                return fail("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'")
            }
            emit(c == UInt8(ascii: ")") ? .rpar : (c == UInt8(ascii: "]") ? .rsqb : .rbrace),
                 from: pos - 1, line: line, col: col)
            return true
        default:
            return op(c, col: col)
        }
    }

    @inline(__always)
    func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

    /// At end of input: close the logical line, the open blocks, then ENDMARKER.
    mutating func endOfInput() -> Bool {
        if !parens.isEmpty {
            // The parser reports the unclosed bracket; the token stream just ends.
            emitAtEnd(.endMarker)
            return false
        }
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent,
           last.kind != .indent {
            emitHere(.newline)
        }
        while indents.count > 1 {
            indents.removeLast()
            altIndents.removeLast()
            emitAtEnd(.dedent)
        }
        emitAtEnd(.endMarker)
        return false
    }

    mutating func lineContinuation() -> Bool {
        pos += 1
        var end = lineStart
        while end < n && p[end] != 0x0A { end += 1 }
        let text = decodeLine(p, from: lineStart, to: min(end + 1, n))
        if p[pos] != 0x0A {
            // CPython points one past the character after the backslash; no end.
            errorIsRaised = false
            error = PySyntaxError(message: "unexpected character after line continuation character",
                                  filename: filename, lineno: Int(line),
                                  offset: characterCount(p, from: lineStart, to: min(pos + 1, end + 1)),
                                  endLineno: Int(line), endOffset: 0, text: text)
            return false
        }
        pos += 1
        newLine()
        if pos >= n {
            errorIsRaised = false
            error = PySyntaxError(message: "unexpected EOF while parsing", filename: filename,
                                  lineno: Int(line - 1),
                                  offset: characterCount(p, from: previousLineStart, to: n),
                                  endLineno: Int(line - 1), endOffset: -1, text: text)
            return false
        }
        return true
    }
}
