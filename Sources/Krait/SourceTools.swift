import Compiler
import Parser

/// Source-level services: parsing, the `ast.dump`-compatible printout behind
/// `krait --dump-ast` (no interpreter needed) and the disassembly behind `krait --dis`.
public enum SourceTools {
    /// What CPython 3.11's `ast.dump(ast.parse(source, filename), include_attributes=True)`
    /// prints, or the `SyntaxError` it raises.
    public static func dumpAST(source: [UInt8], filename: String) throws -> String {
        let tree = try PythonParser.parse(source: source, filename: filename)
        try checkIntegerStringLimit(tree)
        return ASTDumper.dump(tree, includeAttributes: true)
    }

    /// `krait --dis`: the disassembly of every code object the module compiles to.
    /// Compiling folds constants with the object model's operations, so this starts the
    /// runtime if no one has.
    public static func disassemble(source: [UInt8], filename: String) throws -> String {
        Runtime.start(arguments: [], executable: "")
        let tree = try PythonParser.parse(source: source, filename: filename)
        let module: CompiledModule
        do throws(CompileError) {
            module = try Compiler.compile(tree, filename: filename)
        } catch {
            throw PythonError(typeName: "SyntaxError", message: error.message,
                              formatted: "  File \"\(filename)\", line \(error.span.lineno)\nSyntaxError: \(error.message)\n")
        }
        return Disassembler.text(module)
    }

    /// CPython 3.11 limits int-to-decimal conversion to 4300 digits (`sys.int_info`), so
    /// `ast.dump` of a huge hexadecimal literal raises ValueError rather than printing.
    static let maxStringDigits = 4300

    static func checkIntegerStringLimit(_ tree: AST) throws {
        for case .bigInt(let limbs) in tree.constants {
            let bits = (limbs.count - 1) * 64 + (64 - (limbs.last ?? 0).leadingZeroBitCount)
            // 4300 decimal digits hold at most 14285 bits; convert only near the edge.
            if bits > 14_300 || (bits > 14_270 && PyRepr.bigInt(limbs).count > maxStringDigits) {
                let message = "Exceeds the limit (\(maxStringDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                throw PythonError(typeName: "ValueError", message: message,
                                  formatted: "ValueError: \(message)\n")
            }
        }
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
