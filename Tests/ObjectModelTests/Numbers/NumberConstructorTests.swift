import ObjectLayout
@testable import ObjectModel
import XCTest

/// `int(...)` and `float(...)` against python3.11.
final class NumberConstructorTests: ObjectModelTestCase {
    static let intType = Value(Krait_int_type), floatType = Value(Krait_float_type)

    /// `int(text)` for literals, spacing, signs, underscores and invalid forms.
    func testIntFromStrings() throws {
        let texts = ["0", "-0", "+7", " 42 ", "\t-17\n", "1_000", "1__0", "_1", "1_", "", "  ", "+", "-", "x", "12a",
                     "007", "0x1f", "99999999999999999999", "-123456789012345678901234567890", "1" + String(repeating: "0", count: 300),
                     String(repeating: "x", count: 300), "\u{3000}5\u{2003}", "1 2", "٣", "१"]
        var cases = texts.map { t in Case("int(\(pythonLiteral(t)))") { try Protocols.call(Self.intType, str(t)) } }
        let based: [(String, Int)] = [
            ("ff", 16), ("0xff", 16), ("0XfF", 0), ("0x_f", 16), ("0x", 16), ("0b101", 0), ("0B1_0", 0), ("0o17", 0), ("0o17", 8),
            ("017", 0), ("0", 0), ("00", 0), ("0_0", 0), ("0_7", 0), ("10", 0), ("z", 36), ("Z", 36), ("10", 2), ("2", 2),
            ("0b1", 16), ("777", 8), ("-0x10", 0), ("  0x10  ", 16), ("1" + String(repeating: "0", count: 40), 7),
            ("12", 1), ("12", 37), ("12", -1), (String(repeating: "f", count: 5000), 16),
        ]
        for (t, base) in based {
            cases.append(Case("int(\(pythonLiteral(t)), \(base))") { try Protocols.call(Self.intType, str(t), int(base)) })
        }
        cases.append(Case("int('5', base=8)") { try call(Self.intType, try arguments({ str("5") }), keywords: try keywords("base", int(8))) })
        cases.append(Case("int(base=8)") { try call(Self.intType, try arguments(), keywords: try keywords("base", int(8))) })
        cases.append(Case("int(x='5')") { try call(Self.intType, try arguments(), keywords: try keywords("x", str("5"))) })
        cases.append(Case("int('1' * 4301)") { try Protocols.call(Self.intType, str(String(repeating: "1", count: 4301))) })
        cases.append(Case("int('1_' * 4300 + '1')") {
            try Protocols.call(Self.intType, str(String(repeating: "1_", count: 4300) + "1"))
        })
        cases.append(Case("int('1' * 4300) % 1000003") {
            try Protocols.binary(try Protocols.call(Self.intType, str(String(repeating: "1", count: 4300))), int(1_000_003), .remainder)
        })
        try checkRepr(cases)
    }

    func testIntFromOtherTypes() throws {
        let cases: [Case] = [
            Case("int()") { try Protocols.call(Self.intType) },
            Case("int(True)") { try Protocols.call(Self.intType, .true) },
            Case("int(-7)") { try Protocols.call(Self.intType, int(-7)) },
            Case("int(2.9)") { try Protocols.call(Self.intType, float(2.9)) },
            Case("int(-2.9)") { try Protocols.call(Self.intType, float(-2.9)) },
            Case("int(1e300)") { try Protocols.call(Self.intType, float(1e300)) },
            Case("int(-2.0**63)") { try Protocols.call(Self.intType, float(-0x1p63)) },
            Case("int(2.0**62)") { try Protocols.call(Self.intType, float(0x1p62)) },
            Case("int(float('nan'))") { try Protocols.call(Self.intType, float(.nan)) },
            Case("int(float('-inf'))") { try Protocols.call(Self.intType, float(-.infinity)) },
            Case("int(b' 12 ')") { try Protocols.call(Self.intType, Bytes.make(Array(" 12 ".utf8))) },
            Case("int(b'x')") { try Protocols.call(Self.intType, Bytes.make(Array("x".utf8))) },
            Case("int(None)") { try Protocols.call(Self.intType, .none) },
            Case("int([])") { try Protocols.call(Self.intType, list()) },
            Case("int(1, 2)") { try Protocols.call(Self.intType, int(1), int(2)) },
            Case("int('1', 2, 3)") { try Protocols.call(Self.intType, str("1"), int(2), int(3)) },
            Case("int('1', None)") { try Protocols.call(Self.intType, str("1"), .none) },
        ]
        try checkRepr(cases)
    }

