import ObjectLayout
@testable import ObjectModel
import XCTest

/// An int from its decimal (or other Python int literal) text, through `int(text, 0)`.
func bigInt(_ text: String) throws(PyException) -> Value {
    try Protocols.call(Value(Krait_int_type), str(text), int(0))
}

func float(_ d: Double) -> Value { FloatObject.make(d) }

/// Arguments made one at a time into a list (a collected object), so that making one
/// never finds an earlier one unreachable, as it could in a Swift array. The closures
/// capture no Values.
func arguments(_ makers: (() throws(PyException) -> Value)...) throws(PyException) -> Value {
    let list = List.new()
    for make in makers { List.append(list, try make()) }
    return list
}

/// `f(*arguments, **keywords)` with the items of a list made by `arguments`.
func call(_ f: Value, _ arguments: Value, keywords: Value = .empty) throws(PyException) -> Value {
    if keywords.isEmpty { return try Protocols.call(f, Arguments(List.items(arguments), List.count(arguments), .empty)) }
    // Nothing allocates between the copy and the call, which roots it.
    let positional = (0..<List.count(arguments)).map { List.item(arguments, $0) }
    return try Protocols.callWithKeywords(f, positional, keywords)
}

/// A dict of one keyword argument, made so that `value` stays reachable (an argument)
/// while the key and the dict are allocated.
func keywords(_ name: String, _ value: Value) throws(PyException) -> Value {
    let d = Dict.new()
    try Dict.setItem(d, str(name), value)
    return d
}

/// A number operand of the grids: Python source text and how Krait builds it.
struct Operand {
    let python: String
    let build: () throws(PyException) -> Value

    /// An int given by a Python expression, built from the decimal digits python3.11
    /// prints for it.
    static func int(_ text: String) -> Operand {
        Operand(python: text) { () throws(PyException) in try bigInt(PythonDecimals.shared.decimal(text)) }
    }

    /// A float given by its repr (a Python expression yielding the same double).
    static func float(_ d: Double) -> Operand {
        let text = d.isNaN ? "float('nan')" : d.isInfinite ? (d < 0 ? "-float('inf')" : "float('inf')") : "\(d)"
        return Operand(python: text) { FloatObject.make(d) }
    }
}

/// The binary operators of the grids, with Python's spelling.
let binaryOperators: [(BinaryOp, String)] = [
    (.add, "+"), (.subtract, "-"), (.multiply, "*"), (.floorDivide, "//"), (.remainder, "%"),
    (.divmod, "divmod"), (.power, "**"), (.lshift, "<<"), (.rshift, ">>"), (.and, "&"), (.or, "|"),
    (.xor, "^"), (.trueDivide, "/"),
]

/// Cases `a op b` for every pair of operands and operator allowed by `include`.
func grid(_ operands: [Operand], _ operators: [(BinaryOp, String)],
          include: (BinaryOp, Operand, Operand) -> Bool = { _, _, _ in true }) -> [Case] {
    var cases: [Case] = []
    for (op, symbol) in operators {
        for a in operands {
            for b in operands where include(op, a, b) {
                let source = op == .divmod ? "divmod(\(a.python), \(b.python))" : "(\(a.python)) \(symbol) (\(b.python))"
                cases.append(Case(source) { try Protocols.binary(try a.build(), try b.build(), op) })
            }
        }
    }
    return cases
}

/// `repr(v)` of each case against python3.11.
extension ObjectModelTestCase {
    func checkRepr(_ cases: [Case], file: StaticString = #filePath, line: UInt = #line) throws {
        try check(cases, show: "repr(v)", file: file, line: line) { v throws(PyException) in try Protocols.repr(v) }
    }
}

/// Decimal digits of int expressions, from python3.11, asked for once per expression.
final class PythonDecimals {
    nonisolated(unsafe) static let shared = PythonDecimals()
    var known: [String: String] = [:]

    func decimal(_ expression: String) -> String {
        if let d = known[expression] { return d }
        let lines = (try? pythonResults([expression], show: "str(v)")) ?? []
        let d = lines.first.map { String(decoding: $0.map { UInt8($0) }, as: UTF8.self) } ?? "nan"
        known[expression] = d
        return d
    }

    /// Asks python3.11 for many expressions in one run.
    func prefetch(_ expressions: [String]) throws {
        let missing = expressions.filter { known[$0] == nil }
        for (e, line) in zip(missing, try pythonResults(missing, show: "str(v)")) {
            known[e] = String(decoding: line.map { UInt8($0) }, as: UTF8.self)
        }
    }
}
