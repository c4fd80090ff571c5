import Parser

/// A SyntaxError found after parsing (by the symbol table or the code generator).
public struct CompileError: Error, Sendable {
    public var message: String
    public var filename: String
    public var span: SourceSpan
    /// False for the errors CPython reports without an end offset (future imports).
    public var hasEndOffset = true
    /// An internal error of a tree built by Python code (CPython's SystemError), not a SyntaxError.
    public var isSystemError = false
}
