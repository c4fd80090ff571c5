/// A `SyntaxError` (or one of its subclasses) as CPython 3.11 would raise it while
/// compiling source: the class, the message and the location fields.
public struct PySyntaxError: Error, Equatable, Sendable {
    public enum Kind: String, Sendable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
        /// Source nested too deeply to parse: CPython 3.11 raises a bare MemoryError.
        case memoryError = "MemoryError"
    }

    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line; CPython uses 0 for errors found before reading any line (bad encodings).
    public var lineno: Int
    /// 1-based column in characters (code points) of the line, as CPython's `offset`.
    public var offset: Int
    public var endLineno: Int
    public var endOffset: Int
    /// The offending source line (with its newline), as CPython's `text`, or nil.
    public var text: String?
    /// False when CPython gives no location at all (`lineno` is None), as for null bytes.
    public var hasLocation = true

    public init(kind: Kind = .syntaxError, message: String, filename: String,
                lineno: Int, offset: Int, endLineno: Int, endOffset: Int, text: String?) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.lineno = lineno
        self.offset = offset
        self.endLineno = endLineno
        self.endOffset = endOffset
        self.text = text
    }
}
