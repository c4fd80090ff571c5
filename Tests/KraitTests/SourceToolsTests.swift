import Foundation
import Krait
import TestSupport
import XCTest

/// `SourceTools`, behind `krait --dump-ast`: its output and its error text must be what
/// CPython 3.11 prints for the same file.
final class SourceToolsTests: XCTestCase {
    /// Writes `source` to a temporary file and returns its path.
    private func file(_ source: [UInt8], _ name: String = #function) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("krait-\(UUID().uuidString)-\(name.filter(\.isLetter)).py")
        try Data(source).write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }

    /// What `ast.dump(ast.parse(...), include_attributes=True)` prints for the file, or the
    /// last lines of the traceback CPython prints for the exception it raises.
    private func cpython(_ path: String) throws -> [UInt8] {
        let lines = try PythonOracle.lines("""
            import ast, sys, traceback
            path = open(sys.argv[1]).read()
            try:
                out = ast.dump(ast.parse(open(path, 'rb').read(), path), include_attributes=True) + '\\n'
            except (SyntaxError, ValueError, MemoryError) as e:
                out = ''.join(traceback.format_exception_only(type(e), e))
            sys.stdout.write(out)
            """, input: path)
        return Array(lines.joined(separator: [UInt8(ascii: "\n")])) + [UInt8(ascii: "\n")]
    }

    private func krait(_ path: String, _ source: [UInt8]) -> String {
        switch SourceTools.dumpASTOrError(source: source, filename: path) {
        case .success(let dump): return dump + "\n"
        case .failure(let error): return error.formatted
        }
    }

    private func check(_ sources: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        for (i, text) in sources.enumerated() {
            let source = Array(text.utf8)
            let path = try self.file(source, "case\(i)")
            assertSameBytes(krait(path, source), try cpython(path), "source \(text.debugDescription)",
                            file: file, line: line)
        }
    }

    func testDumpsLikeCPython() throws {
        try check([
            "x = 1\n",
            "async def f(a, /, b=2, *c, d, **e) -> int:\n    return [i async for i in g() if i]\n",
            "match p:\n    case Point(x=0) | [1, *_] as q if q: pass\n",
            "s = f'{a!r:>{w}} {b=}' 'tail' u'x'\n",
        ])
    }

    /// The caret line follows traceback.py: stripped indentation, tabs kept, widths from
    /// offset and end offset, none when the offset falls in the indentation.
    func testSyntaxErrorsPrintLikeCPython() throws {
        try check([
            "print 'hello'\n",
            "if x = 1:\n    pass\n",
            "def f(:\n",
            "x = (1,\n",
            "    x = 1\n",
            "if x:\n\ty = (a b)\n",
            "x = 1 # comment\n*# stray star\n",
            "s = 'caf\u{e9}' + )\n",
            "s = 'caf\u{e9}' (1 2)\n",
            "f(a=1, b)\n",
            "x = 1\n  y = 2\n",
            "class C:\npass\n",
        ])
    }

    func testHugeIntegerLiteralHitsTheStringConversionLimit() throws {
        try check(["x = 0x" + String(repeating: "f", count: 5000) + "\n",
                   "x = 0x" + String(repeating: "f", count: 3500) + "\n"])
    }
}
