import NumberText
import ObjectLayout

/// `repr(complex)` and `complex.__format__`, CPython's `complex_repr` and
/// `format_complex_internal`.
enum ComplexFormat {
    /// `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`: the parts as float's repr writes them
    /// but without ".0"; a real part of +0 is left out, with the parentheses.
    static func repr(_ z: Py_complex) -> String {
        var out: [UInt8] = []
        let realShown = !(z.real == 0 && z.real.sign == .plus)
        if realShown {
            out.append(UInt8(ascii: "("))
            NumberText.appendShortest(z.real, addDotZero: false, to: &out)
            // CPython's forced sign ignores the sign of a NaN.
            if z.imag.sign == .plus || z.imag.isNaN { out.append(UInt8(ascii: "+")) }
        }
        NumberText.appendShortest(z.imag, addDotZero: false, to: &out)
        out.append(UInt8(ascii: "j"))
        if realShown { out.append(UInt8(ascii: ")")) }
        return String(decoding: out, as: UTF8.self)
    }

    static func format(_ v: Value, _ specText: Value) throws(PyException) -> Value {
        if Str.length(specText) == 0 { return try Protocols.str(v) }
        let spec = try FormatSpec(specText, for: v, defaultType: 0, defaultAlign: 0x3E)
        switch spec.type {
        case 0, 0x65, 0x45, 0x66, 0x46, 0x67, 0x47, 0x6E: break
        default: throw FormatSpec.unknownType(spec.type, v)
        }
        if spec.precision > Int(Int32.max) { throw PyException.valueError("precision too big") }
        if spec.fill == 0x30 { throw PyException.valueError("Zero padding is not allowed in complex format specifier") }
        if spec.align == 0x3D {
            throw PyException.valueError("'=' alignment flag is not allowed in complex format specifier")
        }
        let z = ComplexObject.value(v)
        var type = UInt8(truncatingIfNeeded: spec.type)
        var defaultPrecision = 6
        var skipReal = false, parentheses = false
        if type == 0 {
            // No type: like str(self), unless a precision asks for 'g'.
            type = UInt8(ascii: "r")
            defaultPrecision = 0
            if z.real == 0 && z.real.sign == .plus { skipReal = true } else { parentheses = true }
        }
        if type == UInt8(ascii: "n") { type = UInt8(ascii: "g") }
        var precision = spec.precision
        if precision < 0 {
            precision = defaultPrecision
        } else if type == UInt8(ascii: "r") {
            type = UInt8(ascii: "g")
        }
        let style = FloatText.Style(code: type | 0x20, precision: precision, upper: type >= 0x41 && type <= 0x5A,
                                    alternate: spec.alternate, noNegativeZero: spec.noNegativeZero)
        // Each part is laid out without padding; the imaginary part always shows its
        // sign when it follows the real part. The padding goes around the whole.
        var part = spec
        part.width = -1
        part.align = 0x3C
        var body = StrBuilder()
        if parentheses { body.append(0x28) }
        if !skipReal {
            NumberLayout(floatText: FloatText.format(z.real, style)).append(to: &body, part)
            part.sign = 0x2B
        }
        NumberLayout(floatText: FloatText.format(z.imag, style)).append(to: &body, part)
        body.append(0x6A)
        if parentheses { body.append(0x29) }
        let padding = Swift.max(0, spec.width - body.codePoints.count)
        let left = spec.align == 0x3E ? padding : spec.align == 0x5E ? padding / 2 : 0
        var out = StrBuilder(capacity: body.codePoints.count + padding)
        out.append(repeating: spec.fill, count: left)
        for c in body.codePoints { out.append(c) }
        out.append(repeating: spec.fill, count: padding - left)
        return out.build()
    }
}
