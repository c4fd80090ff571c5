/// Token types of CPython 3.11's tokenizer; operators and hard keywords get a kind each
/// so the parser compares one byte instead of text.
public enum TokenKind: UInt8, Sendable {
    case endMarker, name, number, string, newline, indent, dedent
    /// A character that starts no token (`$`, `?`, `!` alone): the parser rejects it.
    case errorToken
    // Operators and delimiters.
    case lpar, rpar, lsqb, rsqb, colon, comma, semi, plus, minus, star, slash, vbar, amper
    case less, greater, equal, dot, percent, lbrace, rbrace, eqEqual, notEqual, lessEqual
    case greaterEqual, tilde, circumflex, leftShift, rightShift, doubleStar, plusEqual
    case minEqual, starEqual, slashEqual, percentEqual, amperEqual, vbarEqual
    case circumflexEqual, leftShiftEqual, rightShiftEqual, doubleStarEqual, doubleSlash
    case doubleSlashEqual, at, atEqual, rarrow, ellipsis, colonEqual
    // Hard keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom
    case kwGlobal, kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass
    case kwRaise, kwReturn, kwTry, kwWhile, kwWith, kwYield

    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }
}

/// One token: its kind, its bytes in the (UTF-8) source, and its position.
/// Columns are UTF-8 byte offsets from the start of the line, lines are 1-based.
public struct Token: Sendable {
    public var kind: TokenKind
    public var start: Int32
    public var end: Int32
    public var line: Int32
    public var col: Int32
    public var endLine: Int32
    public var endCol: Int32
}
