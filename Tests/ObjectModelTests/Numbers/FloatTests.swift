import ObjectLayout
@testable import ObjectModel
import XCTest

/// float repr, arithmetic, comparisons and hashes against python3.11.
final class FloatTests: ObjectModelTestCase {
    static let specialValues: [Double] = [
        0, -0.0, 1, -1, 0.1, 0.5, 1.5, -2.5, 3, 1e16, 1e15, 9999999999999998, 1e-5, 1e-4, 0.0001234, 123456789012345678,
        5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, .infinity, -.infinity,
        .nan, 0.30000000000000004, 1e22, 1e23, 9007199254740993, 0.001, 1234.5678, -1.5e-7, 1e100, 123e-310, 4.35, 2.675,
    ]

    /// Doubles from a fixed sequence of bit patterns: every exponent range, subnormals included.
    static func patterns(_ count: Int) -> [UInt64] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { i in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let bits = state ^ (state >> 29)
            // Every fourth pattern is subnormal or tiny, every fourth near 1.
            switch i % 4 {
            case 0: return bits & 0x800F_FFFF_FFFF_FFFF
            case 1: return (bits & 0x800F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000
            default: return bits
            }
        }
    }

    func testRepr() throws {
        var cases = Self.specialValues.map { d in Case(Operand.float(d).python) { float(d) } }
        for bits in Self.patterns(600) {
            let hex = String(bits.byteSwapped, radix: 16).leftPadded(to: 16)
            cases.append(Case("__import__('struct').unpack('<d', bytes.fromhex('\(hex)'))[0]") { float(Double(bitPattern: bits)) })
        }
        try checkRepr(cases)
        try check(cases, show: "str(v)") { v throws(PyException) in try Protocols.str(v) }
    }

    func testHashes() throws {
        var cases = Self.specialValues.filter { !$0.isNaN }.map { d in
            Case("hash(\(Operand.float(d).python))") { int(try Protocols.hash(float(d))) }
        }
        for bits in Self.patterns(200) where !Double(bitPattern: bits).isNaN {
            let hex = String(bits.byteSwapped, radix: 16).leftPadded(to: 16)
            cases.append(Case("hash(__import__('struct').unpack('<d', bytes.fromhex('\(hex)'))[0])") {
                int(try Protocols.hash(float(Double(bitPattern: bits))))
            })
        }
        try checkRepr(cases)
        // NaN hashes by identity in 3.11: two NaN objects differ, one object is stable.
        let nan = float(.nan), other = float(.nan)
        XCTAssertEqual(try Protocols.hash(nan), try Protocols.hash(nan))
        XCTAssertNotEqual(try Protocols.hash(nan), try Protocols.hash(other))
    }

    static let operands: [Operand] = [0.0, -0.0, 1.5, -2.5, 3.0, 0.1, 1e300, -1e-300, 5e-324, .infinity, -.infinity, .nan].map(Operand.float)
        + ["0", "7", "-3", "2**70", "10**400"].map(Operand.int) + [Operand(python: "True") { .true }]

    func testArithmeticGrid() throws {
        try PythonDecimals.shared.prefetch(["0", "7", "-3", "2**70", "10**400"])
        let operators = binaryOperators.filter { [.add, .subtract, .multiply, .trueDivide, .floorDivide, .remainder, .divmod, .power].contains($0.0) }
        let cases = grid(Self.operands, operators) { _, a, b in
            [a, b].contains { $0.python.contains(".") || $0.python.contains("e-") || $0.python.contains("float") }
        }
        XCTAssertGreaterThan(cases.count, 1500)
        try checkRepr(cases)
    }

    func testComparisonsWithInts() throws {
        let floats = ["0.0", "-0.0", "1.0", "1.5", "-1.5", "9007199254740992.0", "9007199254740994.0", "1e20", "-1e20",
                      "1.8446744073709552e19", "-9.223372036854776e18", "float('inf')", "-float('inf')", "float('nan')", "1e308"]
        let ints = ["0", "1", "-1", "2**53", "2**53 + 1", "2**53 + 2", "10**20", "-(10**20)", "2**64", "2**64 - 1", "2**64 + 1",
                    "-2**63", "-2**63 - 1", "10**308", "10**400", "-(10**400)"]
        try PythonDecimals.shared.prefetch(ints)
        var cases: [Case] = []
        for f in floats {
            let d = f.contains("nan") ? Double.nan : f.contains("inf") ? (f.hasPrefix("-") ? -Double.infinity : .infinity) : Double(f)!
            for i in ints {
                cases.append(Case("(\(f) < \(i), \(f) <= \(i), \(f) == \(i), \(f) != \(i), \(i) > \(f), \(i) == \(f))") {
                    let x = float(d), n = try Operand.int(i).build()
                    return tuple(try Protocols.richCompare(x, n, .lt), try Protocols.richCompare(x, n, .le),
                                 try Protocols.richCompare(x, n, .eq), try Protocols.richCompare(x, n, .ne),
                                 try Protocols.richCompare(n, x, .gt), try Protocols.richCompare(n, x, .eq))
                })
            }
        }
        try checkRepr(cases)
    }

    func testUnaryAndConversions() throws {
        var cases: [Case] = []
        for d in Self.specialValues {
            let p = Operand.float(d).python
            for (op, symbol) in [(UnaryOp.negative, "-"), (.positive, "+"), (.absolute, "abs")] {
                cases.append(Case("\(symbol)(\(p))") { try Protocols.unary(float(d), op) })
            }
            cases.append(Case("int(\(p))") { try Protocols.call(Value(Krait_int_type), float(d)) })
            cases.append(Case("bool(\(p))") { .bool(try Protocols.isTrue(float(d))) })
        }
        cases.append(Case("-(2**62)") { try Protocols.unary(try bigInt("4611686018427387904"), .negative) })
        try checkRepr(cases)
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: Swift.max(0, width - count)) + self }
}
