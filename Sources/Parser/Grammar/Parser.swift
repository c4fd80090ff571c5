/// Entry points of the parser.
public enum PythonParser {
    /// Parses source bytes (UTF-8, or the encoding a PEP 263 comment declares) into an AST.
    /// Throws `PySyntaxError` with CPython 3.11's message and location.
    /// `warn` is told of invalid escape sequences (nil: they are accepted silently).
    public static func parse(source: [UInt8], filename: String,
                             mode: ParseMode = .exec, warn: ParserWarningHandler? = nil) throws -> AST {
        if source.contains(0) {
            var error = PySyntaxError(message: "source code string cannot contain null bytes",
                                      filename: filename, lineno: 0, offset: -1, endLineno: 0,
                                      endOffset: -1, text: nil)
            error.hasLocation = false
            throw error
        }
        let (text, declared) = try SourceText.prepare(source, filename: filename)
        return try text.withUnsafeBufferPointer { buf -> AST in
            var tokenizer = Tokenizer(buf.baseAddress!, count: buf.count - 1, filename: filename)
            tokenizer.convertsOffsets = declared
            tokenizer.run()
            var parser = Parser(source: buf.baseAddress!, count: buf.count - 1,
                                tokens: tokenizer.tokens, tokenizerError: tokenizer.error,
                                filename: filename)
            parser.convertsOffsets = declared
            parser.warningHandler = warn
            parser.readsErrorLineFromFile = mode == .exec && !declared
            parser.tokenizerErrorIsRaised = tokenizer.errorIsRaised
            return try parser.parse(mode: mode)
        }
    }
}

/// Raised inside the parser for errors found while building nodes; the entry point
/// converts it to the final `PySyntaxError`.
struct ParseFailure: Error {
    var error: PySyntaxError
}

/// A recursive-descent parser following CPython 3.11's PEG grammar, with backtracking
/// by resetting `pos` into the token array.
struct Parser {
    let src: UnsafePointer<UInt8>
    let srcCount: Int
    let tokens: [Token]
    let tokenizerError: PySyntaxError?
    /// Whether CPython's tokenizer raises that error as an exception when it meets it
    /// (see `restOfSourceCheck`).
    var tokenizerErrorIsRaised = true
    let filename: String
    var pos = 0
    /// Furthest token looked at: where CPython reports a generic "invalid syntax".
    var farthest = 0
    var ast = AST()
    var depth = 0
    /// Where errors in the literal being decoded are reported (see `strings()`).
    var stringErrorToken = Token(kind: .endMarker, start: 0, end: 0, line: 1, col: 0, endLine: 1, endCol: 0)

    /// CPython 3.11 gives up (with MemoryError) past 6000 nested rule calls; Krait counts
    /// nesting levels, which is coarser, and also stops before the native stack runs out.
    static let maxDepth = 6000
    let stackGuard = StackGuard()

    /// Second pass after a failed parse: extra checks that look for CPython's specific
    /// error messages (its `invalid_*` rules) are active.
    var invalidPass = false
    /// The whole second pass, including stretches where its checks are off
    /// (`expression_without_invalid`): its results are memoized.
    var secondPass = false
    /// CPython reports parser error offsets in characters only when the source declared
    /// its encoding or began with a BOM; otherwise they are UTF-8 byte offsets.
    var convertsOffsets = false
    /// In the nested parser of an f-string field: how far its lines are from the file's,
    /// and the column CPython subtracts from error offsets (they end up relative to the
    /// field's own `(expression)` text).
    var fstringLineOffset: Int32 = 0
    /// CPython takes a module's error line from the file named `filename` when it can
    /// open it (see `SourceFileLine`), and from its tokenizer's buffers otherwise.
    var readsErrorLineFromFile = false
    var fstringColumnShift = 0
    var warningHandler: ParserWarningHandler?
    /// Source indices of the escapes warned of (see `warnInvalidEscape`).
    var warnedEscapes: Set<Int> = []
    /// Bracket nesting level after each token (only computed for the second pass).
    var levels: [Int32] = []
    /// Second-pass memo (see `memoized`): result and end position by rule and start token.
    var memo: [Int: (NodeID?, Int)] = [:]

    init(source: UnsafePointer<UInt8>, count: Int, tokens: [Token], tokenizerError: PySyntaxError?,
         filename: String) {
        self.src = source
        self.srcCount = count
        self.tokens = tokens
        self.tokenizerError = tokenizerError
        self.filename = filename
        ast.nodes.reserveCapacity(tokens.count)
        ast.extra.reserveCapacity(tokens.count)
    }

