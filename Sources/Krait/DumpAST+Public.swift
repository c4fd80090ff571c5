import Parser

extension SourceTools {
    /// `dumpAST` with syntax errors converted to `PythonError`.
    public static func dumpASTOrError(source: [UInt8], filename: String) -> Result<String, PythonError> {
        catching { try dumpAST(source: source, filename: filename) }
    }

    /// `disassemble` with syntax errors converted to `PythonError`.
    public static func disassembleOrError(source: [UInt8], filename: String) -> Result<String, PythonError> {
        catching { try disassemble(source: source, filename: filename) }
    }

    static func catching(_ body: () throws -> String) -> Result<String, PythonError> {
        do {
            return .success(try body())
        } catch let e as PySyntaxError {
            return .failure(PythonError(e))
        } catch let e as PythonError {
            return .failure(e)
        } catch {
            return .failure(PythonError(typeName: "SystemError", message: "\(error)",
                                        formatted: "SystemError: \(error)\n"))
        }
    }
}