    func testFloatConstructor() throws {
        let texts = ["0", "-0", "1.5", " 1_000.5 ", "1_0.5e1_0", "1_.5", "._5", ".5", "5.", ".", "1e", "1e+", "1e-3", "1E5",
                     "inf", "-Infinity", "+nan", "NaN", "infi", "nan1", "", "0x10", "1e500", "-1e500", "1e-400",
                     "0.1", "123456789012345678901234567890", "2.2250738585072011e-308", "\u{2003}2\u{3000}", "1.5\u{1}",
                     "9007199254740993", "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324"]
        var cases = texts.map { t in Case("float(\(pythonLiteral(t)))") { try Protocols.call(Self.floatType, str(t)) } }
        cases += [
            Case("float()") { try Protocols.call(Self.floatType) },
            Case("float(7)") { try Protocols.call(Self.floatType, int(7)) },
            Case("float(True)") { try Protocols.call(Self.floatType, .true) },
            Case("float(2**1023 * 3)") { try Protocols.call(Self.floatType, try bigInt("0x18" + String(repeating: "0", count: 255))) },
            Case("float(b'1.5')") { try Protocols.call(Self.floatType, Bytes.make(Array("1.5".utf8))) },
            Case("float(b'x')") { try Protocols.call(Self.floatType, Bytes.make(Array("x".utf8))) },
            Case("float(None)") { try Protocols.call(Self.floatType, .none) },
            Case("float(1, 2)") { try Protocols.call(Self.floatType, int(1), int(2)) },
            Case("float(x=1)") { try call(Self.floatType, try arguments(), keywords: try keywords("x", int(1))) },
        ]
        try checkRepr(cases)
    }
}

/// A Python string literal for `text` (ASCII escapes for anything else).
func pythonLiteral(_ text: String) -> String {
    var out = "'"
    for scalar in text.unicodeScalars {
        switch scalar {
        case "'": out += "\\'"
        case "\\": out += "\\\\"
        case " "..."~": out.unicodeScalars.append(scalar)
        default: out += String(format: "\\U%08x", scalar.value)
        }
    }
    return out + "'"
}

/// The types' own dicts and subclasses of float.
final class NumberTypeTests: ObjectModelTestCase {
    func testOwnDictNames() throws {
        let cases: [Case] = [
            Case("int") { Value(Krait_int_type) },
            Case("bool") { Value(Krait_bool_type) },
            Case("float") { Value(Krait_float_type) },
        ]
        try check(cases, show: "' '.join(sorted(v.__dict__))") { v throws(PyException) in
            var names: [String] = []
            var position = 0
            let d = Value(v.object.layout(PyTypeObject.self).pointee.tp_dict!)
            while let (key, _, next) = Dict.next(d, from: position) {
                names.append(Str.swiftString(key))
                position = next
            }
            return Str.make(names.sorted().joined(separator: " "))
        }
    }

    func testFloatSubclass() throws {
        func subclass() throws(PyException) -> Value {
            try call(Value(Krait_type_type), try arguments({ str("F") }, { tuple(Value(Krait_float_type)) }, { Dict.new() }))
        }
        let cases: [Case] = [
            Case("type('F', (float,), {})(2.5)") { try Protocols.call(try subclass(), float(2.5)) },
            Case("type('F', (float,), {})('1e3') + 1") { try Protocols.binary(try Protocols.call(try subclass(), str("1e3")), int(1), .add) },
            Case("type('F', (float,), {})(2.5).is_integer()") {
                try Protocols.callMethod(try Protocols.call(try subclass(), float(2.5)), "is_integer")
            },
            Case("type(+type('F', (float,), {})(2.5))") { Value(try Protocols.unary(try Protocols.call(try subclass(), float(2.5)), .positive).type) },
            Case("type('F', (float,), {})(2.5) == 2.5") { try Protocols.richCompare(try Protocols.call(try subclass(), float(2.5)), float(2.5), .eq) },
        ]
        try checkRepr(cases)
    }

