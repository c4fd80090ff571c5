import Parser

/// Source-level services of the runtime that need no interpreter: parsing and the
/// `ast.dump`-compatible printout behind `krait --dump-ast`.
public enum SourceTools {
    /// What CPython 3.11's `ast.dump(ast.parse(source, filename), include_attributes=True)`
    /// prints, or the `SyntaxError` it raises.
    public static func dumpAST(source: [UInt8], filename: String) throws -> String {
        let tree = try PythonParser.parse(source: source, filename: filename)
        return ASTDumper.dump(tree, includeAttributes: true)
    }
}

/// A Python exception surfaced to Swift callers, with the text CPython would print for it.
public struct PythonError: Error, CustomStringConvertible {
    /// The exception's class name, e.g. `SyntaxError`.
    public var typeName: String
    public var message: String
    /// What CPython prints to stderr when this exception is not caught.
    public var formatted: String

    public var description: String { formatted }
}

extension PythonError {
    init(_ e: PySyntaxError) {
        typeName = e.kind.rawValue
        message = e.message
        formatted = SyntaxErrorFormatter.format(e)
    }
}