    mutating func parse(mode: ParseMode) throws -> AST {
        do {
            if let root = try startRule(mode) {
                ast.root = root
                return ast
            }
        } catch let failure as ParseFailure {
            throw prioritized(failure.error)
        }
        let firstPassFarthest = farthest
        try invalidSecondPass(mode)
        throw genericError(lastIndex: firstPassFarthest, furthest: farthest)
    }

    mutating func startRule(_ mode: ParseMode) throws -> NodeID? {
        switch mode {
        case .exec: return try fileRule()
        case .eval: return try evalRule()
        case .single: return try interactiveRule()
        case .funcType: return try funcTypeRule()
        }
    }

    /// Re-parses with the error checks on; throws the first specific error found. The
    /// generic error keeps the furthest token of the first pass, as CPython does.
    mutating func invalidSecondPass(_ mode: ParseMode) throws {
        if reachedEndError(farthest) != nil { return }
        pos = 0
        depth = 0
        ast = AST()
        invalidPass = true
        secondPass = true
        levels = tokenLevels()
        do {
            _ = try startRule(mode)
        } catch let failure as ParseFailure {
            throw prioritized(failure.error)
        }
    }

    func tokenLevels() -> [Int32] {
        var result = [Int32](repeating: 0, count: tokens.count)
        var level: Int32 = 0
        for (i, t) in tokens.enumerated() {
            switch t.kind {
            case .lpar, .lsqb, .lbrace: level += 1
            case .rpar, .rsqb, .rbrace: level = max(0, level - 1)
            default: break
            }
            result[i] = level
        }
        return result
    }

    // MARK: - Tokens

    @inline(__always)
    mutating func peek() -> TokenKind {
        if pos > farthest { farthest = pos }
        return tokens[pos].kind
    }

    @inline(__always)
    mutating func peek(_ offset: Int) -> TokenKind {
        let i = min(pos + offset, tokens.count - 1)
        if i > farthest { farthest = i }
        return tokens[i].kind
    }

    @inline(__always)
    mutating func check(_ kind: TokenKind) -> Bool { peek() == kind }

    @inline(__always)
    mutating func accept(_ kind: TokenKind) -> Bool {
        if peek() == kind {
            pos += 1
            return true
        }
        return false
    }

    @inline(__always)
    var current: Token { tokens[pos] }

    @inline(__always)
    var previous: Token { tokens[pos - 1] }

    /// Whether the current token is the NAME `word` (soft keywords: match, case, _).
    mutating func checkSoft(_ word: StaticString) -> Bool {
        guard peek() == .name else { return false }
        let t = tokens[pos]
        let n = Int(t.end - t.start)
        guard n == word.utf8CodeUnitCount else { return false }
        let q = word.utf8Start
        for i in 0..<n where src[Int(t.start) + i] != q[i] { return false }
        return true
    }

    func text(of t: Token) -> String {
        String(decoding: UnsafeBufferPointer(start: src + Int(t.start), count: Int(t.end - t.start)),
               as: UTF8.self)
    }

    // MARK: - Spans

    /// From `start` to the last token consumed, skipping NEWLINE/INDENT/DEDENT as
    /// CPython's `_PyPegen_get_last_nonnwhitespace_token` does.
    @inline(__always)
    func span(from start: Token) -> SourceSpan {
        var i = pos - 1
        while i > 0 {
            let k = tokens[i].kind
            if k != .newline && k != .indent && k != .dedent && k != .endMarker { break }
            i -= 1
        }
        let end = tokens[i]
        return SourceSpan(lineno: start.line, colOffset: start.col, endLineno: end.endLine,
                          endColOffset: end.endCol)
    }

    @inline(__always)
    func span(from a: SourceSpan, to b: SourceSpan) -> SourceSpan {
        SourceSpan(lineno: a.lineno, colOffset: a.colOffset, endLineno: b.endLineno,
                   endColOffset: b.endColOffset)
    }

    @inline(__always)
    func spanOf(_ id: NodeID) -> SourceSpan { ast.nodes[Int(id.raw)].span }

    @inline(__always)
    func kindOf(_ id: NodeID) -> NodeKind { ast.nodes[Int(id.raw)].kind }

    // MARK: - Nesting guard

    /// Deeply nested source must fail cleanly, never overflow the native stack.
    @inline(__always)
    mutating func enter() throws {
        depth += 1
        if depth > Parser.maxDepth || !stackGuard.hasRoom() {
            throw ParseFailure(error: PySyntaxError(kind: .memoryError, message: "", filename: filename,
                                                    lineno: 0, offset: 0, endLineno: 0, endOffset: 0, text: nil))
        }
    }

    @inline(__always)
    mutating func leave() { depth -= 1 }
}