    func testIntSubclass() throws {
        func subclass() throws(PyException) -> Value {
            try call(Value(Krait_type_type), try arguments({ str("I") }, { tuple(Value(Krait_int_type)) }, { Dict.new() }))
        }
        func instance(_ text: String) throws(PyException) -> Value { try Protocols.call(try subclass(), str(text)) }
        let big = "123456789012345678901234567890"
        let cases: [Case] = [
            Case("type('I', (int,), {})('5')") { try instance("5") },
            Case("type('I', (int,), {})('0')") { try instance("0") },
            Case("type('I', (int,), {})('-\(big)')") { try instance("-" + big) },
            Case("type('I', (int,), {})('\(big)') * 3 - 1") {
                try Protocols.binary(try Protocols.binary(try instance(big), int(3), .multiply), int(1), .subtract)
            },
            Case("type(-type('I', (int,), {})('7'))") { Value(try Protocols.unary(try instance("7"), .negative).type) },
            Case("hash(type('I', (int,), {})('\(big)')) == hash(\(big))") {
                .bool(try Protocols.hash(try instance(big)) == Protocols.hash(try bigInt(big)))
            },
            Case("(lambda i: (setattr(i, 'tag', 'x'), i.tag, i + 0)[1:])(type('I', (int,), {})('\(big)'))") {
                let i = try instance(big)
                try Protocols.setAttribute(i, str("tag"), str("x"))
                return tuple(try Protocols.getAttribute(i, "tag"), try Protocols.binary(i, int(0), .add))
            },
            Case("type('I', (int,), {}).from_bytes(b'\\x01\\x02', 'little')") {
                try call(try Protocols.getAttribute(try subclass(), "from_bytes"), try arguments({ Bytes.make([1, 2]) }, { str("little") }))
            },
            Case("type(type('I', (int,), {}).from_bytes(b'\\x01')) is not int") {
                .bool(try Protocols.call(try Protocols.getAttribute(try subclass(), "from_bytes"), Bytes.make([1])).type != Krait_int_type)
            },
            Case("type('I', (int,), {'__slots__': ('a',)})") {
                let args = try arguments({ str("I") }, { tuple(Value(Krait_int_type)) })
                List.append(args, try keywords("__slots__", tuple(str("a"))))
                return try call(Value(Krait_type_type), args)
            },
        ]
        try checkRepr(cases)
    }

    /// Conversions through `__int__`, `__index__`, `__trunc__` and `__float__` of classes
    /// whose dunders are bound builtin methods (no interpreter needed to call them).
    func testDunderFallbacks() throws {
        func instance(_ name: String, _ method: Value) throws(PyException) -> Value {
            // Argument by argument into a list; `method` stays in use until the last.
            let args = List.new()
            List.append(args, str("X"))
            List.append(args, tuple())
            List.append(args, try keywords(name, method))
            return try Protocols.call(try call(Value(Krait_type_type), args))
        }
        func bound(_ v: Value, _ name: String) throws(PyException) -> Value { try Protocols.getAttribute(v, name) }
        let intType = Value(Krait_int_type), floatType = Value(Krait_float_type)
        let cases: [Case] = [
            Case("int(type('X', (), {'__int__': (5).__index__})())") { try Protocols.call(intType, try instance("__int__", try bound(int(5), "__index__"))) },
            Case("int(type('X', (), {'__index__': (6).__index__})())") { try Protocols.call(intType, try instance("__index__", try bound(int(6), "__index__"))) },
            Case("int(type('X', (), {'__trunc__': (7).__index__})())") { try Protocols.call(intType, try instance("__trunc__", try bound(int(7), "__index__"))) },
            Case("int(type('X', (), {'__trunc__': (7.5).__float__})())") { try Protocols.call(intType, try instance("__trunc__", try bound(float(7.5), "__float__"))) },
            Case("int(type('X', (), {'__int__': (2.5).__float__})())") { try Protocols.call(intType, try instance("__int__", try bound(float(2.5), "__float__"))) },
            Case("float(type('X', (), {'__float__': (2.5).__float__})())") { try Protocols.call(floatType, try instance("__float__", try bound(float(2.5), "__float__"))) },
            Case("float(type('X', (), {'__index__': (3).__index__})())") { try Protocols.call(floatType, try instance("__index__", try bound(int(3), "__index__"))) },
            Case("float(type('X', (), {'__float__': (3).__index__})())") { try Protocols.call(floatType, try instance("__float__", try bound(int(3), "__index__"))) },
            Case("2.5 + type('X', (), {'__index__': (3).__index__})()") { try Protocols.binary(float(2.5), try instance("__index__", try bound(int(3), "__index__")), .add) },
        ]
        try checkRepr(cases)
    }
}
