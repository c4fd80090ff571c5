import ObjectLayout
@testable import ObjectModel
import XCTest

/// int arithmetic against python3.11 over a grid of small, word-sized, big and
/// negative operands and every operator, errors included.
final class IntArithmeticTests: ObjectModelTestCase {
    override func setUpWithError() throws {
        try PythonDecimals.shared.prefetch(Self.operandTexts + ["2**61 - 1", "2**64 - 1"])
    }

    static let operandTexts = [
        "0", "1", "-1", "2", "-3", "7", "10", "-64", "255", "2**31", "2**62 - 1", "2**62", "-2**62", "-2**62 - 1",
        "2**63 - 1", "2**63", "-2**63", "-2**63 - 1", "2**64 - 1", "2**64", "-2**64", "10**20", "-(10**25) + 7",
        "2**127", "-(2**128) + 1", "3**100", "-(7**60)", "2**200 - 1", "(2**64 - 1) * 2**64", "12345678901234567890123456789",
    ]
    static let operands = operandTexts.map { Operand.int($0) }

    /// Builds an operand from the decimal python3.11 gives for its expression.
    static func evaluate(_ text: String) throws(PyException) -> Value { try Operand.int(text).build() }

    func testOperandsAreWhatPythonSays() throws {
        try checkRepr(Self.operands.map { o in Case(o.python) { try o.build() } })
    }

    func testBinaryOperatorGrid() throws {
        let cases = grid(Self.operands, binaryOperators) { op, a, b in
            // Keep powers and shifts to sizes that print quickly.
            switch op {
            case .power: return ["0", "1", "-1", "2", "-3", "7", "10", "-64", "255"].contains(b.python) || ["0", "1", "-1"].contains(a.python)
            case .lshift: return ["0", "1", "-1", "2", "-3", "7", "10", "-64", "255", "2**31"].contains(b.python) || a.python == "0"
            default: return true
            }
        }
        XCTAssertGreaterThan(cases.count, 8000)
        try checkRepr(cases)
    }

    func testComparisonsAndHashes() throws {
        var cases: [Case] = []
        for a in Self.operands {
            for b in Self.operands {
                cases.append(Case("(\(a.python) < \(b.python), \(a.python) == \(b.python), \(a.python) >= \(b.python))") {
                    let x = try a.build(), y = try b.build()
                    return tuple(try Protocols.richCompare(x, y, .lt), try Protocols.richCompare(x, y, .eq),
                                 try Protocols.richCompare(x, y, .ge))
                })
            }
            cases.append(Case("hash(\(a.python))") { int(try Protocols.hash(try a.build())) })
        }
        try checkRepr(cases)
    }

    func testUnaryOperators() throws {
        var cases: [Case] = []
        for a in Self.operands {
            for (op, symbol) in [(UnaryOp.negative, "-"), (.positive, "+"), (.invert, "~"), (.absolute, "abs")] {
                cases.append(Case("\(symbol)(\(a.python))") { try Protocols.unary(try a.build(), op) })
            }
            cases.append(Case("float(\(a.python))") { try Protocols.call(Value(Krait_float_type), try a.build()) })
            cases.append(Case("bool(\(a.python))") { .bool(try Protocols.isTrue(try a.build())) })
        }
        try checkRepr(cases)
    }

    func testModularPower() throws {
        let bases = ["0", "1", "-1", "2", "-3", "10", "2**64", "-(7**60)", "3**100"]
        let exponents = ["0", "1", "2", "-1", "-2", "10", "65", "2**64", "3**100"]
        let moduli = ["0", "1", "-1", "2", "7", "-7", "10", "2**61 - 1", "2**64", "-(10**25) + 7", "2**127"]
        try PythonDecimals.shared.prefetch(bases + exponents + moduli)
        var cases: [Case] = []
        for a in bases {
            for b in exponents {
                for m in moduli {
                    cases.append(Case("pow(\(a), \(b), \(m))") {
                        try Protocols.ternaryPower(try Self.evaluate(a), try Self.evaluate(b), try Self.evaluate(m))
                    })
                }
            }
        }
        try checkRepr(cases)
    }

    func testBoolOperators() throws {
        let values: [(String, Value)] = [("True", .true), ("False", .false), ("1", int(1)), ("0", int(0))]
        var cases: [Case] = []
        for (a, x) in values {
            for (b, y) in values {
                for (op, symbol) in [(BinaryOp.and, "&"), (.or, "|"), (.xor, "^"), (.add, "+"), (.subtract, "-")] {
                    cases.append(Case("\(a) \(symbol) \(b)") { try Protocols.binary(x, y, op) })
                }
            }
            cases.append(Case("~\(a)") { try Protocols.unary(x, .invert) })
            cases.append(Case("-\(a)") { try Protocols.unary(x, .negative) })
        }
        try checkRepr(cases)
    }

