import ObjectLayout
@testable import ObjectModel
import XCTest

/// complex repr, hashes, arithmetic, comparisons, formatting and the constructor
/// against python3.11.
final class ComplexTests: ObjectModelTestCase {
    static let parts: [Double] = [0, -0.0, 1, -1, 0.5, -2.5, 3, 1e16, 1e-5, 0.1, 123456789.25, 5e-324, 1e300, -1e-300,
                                  1.7976931348623157e308, .infinity, -.infinity, .nan]

    /// A complex operand: Python source and how Krait builds it.
    static func operand(_ re: Double, _ im: Double) -> Operand {
        Operand(python: "complex(\(Operand.float(re).python), \(Operand.float(im).python))") { ComplexObject.make(re, im) }
    }

    static func pairs(_ parts: [Double]) -> [(Double, Double)] { parts.flatMap { re in parts.map { im in (re, im) } } }

    func testRepr() throws {
        let cases = Self.pairs(Self.parts).map { re, im in
            Case(Self.operand(re, im).python) { ComplexObject.make(re, im) }
        }
        try checkRepr(cases)
        try check(cases, show: "str(v)") { v throws(PyException) in try Protocols.str(v) }
    }

    func testHashesAndBool() throws {
        let cases = Self.pairs(Self.parts.filter { !$0.isNaN }).map { re, im in
            Case("(hash(\(Self.operand(re, im).python)), bool(\(Self.operand(re, im).python)))") {
                let z = ComplexObject.make(re, im)
                return tuple(int(try Protocols.hash(z)), .bool(try Protocols.isTrue(z)))
            }
        }
        try checkRepr(cases)
        // A NaN part hashes by identity, as float's NaN does.
        let nan = ComplexObject.make(.nan, 1), other = ComplexObject.make(.nan, 1)
        XCTAssertEqual(try Protocols.hash(nan), try Protocols.hash(nan))
        XCTAssertNotEqual(try Protocols.hash(nan), try Protocols.hash(other))
    }

    static let operands: [Operand] = [(0, 0), (-0.0, -0.0), (1, 2), (-3.5, 0.25), (0, 1), (1e300, 1e300), (1e-300, -1e-300),
                                      (.infinity, 0), (.nan, 1), (0, -.infinity), (2, 0)].map(operand)
        + [0.0, -0.0, 1.5, -2.5, .infinity, .nan].map(Operand.float)
        + ["0", "3", "-7", "2**70", "10**400"].map(Operand.int) + [Operand(python: "True") { .true }]

    func testArithmeticGrid() throws {
        try PythonDecimals.shared.prefetch(["0", "3", "-7", "2**70", "10**400"])
        let operators = binaryOperators.filter { [.add, .subtract, .multiply, .trueDivide, .power, .floorDivide, .remainder].contains($0.0) }
        let cases = grid(Self.operands, operators) { _, a, b in a.python.hasPrefix("complex") || b.python.hasPrefix("complex") }
        XCTAssertGreaterThan(cases.count, 1000)
        try checkRepr(cases)
    }

    func testPowers() throws {
        let bases: [(Double, Double)] = [(0, 0), (0, 1), (1, 1), (2, -3), (-0.5, 0.5), (1e-200, 1e-200), (1e200, 1), (-8, 0), (3, 0)]
        let exponents: [(Double, Double)] = [(0, 0), (1, 0), (2, 0), (3, 0), (-1, 0), (-2, 0), (17, 0), (100, 0), (101, 0),
                                             (-100, 0), (0.5, 0), (-0.5, 0), (0, 1), (1, 1), (1e10, 0), (.infinity, 0), (.nan, 0)]
        var cases: [Case] = []
        for (br, bi) in bases {
            for (er, ei) in exponents {
                let a = Self.operand(br, bi), b = Self.operand(er, ei)
                cases.append(Case("(\(a.python)) ** (\(b.python))") { try Protocols.binary(try a.build(), try b.build(), .power) })
            }
        }
        // Floats and ints with a fractional exponent of a negative base become complex.
        for (x, y) in [(-8.0, 1.0 / 3), (-2.0, 0.5), (-1.0, 1.5), (-1e300, 0.5), (-0.5, -0.5)] {
            cases.append(Case("(\(x)) ** (\(y))") { try Protocols.binary(float(x), float(y), .power) })
        }
        cases.append(Case("(-8) ** 0.5") { try Protocols.binary(int(-8), float(0.5), .power) })
        try checkRepr(cases)
    }

