import ObjectLayout
@testable import ObjectModel
import XCTest

/// `format(number, spec)` against python3.11.
final class NumberFormatTests: ObjectModelTestCase {
    static let intSpecs = ["", "d", "5", "<5", "^6", "=+8", "x<5d", "*^9", "+", " ", "-", ",", "_", "08,", "010,", "012_",
                           "b", "#b", "_b", "#_b", "o", "#o", "x", "#x", "X", "#X", "#010x", "_x", "n", "c", "5c", "e", ".2f",
                           "%", ",.1f", "g", "G", "abc", ".2", "z", "+c", "#c", ",c", "_,", ",_", "q", ".", "999999999999999999999",
                           ",x", "=10", "0=10", "-^+10"]
    static let ints = ["0", "1", "-1", "65", "255", "-255", "1234", "-1234", "1234567", "2**63", "-(2**70)", "2**100", "True"]

    func testIntFormat() throws {
        try PythonDecimals.shared.prefetch(Self.ints)
        var cases: [Case] = []
        for text in Self.ints {
            let o = text == "True" ? Operand(python: "True") { .true } : Operand.int(text)
            for spec in Self.intSpecs {
                cases.append(Case("format(\(text), \(pythonLiteral(spec)))") { try Protocols.format(try o.build(), str(spec)) })
            }
        }
        cases.append(Case("format(0x110000, 'c')") { try Protocols.format(int(0x110000), str("c")) })
        cases.append(Case("format(-1, 'c')") { try Protocols.format(int(-1), str("c")) })
        cases.append(Case("format(10**5000, 'd')") { try Protocols.format(try Protocols.binary(int(10), int(5000), .power), str("d")) })
        cases.append(Case("len(format(10**5000, 'x'))") {
            int(Str.length(try Protocols.format(try Protocols.binary(int(10), int(5000), .power), str("x"))))
        })
        try checkRepr(cases)
    }

    static let floatSpecs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "#.0e", "E", "g", ".3g", "#g", "G", ".10g", "%", ".1%",
                             "n", ".3", ".0", "#", "10.3e", "^12", "*<10", "+", " ", "015,.2f", ",.2f", ",", "_", ",g", "_e",
                             "z.1f", "z", "zf", "010", "=+12.3f", ",e", "q", "x", "#x", ".100f", ".30e", "30.20g"]
    static let floats: [Double] = [0, -0.0, 1, -1, 1.5, 2.5, -2.5, 0.001, -0.001, 12.5, 1234.5, 12345.678, -12345.678, 1e-5, 1e16,
                                   1e20, 123456789, 0.1, 1 / 3, 5e-324, 1.7976931348623157e308, .infinity, -.infinity, .nan]

    func testFloatFormat() throws {
        var cases: [Case] = []
        for d in Self.floats {
            let o = Operand.float(d)
            for spec in Self.floatSpecs {
                cases.append(Case("format(\(o.python), \(pythonLiteral(spec)))") { try Protocols.format(float(d), str(spec)) })
            }
        }
        cases.append(Case("format(-float('nan'), '+')") { try Protocols.format(float(-.nan), str("+")) })
        try checkRepr(cases)
    }
}
