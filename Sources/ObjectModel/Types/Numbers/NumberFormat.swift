import NumberText
import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// `int.__format__` and `float.__format__`: CPython's `format_long_internal` and
/// `format_float_internal` over a parsed `FormatSpec`. Digits come from GMP for ints
/// and from glibc's printf (exact, ties to even) or the shortest repr for floats.
enum NumberFormat {
    static func ascii(_ text: [UInt8]) -> [UInt32] { text.map { UInt32($0) } }

    static func formatInt(_ v: Value, _ specValue: Value) throws(PyException) -> Value {
        let s = Str.codePoints(specValue)
        if s.isEmpty { return try Protocols.str(v) }
        let spec = try FormatSpec(s, defaultType: 0x64, typeName: TypeObject.name(v.type))
        switch spec.type {
        case 0x62, 0x63, 0x64, 0x6F, 0x78, 0x58, 0x6E: break
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x25:
            return try format(IntObject.toDouble(v), spec)
        default:
            throw FormatSpec.unknownCode(spec.type, TypeObject.name(v.type))
        }
        if spec.precision != -1 { throw PyException.valueError("Precision not allowed in integer format specifier") }
        if spec.noNegativeZero {
            throw PyException.valueError("Negative zero coercion (z) not allowed in integer format specifier")
        }
        let x = BigInts.limbs(v)
        if spec.type == 0x63 {
            if spec.sign != 0 { throw PyException.valueError("Sign not allowed with integer format specifier 'c'") }
            if spec.alternate { throw PyException.valueError("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard let c = IntObject.machineValue(v) else { throw PyException.overflowError("Python int too large to convert to C long") }
            guard (0...0x10FFFF).contains(c) else { throw PyException.overflowError("%c arg not in range(0x110000)") }
            return spec.render(negative: false, prefix: [], digits: [], rest: [UInt32(c)])
        }
        let (base, prefix): (Int, String) = switch spec.type {
        case 0x62: (2, "0b")
        case 0x6F: (8, "0o")
        case 0x78: (16, "0x")
        case 0x58: (16, "0X")
        default: (10, "")
        }
        var digits = ascii(try BigInts.text(x, base: base))
        if spec.type == 0x58 { digits = digits.map { $0 >= 0x61 ? $0 - 0x20 : $0 } }
        return spec.render(negative: x.negative, prefix: spec.alternate ? ascii(Array(prefix.utf8)) : [], digits: digits, rest: [])
    }

    static func formatFloat(_ v: Value, _ specValue: Value) throws(PyException) -> Value {
        let s = Str.codePoints(specValue)
        if s.isEmpty { return try Protocols.str(v) }
        let spec = try FormatSpec(s, defaultType: 0, typeName: TypeObject.name(v.type))
        switch spec.type {
        case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x25, 0x6E: return try format(FloatObject.value(v), spec)
        default: throw FormatSpec.unknownCode(spec.type, TypeObject.name(v.type))
        }
    }

    /// A double under a float presentation type (or none).
    static func format(_ value: Double, _ spec: FormatSpec) throws(PyException) -> Value {
        var type = spec.type, precision = spec.precision
        var addDotZero = false, percent = false
        var x = value
        switch type {
        case 0:
            // Like repr without a precision, else like 'g' keeping a ".0".
            addDotZero = true
            if precision < 0 { type = 0x72 } else { type = 0x67 }
        case 0x6E: type = 0x67
        case 0x25:
            type = 0x66
            x *= 100
            percent = true
        default: break
        }
        if precision < 0 { precision = 6 }
        let upper = type == 0x45 || type == 0x46 || type == 0x47
        var negative = x.sign == .minus && !x.isNaN
        var body: [UInt8] = []
        if !x.isFinite {
            body = Array((x.isNaN ? "nan" : "inf").utf8)
            if upper { body = body.map { $0 - 0x20 } }
        } else if type == 0x72 {
            NumberText.appendShortest(x.magnitude, addDotZero: true, to: &body)
            // The alternate form keeps a point before the exponent: 1.e+16.
            if spec.alternate, !body.contains(UInt8(ascii: ".")), let e = body.firstIndex(of: UInt8(ascii: "e")) {
                body.insert(UInt8(ascii: "."), at: e)
            }
        } else if type == 0x67 || type == 0x47 {
            body = general(x.magnitude, precision: precision, upper: upper, alternate: spec.alternate, addDotZero: addDotZero)
        } else {
            body = printf(x.magnitude, type: type, precision: precision, alternate: spec.alternate)
        }
        if spec.noNegativeZero && negative && x.isFinite && !body.prefix(while: { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") })
            .contains(where: { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }) {
            negative = false
        }
        if percent { body.append(UInt8(ascii: "%")) }
        let integerDigits = body.prefix(while: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }).count
        return spec.render(negative: negative, prefix: [], digits: ascii(Array(body[..<integerDigits])),
                           rest: ascii(Array(body[integerDigits...])))
    }

    /// 'g': `precision` significant digits, in exponent form when the exponent is below
    /// -4 or not below the precision, trailing zeros dropped unless alternate. With
    /// `addDotZero` (no presentation type) integral results keep ".0" and the exponent
    /// form starts one digit earlier, as CPython's `format_float_short`.
    static func general(_ x: Double, precision: Int, upper: Bool, alternate: Bool, addDotZero: Bool) -> [UInt8] {
        let p = Swift.max(precision, 1)
        let scientific = printf(x, type: upper ? 0x45 : 0x65, precision: p - 1, alternate: alternate)
        let e = scientific.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }!
        let exponent = Int(String(decoding: scientific[(e + 1)...], as: UTF8.self))!
        var body: [UInt8]
        var mantissaEnd: Int
        if exponent < -4 || exponent >= (addDotZero ? p - 1 : p) {
            body = scientific
            mantissaEnd = e
        } else {
            body = printf(x, type: 0x66, precision: p - 1 - exponent, alternate: alternate)
            mantissaEnd = body.count
        }
        if !alternate, body[..<mantissaEnd].contains(UInt8(ascii: ".")) {
            var end = mantissaEnd
            while body[end - 1] == UInt8(ascii: "0") { end -= 1 }
            if body[end - 1] == UInt8(ascii: ".") { end -= 1 }
            body.removeSubrange(end..<mantissaEnd)
            mantissaEnd = end
        }
        if addDotZero && !body[..<mantissaEnd].contains(UInt8(ascii: ".")) && mantissaEnd == body.count {
            body += Array(".0".utf8)
        }
        return body
    }

    /// C's `%.*e` or `%.*f` (`#` for the alternate form) of a non-negative double: glibc
    /// prints the exact value rounded half to even, as CPython's dtoa does.
    static func printf(_ x: Double, type: UInt32, precision: Int, alternate: Bool) -> [UInt8] {
        let conversion = Character(Unicode.Scalar(type)!)
        let format = "%\(alternate ? "#" : "").*\(conversion)"
        return withVaList([Int32(clamping: precision), x]) { arguments in
            let count = Int(vsnprintf(nil, 0, format, arguments))
            return withVaList([Int32(clamping: precision), x]) { again in
                [UInt8](unsafeUninitializedCapacity: count + 1) { buffer, initialized in
                    _ = vsnprintf(UnsafeMutableRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self), count + 1, format, again)
                    initialized = count
                }
            }
        }
    }
}