    func testComparisons() throws {
        try PythonDecimals.shared.prefetch(["2**53 + 1", "2**60", "10**400"])
        let others = [Self.operand(1, 0), Self.operand(1, 1e-300), Self.operand(.nan, 0), Operand.float(1), Operand.float(.nan),
                      Operand.int("2**53 + 1"), Operand.int("2**60"), Operand.int("10**400"), Operand(python: "1") { int(1) },
                      Operand(python: "'1'") { str("1") }]
        let left = [Self.operand(1, 0), Self.operand(0, 1), Self.operand(9007199254740992, 0), Self.operand(1152921504606846976, 0),
                    Self.operand(.infinity, 0), Self.operand(.nan, 0)]
        var cases: [Case] = []
        for a in left {
            for b in others {
                cases.append(Case("(\(a.python) == \(b.python), \(b.python) != \(a.python))") {
                    let x = try a.build(), y = try b.build()
                    return tuple(try Protocols.richCompare(x, y, .eq), try Protocols.richCompare(y, x, .ne))
                })
                cases.append(Case("\(a.python) < \(b.python)") { try Protocols.richCompare(try a.build(), try b.build(), .lt) })
            }
        }
        try checkRepr(cases)
    }

    static let specs = ["", "10", "<20", "^21", "*>20", ".3", ".0", ".3g", "e", "E", ".2e", "f", ".2f", "F", "g", "G", "n",
                        "+", " ", "-", "#", "#.0f", "#g", ",", "_", ",.2f", "z.1f", "+z.0f", "*^30.4e", "%", "d", "=10",
                        "010", "0<10", ".2147483648f", "12345678901234567890", "zd", "x"]

    func testFormat() throws {
        let values: [(Double, Double)] = [(1, 2), (0, 2), (0, -2), (0, 0), (-0.0, -0.0), (-0.0, 0), (1234567.891, -0.00001),
                                          (.nan, -.infinity), (-0.0001, 0), (1e16, 1e-5)]
        var cases: [Case] = []
        for (re, im) in values {
            for spec in Self.specs {
                cases.append(Case("format(\(Self.operand(re, im).python), \(pythonLiteral(spec)))") {
                    try Protocols.format(ComplexObject.make(re, im), str(spec))
                })
            }
        }
        try checkRepr(cases)
    }

    func testConstructor() throws {
        let texts = ["1+2j", " (1+2j) ", "1", "j", "-J", "1-j", "1e5j", "infj", "-inf+nanj", "INFINITY-infinityj", "1_000j",
                     "( 1j )", "\u{3000}1\u{3000}", "\u{FF11}j", "", "()", "(1", "1+", "1 + 2j", "1e", "1__2j", "_1", "1_",
                     "1e500j", "\u{0}1j", "1_\u{0}2", "é", "5.j", ".5", "0x1", "1+2i"]
        var cases = texts.map { t in Case("complex(\(pythonLiteral(t)))") { try call(Value(Krait_complex_type), try arguments({ str(t) })) } }
        cases.append(Case("complex()") { try Protocols.call(Value(Krait_complex_type)) })
        cases.append(Case("complex(1.5, -0.0)") { try call(Value(Krait_complex_type), try arguments({ float(1.5) }, { float(-0.0) })) })
        cases.append(Case("complex(1j, 1j)") {
            try call(Value(Krait_complex_type), try arguments({ ComplexObject.make(0, 1) }, { ComplexObject.make(0, 1) }))
        })
        cases.append(Case("complex(complex(1, 2), 3.5)") {
            try call(Value(Krait_complex_type), try arguments({ ComplexObject.make(1, 2) }, { float(3.5) }))
        })
        cases.append(Case("complex(True, 2)") { try call(Value(Krait_complex_type), try arguments({ .true }, { int(2) })) })
        cases.append(Case("complex('1', 2)") { try call(Value(Krait_complex_type), try arguments({ str("1") }, { int(2) })) })
        cases.append(Case("complex(1, '2')") { try call(Value(Krait_complex_type), try arguments({ int(1) }, { str("2") })) })
        cases.append(Case("complex(None)") { try call(Value(Krait_complex_type), try arguments({ .none })) })
        cases.append(Case("complex(1, None)") { try call(Value(Krait_complex_type), try arguments({ int(1) }, { .none })) })
        cases.append(Case("complex(1, 2, 3)") { try call(Value(Krait_complex_type), try arguments({ int(1) }, { int(2) }, { int(3) })) })
        cases.append(Case("complex(imag=2)") {
            try call(Value(Krait_complex_type), try arguments(), keywords: try keywords("imag", int(2)))
        })
        cases.append(Case("complex(1, real=2)") {
            try call(Value(Krait_complex_type), try arguments({ int(1) }), keywords: try keywords("real", int(2)))
        })
        try checkRepr(cases)
    }

    func testUnaryOperations() throws {
        var cases: [Case] = []
        for (re, im) in [(1.0, 2.0), (-0.0, 0), (3, -4), (.infinity, .nan), (.nan, 1), (1e308, 1e308), (1.7e308, 1.7e308), (5e-324, 5e-324)] {
            let p = Self.operand(re, im).python
            for (op, symbol) in [(UnaryOp.negative, "-"), (.positive, "+"), (.absolute, "abs")] {
                cases.append(Case("\(symbol)(\(p))") { try Protocols.unary(ComplexObject.make(re, im), op) })
            }
        }
        try checkRepr(cases)
    }
}
