import GC
import ObjectLayout
@testable import ObjectModel
import XCTest

/// Methods and attributes of int and float against python3.11.
final class NumberMethodTests: ObjectModelTestCase {
    static let ints = ["0", "1", "-1", "5", "-37", "255", "-256", "2**62", "-2**63", "2**64 - 1", "-(2**64)", "3**100", "-(7**60)", "True"]

    /// `receiver.name(*arguments)`; `arguments` holds no more than one new object, so
    /// nothing it holds can be collected before the call roots it.
    func method(_ receiver: Operand, _ name: String, _ arguments: [Value] = []) throws(PyException) -> Value {
        try arguments.withUnsafeBufferPointer { buffer throws(PyException) in
            try Heap.shared.withTemporaryRoots(UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 8)!), words: buffer.count) {
                () throws(PyException) in
                try Protocols.call(try Protocols.getAttribute(try receiver.build(), name), Arguments(buffer.baseAddress, buffer.count, .empty))
            }
        }
    }

    func testIntMethods() throws {
        try PythonDecimals.shared.prefetch(Self.ints)
        var cases: [Case] = []
        for text in Self.ints {
            let o = text == "True" ? Operand(python: "True") { .true } : Operand.int(text)
            let p = "(\(text))"
            for name in ["bit_length", "bit_count", "as_integer_ratio", "conjugate", "__trunc__", "__floor__", "__ceil__",
                         "__round__", "__getnewargs__", "__sizeof__", "__float__", "__int__", "__index__", "__abs__"] {
                cases.append(Case("\(p).\(name)()") { try self.method(o, name) })
            }
            for attribute in ["real", "imag", "numerator", "denominator"] {
                cases.append(Case("\(p).\(attribute)") { try Protocols.getAttribute(try o.build(), attribute) })
            }
            for digits in [-1, -2, -5, 0, 3] {
                cases.append(Case("round(\(p), \(digits))") { try self.method(o, "__round__", [int(digits)]) })
            }
            for (length, order, signed) in [(1, "big", false), (2, "little", true), (8, "big", true), (9, "little", false), (40, "big", true)] {
                cases.append(Case("\(p).to_bytes(\(length), '\(order)', signed=\(signed ? "True" : "False"))") {
                    try call(try Protocols.getAttribute(try o.build(), "to_bytes"), try arguments({ int(length) }, { str(order) }),
                             keywords: try keywords("signed", .bool(signed)))
                })
            }
        }
        cases += [
            Case("(1).to_bytes()") { try self.method(.int("1"), "to_bytes") },
            Case("(1).to_bytes(1, 'big', True)") { try self.method(.int("1"), "to_bytes", [int(1), str("big"), .true]) },
            Case("(1).to_bytes(-1)") { try self.method(.int("1"), "to_bytes", [int(-1)]) },
            Case("(1).to_bytes(1, 'mid')") { try self.method(.int("1"), "to_bytes", [int(1), str("mid")]) },
            Case("(1).to_bytes(1, 1)") { try self.method(.int("1"), "to_bytes", [int(1), int(1)]) },
            Case("(1).to_bytes(x=1)") {
                try call(try Protocols.getAttribute(int(1), "to_bytes"), try arguments(), keywords: try keywords("x", int(1)))
            },
            Case("(1).to_bytes(1, length=1)") {
                try call(try Protocols.getAttribute(int(1), "to_bytes"), try arguments({ int(1) }), keywords: try keywords("length", int(1)))
            },
            Case("(1).bit_length(1)") { try self.method(.int("1"), "bit_length", [int(1)]) },
            Case("(1).__round__(None)") { try self.method(.int("1"), "__round__", [.none]) },
            Case("(1).__round__(1.0)") { try self.method(.int("1"), "__round__", [float(1)]) },
            Case("round(15, -1), round(25, -1), round(-25, -1), round(-35, -1)") {
                tuple(try IntOps.round(int(15), int(-1)), try IntOps.round(int(25), int(-1)),
                      try IntOps.round(int(-25), int(-1)), try IntOps.round(int(-35), int(-1)))
            },
        ]
        let fromBytes: [(String, [UInt8], String, Bool)] = [
            ("b''", [], "big", false), ("b'\\x01\\x00'", [1, 0], "big", false), ("b'\\x01\\x00'", [1, 0], "little", false),
            ("b'\\xff'", [255], "big", true), ("b'\\xff\\x7f'", [255, 127], "little", true), ("b'\\x80' + bytes(20)", [0x80] + [UInt8](repeating: 0, count: 20), "big", true),
            ("bytes(range(1, 30))", Array(1..<30), "little", false),
        ]
        for (python, bytes, order, signed) in fromBytes {
            cases.append(Case("int.from_bytes(\(python), '\(order)', signed=\(signed ? "True" : "False"))") {
                try call(try Protocols.getAttribute(Value(Krait_int_type), "from_bytes"), try arguments({ Bytes.make(bytes) }, { str(order) }),
                         keywords: try keywords("signed", .bool(signed)))
            })
        }
        cases.append(Case("int.from_bytes([1, 2])") { try Protocols.call(try Protocols.getAttribute(Value(Krait_int_type), "from_bytes"), list(int(1), int(2))) })
        cases.append(Case("int.from_bytes(1)") { try Protocols.call(try Protocols.getAttribute(Value(Krait_int_type), "from_bytes"), int(1)) })
        cases.append(Case("int.from_bytes([256])") { try Protocols.call(try Protocols.getAttribute(Value(Krait_int_type), "from_bytes"), list(int(256))) })
        try checkRepr(cases)
    }

    static let floats: [Double] = [0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1e16, 123.456, -0.045, 2.675, 1e300, 5e-324, 1.7976931348623157e308,
                                    .infinity, -.infinity, .nan, 1234567.5, 0.3333333333333333, 2.2250738585072014e-308]

    func testFloatMethods() throws {
        var cases: [Case] = []
        for d in Self.floats {
            let o = Operand.float(d)
            let p = "(\(o.python))"
            for name in ["is_integer", "as_integer_ratio", "hex", "conjugate", "__trunc__", "__floor__", "__ceil__",
                         "__round__", "__getnewargs__", "__int__", "__float__"] {
                cases.append(Case("\(p).\(name)()") { try self.method(o, name) })
            }
            for attribute in ["real", "imag"] {
                cases.append(Case("\(p).\(attribute)") { try Protocols.getAttribute(try o.build(), attribute) })
            }
            for digits in [-400, -308, -2, -1, 0, 1, 2, 3, 10, 17, 320, 400] {
                cases.append(Case("round(\(p), \(digits))") { try self.method(o, "__round__", [int(digits)]) })
            }
            cases.append(Case("float.fromhex(\(p).hex())") {
                try Protocols.call(try Protocols.getAttribute(Value(Krait_float_type), "fromhex"), try self.method(o, "hex"))
            })
        }
        let hexes = ["0x1.ffffp10", "-0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "0x1.fffffffffffff8p1023",
                     "0x1.fffffffffffff7ffp1023", "0x1p1024", "inf", "-nan", " 0X1.8P+1 ", "1", "0x.8", "0x8.", "0x", "x1",
                     "0x1p", "0x1g", "0x1.000000000000080000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0",
                     "0x0p99999999999", "0x1p-99999999999", "0x1p99999999999"]
        for h in hexes {
            cases.append(Case("float.fromhex(\(pythonLiteral(h)))") {
                try Protocols.call(try Protocols.getAttribute(Value(Krait_float_type), "fromhex"), str(h))
            })
        }
        cases += [
            Case("round(2.5), round(3.5), round(-0.5)") {
                tuple(try FloatObject.round(2.5, nil), try FloatObject.round(3.5, nil), try FloatObject.round(-0.5, nil))
            },
            Case("round(1.5, None)") { try FloatObject.round(1.5, Value.none) },
            Case("(1.5).__round__(1, 2)") { try self.method(.float(1.5), "__round__", [int(1), int(2)]) },
            Case("float.__getformat__('double')") {
                try Protocols.call(try Protocols.getAttribute(Value(Krait_float_type), "__getformat__"), str("double"))
            },
            Case("float.__getformat__('x')") {
                try Protocols.call(try Protocols.getAttribute(Value(Krait_float_type), "__getformat__"), str("x"))
            },
        ]
        try checkRepr(cases)
    }
}