    func testDigitLimitCanChange() throws {
        IntObject.maxStrDigits = 5000
        defer { IntObject.maxStrDigits = 4300 }
        let cases: [Case] = [
            Case("(__import__('sys').set_int_max_str_digits(5000), len(str(10**4999)))[1]") {
                int(Str.length(try Protocols.str(try Protocols.binary(int(10), int(4999), .power))))
            },
            Case("(__import__('sys').set_int_max_str_digits(5000), str(10**5000))[1]") {
                try Protocols.str(try Protocols.binary(int(10), int(5000), .power))
            },
            Case("(__import__('sys').set_int_max_str_digits(5000), int('1' * 5001))[1]") {
                try Protocols.call(Value(Krait_int_type), str(String(repeating: "1", count: 5001)))
            },
        ]
        try checkRepr(cases)
    }

    func testDecimalLimitAndHugeValues() throws {
        let cases: [Case] = [
            Case("len(str(10**4299))") { int(Str.length(try Protocols.str(try Protocols.binary(int(10), int(4299), .power)))) },
            Case("str(10**4300)") { try Protocols.str(try Protocols.binary(int(10), int(4300), .power)) },
            Case("str(-10**4299)[:8]") {
                Str.make(String(Str.swiftString(try Protocols.str(IntOps.negate(try Protocols.binary(int(10), int(4299), .power)))).prefix(8)))
            },
            Case("1 << (2**70)") { try Protocols.binary(int(1), try bigInt("1180591620717411303424"), .lshift) },
            Case("1 << (1 << 40)") { try Protocols.binary(int(1), int(1 << 40), .lshift) },
            Case("0 << (2**70)") { try Protocols.binary(int(0), try bigInt("1180591620717411303424"), .lshift) },
            Case("-5 >> (2**70)") { try Protocols.binary(int(-5), try bigInt("1180591620717411303424"), .rshift) },
            Case("(2**1000 + 1) % 97") {
                try Protocols.binary(IntOps.add(try Protocols.binary(int(2), int(1000), .power), int(1)), int(97), .remainder)
            },
            Case("(3**500) // (7**200)") {
                try Protocols.binary(try Protocols.binary(int(3), int(500), .power), try Protocols.binary(int(7), int(200), .power), .floorDivide)
            },
            Case("(3**500) / (7**200)") {
                try Protocols.binary(try Protocols.binary(int(3), int(500), .power), try Protocols.binary(int(7), int(200), .power), .trueDivide)
            },
            Case("(10**400) / 1") { try Protocols.binary(try Protocols.binary(int(10), int(400), .power), int(1), .trueDivide) },
            Case("1 / (10**400)") { try Protocols.binary(int(1), try Protocols.binary(int(10), int(400), .power), .trueDivide) },
            Case("1 / 2**1074") { try Protocols.binary(int(1), try Protocols.binary(int(2), int(1074), .power), .trueDivide) },
            Case("3 / 2**1075") { try Protocols.binary(int(3), try Protocols.binary(int(2), int(1075), .power), .trueDivide) },
            Case("(2**1024 - 2**970) / 1") {
                let big = IntOps.subtract(try Protocols.binary(int(2), int(1024), .power), try Protocols.binary(int(2), int(970), .power))
                return try Protocols.binary(big, int(1), .trueDivide)
            },
            Case("(2**1024 - 2**971) / 1") {
                let big = IntOps.subtract(try Protocols.binary(int(2), int(1024), .power), try Protocols.binary(int(2), int(971), .power))
                return try Protocols.binary(big, int(1), .trueDivide)
            },
            Case("float(2**1024 - 2**970)") {
                try Protocols.call(Value(Krait_float_type), IntOps.subtract(try Protocols.binary(int(2), int(1024), .power), try Protocols.binary(int(2), int(970), .power)))
            },
            Case("float(2**1024 - 2**971)") {
                try Protocols.call(Value(Krait_float_type), IntOps.subtract(try Protocols.binary(int(2), int(1024), .power), try Protocols.binary(int(2), int(971), .power)))
            },
            Case("float(2**53 + 1)") { try Protocols.call(Value(Krait_float_type), try bigInt("9007199254740993")) },
            Case("float(2**64 + 2**11)") { try Protocols.call(Value(Krait_float_type), try bigInt("18446744073709553664")) },
            Case("float(2**64 + 2**11 + 1)") { try Protocols.call(Value(Krait_float_type), try bigInt("18446744073709553665")) },
            Case("float(2**64 + 3 * 2**11)") { try Protocols.call(Value(Krait_float_type), try bigInt("18446744073709557760")) },
            Case("hash(2**61 - 1)") { int(try Protocols.hash(try bigInt("2305843009213693951"))) },
            Case("hash(-(2**61 - 1) * 3 - 1)") { int(try Protocols.hash(try bigInt("-6917529027641081854"))) },
            Case("hash(2**1000)") { int(try Protocols.hash(try Protocols.binary(int(2), int(1000), .power))) },
            Case("hash(-(3**333))") { int(try Protocols.hash(IntOps.negate(try Protocols.binary(int(3), int(333), .power)))) },
        ]
        try checkRepr(cases)
    }
}
