import ObjectLayout
import ObjectModel
import TestSupport
import XCTest

/// A case: a Python expression and the same value built through the object model.
struct Case {
    let python: String
    let build: () throws -> Value

    init(_ python: String, _ build: @escaping () throws -> Value) {
        self.python = python
        self.build = build
    }
}

/// Evaluates `expressions` with python3.11 and applies `show` (a Python expression in
/// `v`) to each result, one line per case; an exception prints `!Type: message`.
func pythonResults(_ expressions: [String], show: String, seed: String = "0") throws -> [[UInt32]] {
    let script = """
    import json, os, subprocess, sys
    if os.environ.get('PYTHONHASHSEED') != \(seed.debugDescription):
        env = dict(os.environ, PYTHONHASHSEED=\(seed.debugDescription))
        sys.exit(subprocess.run(sys.orig_argv, env=env).returncode)
    for source in json.load(open(sys.argv[1])):
        try:
            v = eval(source)
            out = \(show)
        except Exception as e:
            out = '!' + type(e).__name__ + ': ' + str(e)
        print(json.dumps([ord(c) for c in out]))
    """
    let input = String(decoding: try JSONEncoder().encode(expressions), as: UTF8.self)
    return try PythonOracle.lines(script, input: input).map {
        try JSONDecoder().decode([UInt32].self, from: Data($0))
    }
}

/// `!Type: message` for a raised exception, as `pythonResults` prints it.
func describe(_ error: PyException) -> String {
    let message = (try? Protocols.strText(error.value)) ?? "?"
    return "!\(String(cString: error.value.type.pointee.tp_name)): \(message)"
}

class ObjectModelTestCase: XCTestCase {
    override class func setUp() {
        super.setUp()
        ObjectModelRuntime.initialize()
    }

    /// Checks `krait(value)` (a str) against python3.11's `show` for every case, code
    /// point for code point (lone surrogates included).
    func check(_ cases: [Case], show: String, seed: String = "0",
               file: StaticString = #filePath, line: UInt = #line,
               _ krait: (Value) throws(PyException) -> Value) throws {
        let expected = try pythonResults(cases.map(\.python), show: show, seed: seed)
        XCTAssertEqual(expected.count, cases.count, file: file, line: line)
        for (c, want) in zip(cases, expected) {
            let got: [UInt32]
            do {
                got = Str.codePoints(try krait(try c.build()))
            } catch let error as PyException {
                got = describe(error).unicodeScalars.map(\.value)
            }
            XCTAssertEqual(text(got), text(want), "for \(c.python)", file: file, line: line)
        }
    }
}

/// Code points as text for failure messages; surrogates shown as \uXXXX.
func text(_ codePoints: [UInt32]) -> String {
    codePoints.map { c in Unicode.Scalar(c).map(String.init) ?? "\\u" + String(c, radix: 16) }.joined()
}

func str(_ s: String) -> Value { Str.make(s) }
func int(_ i: Int) -> Value { IntObject.make(i) }
func tuple(_ items: Value...) -> Value { Tuple.make(items) }
func list(_ items: Value...) -> Value { List.make(items) }
func dict(_ pairs: (Value, Value)...) throws(PyException) -> Value {
    let d = Dict.new()
    for (k, v) in pairs { try Dict.setItem(d, k, v) }
    return d
}
