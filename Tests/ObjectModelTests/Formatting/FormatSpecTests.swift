import ObjectLayout
@testable import ObjectModel
import XCTest

/// `format(value, spec)` for grids of ints, floats and strs against python3.11.
final class FormatSpecTests: ObjectModelTestCase {
    /// `format(v, spec)` for every operand and spec.
    func grid(_ operands: [Operand], _ specs: [String]) -> [Case] {
        var cases: [Case] = []
        for operand in operands {
            for spec in specs {
                cases.append(Case("format(\(operand.python), \(P.s(spec).python))") { () throws(PyException) -> Value in
                    let v = try operand.build()
                    return try Protocols.format(v, Str.make(spec))
                })
            }
        }
        return cases
    }

    func run(_ cases: [Case], file: StaticString = #filePath, line: UInt = #line) throws {
        try check(cases, show: "v", file: file, line: line) { v in v }
    }

    static let alignments = ["", "<", ">", "^", "=", "*<", "*>", "*^", "0=", "é^", "0"]

    func testIntegers() throws {
        let values = ["0", "1", "-1", "7", "255", "-255", "1234567", "-1234567", "2**63-1", "-2**63", "2**64",
                      "-(2**100)", "10**30", "97", "0x10ffff", "0x110000", "-5"].map(Operand.int)
            + [Operand(python: "True") { .true }, Operand(python: "False") { .false }]
        var specs = ["", "d", "b", "o", "x", "X", "n", "c", "#b", "#o", "#x", "#X", "+", "-", " ", "+d", " x",
                     ",", "_", "_b", "_x", "_o", ",d", ",x", ",b", "_X", "#_x", "#,d", "e", "f", ".2f", "%", "g", "G", ".3e",
                     "s", "z", ".2", "+c", "#c", ",c", "_c", ",_", "_,", "q", "10,", "08,d", "012_x", "#012x",
                     "+#08b", "=+10", "<+10,", "xx", ",n", "3.", "99999999999999999999"]
        for align in FormatSpecTests.alignments {
            for width in ["", "1", "12", "25"] where !(align.isEmpty && width.isEmpty) {
                for type in ["", "d", "#x", ",", "+_o", "X", "c"] { specs.append(align + width + type) }
            }
        }
        try run(grid(values, specs))
    }

    func testFloats() throws {
        let values: [Double] = [0, -0.0, 1, -1.5, 0.1, 2.5, 0.125, 0.5, 1.5, 99.5, 123456.789, 1e16, 1e15, 1e-5,
                                1e-4, 1e300, 5e-324, .greatestFiniteMagnitude, 1234567890123, 0.000123456, 9.999999,
                                -9.9999999e-5, 1.0e22, 0.30000000000000004, 2.675, .infinity, -.infinity, .nan]
        var specs = ["", "f", ".0f", ".1f", ".2f", ".10f", ".30f", "e", ".0e", ".1e", ".3e", ".20e", "E", "g",
                     ".0g", ".1g", ".3g", ".10g", ".17g", "G", "#g", "#.3g", "#.0g", "#.0f", "#.0e", "#", "#.3",
                     "%", ".1%", ".0%", "#.0%", "n", ".3n", ".3", ".1", ".0", ".20", "+", " ", "-", "+.2f", " e",
                     ",", "_", ",.2f", "_.3f", ",g", ",e", ",.2%", "z", "z.1f", "z.2e", "z.3g", "z.0f", "+z.1f",
                     "x", "d", "s", "c", "b", ",n", ".2000f", "1.2000e", "#x", "_%", "010,.1f", "020_.4e"]
        for align in FormatSpecTests.alignments {
            for width in ["", "1", "12", "25"] where !(align.isEmpty && width.isEmpty) {
                for type in ["", "f", ".3e", ",.2f", "+g", "%", "#.0f"] { specs.append(align + width + type) }
            }
        }
        try run(grid(values.map(Operand.float), specs))
    }

    /// ints formatted as floats, and floats beyond the double range of ints.
    func testIntegersAsFloats() throws {
        let values = ["0", "-3", "2**53+1", "10**22", "2**1023*2-1", "2**1024", "-(10**400)"].map(Operand.int)
        try run(grid(values, ["e", ".3f", "g", "%", "E", ",.1f", "", "d", "x"]))
    }

    /// CPython's limit on decimal digits applies to 'd', ',' and 'n', not to other bases.
    func testDigitLimit() throws {
        var operands: [Operand] = []
        for exponent in [4299, 4300, 5000] {
            operands.append(Operand(python: "10**\(exponent)") { () throws(PyException) in
                try Protocols.binary(IntObject.make(10), IntObject.make(exponent), .power)
            })
        }
        try run(grid(operands, ["", "d", ",", "n", "x", "#b", "o", ">5000", "e"]))
        var cases: [Case] = []
        for (template, exponent) in [("%d", 5000), ("%x", 5000), ("%s", 5000), ("%d", 4299)] {
            cases.append(Case("\(P.s(template).python) % 10**\(exponent)") { () throws(PyException) -> Value in
                let n = try Protocols.binary(IntObject.make(10), IntObject.make(exponent), .power)
                return try Protocols.binary(Str.make(template), n, .remainder)
            })
        }
        try run(cases)
    }

    func testStrings() throws {
        let values: [P] = ["", "a", "abc", "héllo", "\u{1F600}x", "long string here"]
        var specs = ["", "s", ".0", ".2", ".2s", ".10", "+", "-", " ", "#", "=", "=10", "010", "05s", "z", ",", "_",
                     ",s", "d", "x", "c", "r", "ss", ".", "10.", ".x", "\u{0663}", ".\u{0663}", "99999999999999999999",
                     ".99999999999999999999", "10,s"]
        for align in FormatSpecTests.alignments where !align.contains("=") {
            for width in ["", "1", "3", "12"] where !(align.isEmpty && width.isEmpty) {
                for type in ["", "s", ".2", ".1s"] { specs.append(align + width + type) }
            }
        }
        var cases: [Case] = []
        for v in values {
            for spec in specs {
                cases.append(Case("format(\(v.python), \(P.s(spec).python))") { () throws(PyException) -> Value in
                    try Protocols.format(try v.make(), Str.make(spec))
                })
            }
        }
        try run(cases)
    }

    /// `object.__format__`, the methods called directly, and bad arguments.
    func testMethods() throws {
        let five = P.raw("(5)") { IntObject.make(5) }
        var cases: [Case] = [
            call(.none, "__format__", [""]), call(.none, "__format__", ["x"]), call(.t([]), "__format__", [">5"]),
            call(.l([1]), "__format__", [""]), call(five, "__format__", [5]), call(five, "__format__", []),
            call("a", "__format__", ["a", "b"]), call(five, "__format__", [""], [("x", 1)]),
            call(.true, "__format__", [""]), call(.true, "__format__", ["d"]), call(.true, "__format__", ["^7"]),
            call(.raw("1.5", { FloatObject.make(1.5) }), "__format__", [2]),
            call("ab", "__format__", [">4"]), call(.none, "__format__", [1]),
        ]
        for v: P in [.none, .t([1, 2]), .d([]), .b([1])] {
            for spec: P in ["", "s", ">10"] {
                cases.append(Case("format(\(v.python), \(spec.python))") { () throws(PyException) -> Value in
                    try Protocols.format(try v.make(), try spec.make())
                })
            }
        }
        try run(cases)
    }
}
