import Krait
import TestSupport
import XCTest

/// The embedding API: running code, globals, calls with Swift values, conversions both
/// ways, and Python exceptions as thrown Swift errors with CPython's traceback text.
final class EmbeddingTests: XCTestCase {
    static let python = PythonContext()

    func testRunsCodeAndCallsFunctionsWithSwiftValues() throws {
        let python = Self.python
        try python.exec("def join(parts, sep='-'):\n    return sep.join(str(p) for p in parts)\ncounter = 41\n")
        let join = try XCTUnwrap(python.globals("join"))
        XCTAssertEqual(String(python: try join([1, 2, 3])), "1-2-3")
        XCTAssertEqual(String(python: try join(["a", "b"], sep: "+")), "a+b")
        try python.setGlobal("counter", 42)
        XCTAssertEqual(Int(python: try python.eval("counter + 1")), 43)
        XCTAssertNil(python.globals("never_defined"))
    }

    func testConvertsValuesBothWays() throws {
        let python = Self.python
        try python.setGlobal("values", [1, 2, 3])
        try python.setGlobal("table", ["x": 1.5])
        try python.setGlobal("nothing", Optional<Int>.none)
        XCTAssertEqual(String(python: try python.eval("repr((values, table, nothing))")), "([1, 2, 3], {'x': 1.5}, None)")
        XCTAssertEqual([Int](python: try python.eval("[x * 2 for x in values]")), [2, 4, 6])
        XCTAssertEqual([String: Int](python: try python.eval("{'a': 1, 'b': 2}")), ["a": 1, "b": 2])
        XCTAssertEqual(Double(python: try python.eval("7 / 2")), 3.5)
        XCTAssertEqual(Bool(python: try python.eval("1 < 2")), true)
        XCTAssertEqual(Int?(python: try python.eval("None")), .some(nil))
        XCTAssertNil(Int(python: try python.eval("'not an int'")))
        XCTAssertEqual(Int(python: try python.eval("2 ** 62")), 1 << 62)
        XCTAssertNil(Int(python: try python.eval("2 ** 64")), "an int beyond Int is not converted")
    }

    func testAttributesAndDynamicCalls() throws {
        let python = Self.python
        try python.exec("class P:\n    def __init__(self, x):\n        self.x = x\n    def scaled(self, k):\n        return self.x * k\n")
        let p = try XCTUnwrap(python.globals("P"))(3)
        XCTAssertEqual(Int(python: try p.x), 3)
        XCTAssertEqual(Int(python: try p.scaled(4)), 12)
        try p.setAttribute("x", 10)
        XCTAssertEqual(Int(python: try p.scaled(2)), 20)
        XCTAssertEqual(p.typeName, "P")
        XCTAssertEqual(try python.eval("[10, 20]").item(1).description, "20")
    }

    /// The error carries the exception's type, message, and the traceback CPython prints.
    func testPythonExceptionsAreThrownSwiftErrors() throws {
        let source = "def inner():\n    raise KeyError('missing')\ndef outer():\n    inner()\n"
        try Self.python.exec(source)
        do {
            _ = try Self.python.eval("outer()")
            XCTFail("no error thrown")
        } catch {
            XCTAssertEqual(error.typeName, "KeyError")
            XCTAssertEqual(error.message, "'missing'")
            let expected = try PythonOracle.lines("""
                import traceback
                namespace = {}
                exec(compile(\(source.debugDescription), '<string>', 'exec'), namespace)
                try:
                    eval(compile('outer()', '<string>', 'eval'), namespace)
                except KeyError as e:
                    lines = traceback.format_exception(e)
                    print(''.join(lines[:1] + lines[2:]), end='')
                """)
            let text = String(decoding: Array(expected.joined(separator: [10])) + [10], as: UTF8.self)
            XCTAssertEqual(error.formatted, text)
        }
        XCTAssertThrowsError(try Self.python.exec("1 +")) { error in
            XCTAssertEqual((error as? PythonError)?.typeName, "SyntaxError")
        }
    }
}
