import CGMP
import ObjectLayout

/// `int.__format__` and `float.__format__`, CPython's `format_long_internal` and
/// `format_float_internal`.
enum NumberFormat {
    static func formatInt(_ v: Value, _ spec: Value) throws(PyException) -> Value {
        if Str.length(spec) == 0 { return try Protocols.str(v) }
        let parsed = try FormatSpec(spec, for: v, defaultType: 0x64, defaultAlign: 0x3E)
        switch UnicodeScalar(parsed.type).map(Character.init) {
        case "b", "c", "d", "o", "x", "X", "n": return try integer(IntObject.unboxed(v), parsed)
        case "e", "E", "f", "F", "g", "G", "%": return try real(IntObject.toDouble(IntObject.unboxed(v)), parsed)
        default: throw FormatSpec.unknownType(parsed.type, v)
        }
    }

    static func formatFloat(_ v: Value, _ spec: Value) throws(PyException) -> Value {
        if Str.length(spec) == 0 { return try Protocols.str(v) }
        let parsed = try FormatSpec(spec, for: v, defaultType: 0, defaultAlign: 0x3E)
        switch parsed.type {
        case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E, 0x25: return try real(FloatObject.value(v), parsed)
        default: throw FormatSpec.unknownType(parsed.type, v)
        }
    }

    static func integer(_ v: Value, _ spec: FormatSpec) throws(PyException) -> Value {
        if spec.precision != -1 { throw PyException.valueError("Precision not allowed in integer format specifier") }
        if spec.noNegativeZero {
            throw PyException.valueError("Negative zero coercion (z) not allowed in integer format specifier")
        }
        var layout = NumberLayout()
        if spec.type == 0x63 {
            if spec.sign != 0 { throw PyException.valueError("Sign not allowed with integer format specifier 'c'") }
            if spec.alternate {
                throw PyException.valueError("Alternate form (#) not allowed with integer format specifier 'c'")
            }
            guard let c = IntObject.machineValue(v) else {
                throw PyException.overflowError("Python int too large to convert to C long")
            }
            guard c >= 0 && c <= 0x10FFFF else { throw PyException.overflowError("%c arg not in range(0x110000)") }
            layout.remainder = [UInt32(c)]
            return layout.render(spec)
        }
        let (base, marker): (Int, String) = switch spec.type {
        case 0x62: (2, "0b")
        case 0x6F: (8, "0o")
        case 0x78: (16, "0x")
        case 0x58: (16, "0X")
        default: (10, "")
        }
        layout.negative = IntObject.sign(v) < 0
        layout.digits = try digits(v, base: base)
        if spec.type == 0x58 { layout.digits = layout.digits.map { $0 >= UInt8(ascii: "a") ? $0 - 32 : $0 } }
        if spec.alternate { layout.prefix = Array(marker.utf8) }
        return layout.render(spec)
    }

    /// The digits of |v| in `base` (lower case); base 10 keeps CPython's limit on the
    /// digits of a conversion.
    static func digits(_ v: Value, base: Int) throws(PyException) -> [UInt8] {
        if let m = IntObject.machineValue(v) { return Array(String(m.magnitude, radix: base).utf8) }
        if base == 10 {
            let text = try BigInts.decimal(v)
            return text.first == UInt8(ascii: "-") ? Array(text.dropFirst()) : text
        }
        let x = BigInts.limbs(v)
        let capacity = krait_mpn_sizeinbase(x.base, x.count, Int32(base)) + 1
        var out = [UInt8](repeating: 0, count: capacity)
        let written = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: x.count) { scratch in
            scratch.baseAddress!.update(from: x.base, count: x.count)
            return out.withUnsafeMutableBufferPointer { buffer in
                krait_mpn_get_str(buffer.baseAddress!, Int32(base), scratch.baseAddress!, x.count)
            }
        }
        out.removeLast(capacity - written)
        return out.map { Array("0123456789abcdef".utf8)[Int($0)] }
    }

    /// A double by a spec whose type is a float presentation type (or none).
    static func real(_ x: Double, _ spec: FormatSpec) throws(PyException) -> Value {
        if spec.precision > Int(Int32.max) { throw PyException.valueError("precision too big") }
        let type = UInt8(truncatingIfNeeded: spec.type)
        var style = FloatText.Style(code: type | 0x20, precision: spec.precision < 0 ? 6 : spec.precision,
                                    upper: type >= 0x41 && type <= 0x5A, alternate: spec.alternate,
                                    noNegativeZero: spec.noNegativeZero)
        var value = x
        switch type {
        case 0:
            // Like repr, or like 'g' with at least one digit after the point.
            style.addDotZero = true
            style.code = spec.precision < 0 ? UInt8(ascii: "r") : UInt8(ascii: "g")
        case UInt8(ascii: "n"): style.code = UInt8(ascii: "g")
        case UInt8(ascii: "%"):
            style.code = UInt8(ascii: "f")
            value *= 100
        default: break
        }
        var layout = NumberLayout(floatText: FloatText.format(value, style))
        if type == UInt8(ascii: "%") { layout.remainder.append(0x25) }
        return layout.render(spec)
    }
}
