import ObjectLayout
@testable import ObjectModel
import XCTest

/// Random multi-limb operands (fixed seed) through every operator, true division and
/// float conversion included, against python3.11.
final class BigIntRandomTests: ObjectModelTestCase {
    /// Hex literals of random sizes up to 20 limbs, some with long runs of ones or zeros.
    static func operands(_ count: Int) -> [Operand] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        return (0..<count).map { _ in
            let limbs = Int(next() % 20) + 1
            var digits = ""
            for i in 0..<limbs {
                var limb = next()
                switch next() % 4 {
                case 0: limb = UInt64.max
                case 1 where i > 0: limb = 0
                default: break
                }
                // The top limb may be short, so bit lengths vary within a limb too.
                if i == 0 { limb >>= next() % 64 }
                digits += String(limb, radix: 16).leftPadded(to: 16)
            }
            let sign = next() & 1 == 0 ? "" : "-"
            return .hex(sign + "0x" + digits)
        }
    }

    func testOperators() throws {
        let operands = Self.operands(24)
        let operators = binaryOperators.filter { ![.power, .lshift, .rshift].contains($0.0) }
        try checkRepr(grid(operands, operators))
    }

    func testShiftsConversionsAndHashes() throws {
        var cases: [Case] = []
        for o in Self.operands(120) {
            for shift in [1, 63, 64, 65, 200, 1300] {
                cases.append(Case("(\(o.python)) >> \(shift)") { try Protocols.binary(try o.build(), int(shift), .rshift) })
                cases.append(Case("(\(o.python)) << \(shift)") { try Protocols.binary(try o.build(), int(shift), .lshift) })
            }
            cases.append(Case("float(\(o.python))") { try Protocols.call(Value(Krait_float_type), try o.build()) })
            cases.append(Case("hash(\(o.python))") { int(try Protocols.hash(try o.build())) })
            cases.append(Case("(\(o.python)).bit_length()") { try Protocols.callMethod(try o.build(), "bit_length") })
            cases.append(Case("(\(o.python)) ** 3") { try Protocols.binary(try o.build(), int(3), .power) })
            cases.append(Case("(\(o.python)) / 3**41") { try Protocols.binary(try o.build(), try Operand.int("3**41").build(), .trueDivide) })
        }
        try checkRepr(cases)
    }
}

extension Operand {
    /// An int given by a (signed) hex literal, parsed by Krait's `int(text, 0)`.
    static func hex(_ text: String) -> Operand { Operand(python: text) { () throws(PyException) in try bigInt(text) } }
}
