import ObjectLayout

/// The conversions of `%` formatting and how their text fills the field
/// (`unicode_format_arg_format` and `unicode_format_arg_output`).
enum PercentConversions {
    /// The text of one conversion; marks numeric conversions, whose sign the field handles.
    static func convert(_ v: Value, _ arg: inout PercentFormat.Conversion, index: Int) throws(PyException) -> Value {
        switch arg.type {
        case 0x73: return try Protocols.str(v)
        case 0x72: return try Protocols.repr(v)
        case 0x61: return try Protocols.ascii(v)
        case 0x69, 0x64, 0x75, 0x6F, 0x78, 0x58:
            arg.numeric = true
            return try integer(v, arg)
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47:
            arg.numeric = true
            let style = FloatText.Style(code: UInt8(arg.type | 0x20), precision: arg.precision < 0 ? 6 : arg.precision,
                                        upper: arg.type < 0x60, alternate: arg.alternate)
            return Str.make(String(decoding: FloatText.format(try real(v), style), as: UTF8.self))
        case 0x63: return Str.make(codePoints: [try character(v)])
        case let c:
            let shown = c >= 31 && c <= 126 ? String(UnicodeScalar(UInt8(c))) : "?"
            throw PyException.valueError(
                "unsupported format character '\(shown)' (0x\(String(c, radix: 16))) at index \(index)")
        }
    }

    /// `%d`, `%o`, `%x`… (`mainformatlong`, `_PyUnicode_FormatLong`).
    static func integer(_ v: Value, _ arg: PercentFormat.Conversion) throws(PyException) -> Value {
        let type = arg.type
        let needsIndex = type == 0x6F || type == 0x78 || type == 0x58
        func wrongType() -> PyException {
            let wanted = needsIndex ? "an integer" : "a real number"
            return PyException.typeError(
                "%\(String(UnicodeScalar(UInt8(type))) ) format: \(wanted) is required, not \(TypeObject.name(v.type))")
        }
        let methods = v.type.pointee.tp_as_number?.pointee
        guard methods?.nb_index != nil || methods?.nb_int != nil || methods?.nb_float != nil else { throw wrongType() }
        var i = v
        if !IntObject.check(v) {
            do {
                i = needsIndex ? try Protocols.indexValue(v) : try IntConstructor.number(v)
            } catch {
                throw error.matches(Krait_exc_TypeError) ? wrongType() : error
            }
        }
        i = IntObject.unboxed(i)
        let base = type == 0x6F ? 8 : needsIndex ? 16 : 10
        var digits = try NumberFormat.digits(i, base: base)
        if type == 0x58 { digits = digits.map { $0 >= UInt8(ascii: "a") ? $0 - 32 : $0 } }
        var out: [UInt8] = IntObject.sign(i) < 0 ? [UInt8(ascii: "-")] : []
        if arg.alternate && needsIndex { out += [UInt8(ascii: "0"), UInt8(truncatingIfNeeded: type)] }
        if arg.precision > digits.count { out += repeatElement(UInt8(ascii: "0"), count: arg.precision - digits.count) }
        out += digits
        return Str.make(String(decoding: out, as: UTF8.self))
    }

    /// `PyFloat_AsDouble`.
    static func real(_ v: Value) throws(PyException) -> Double {
        if FloatObject.check(v) { return FloatObject.value(v) }
        let methods = v.type.pointee.tp_as_number?.pointee
        if let slot = methods?.nb_float {
            let result = try CBoundary.check(slot(Boxing.object(v)))
            guard FloatObject.check(result) else {
                throw PyException.typeError(
                    "\(TypeObject.name(v.type)).__float__ returned non-float (type \(TypeObject.name(result.type)))")
            }
            return FloatObject.value(result)
        }
        if methods?.nb_index != nil { return try IntObject.toDouble(IntObject.unboxed(Protocols.indexValue(v))) }
        throw PyException.typeError("must be real number, not \(TypeObject.name(v.type))")
    }

    /// `%c`: a one-character str or a code point (`formatchar`).
    static func character(_ v: Value) throws(PyException) -> UInt32 {
        if StrArguments.isStr(v) {
            guard Str.length(v) == 1 else { throw PyException.typeError("%c requires int or char") }
            return Str.codePoint(v, at: 0)
        }
        guard Protocols.isIndex(v) else { throw PyException.typeError("%c requires int or char") }
        guard let c = IntObject.machineValue(try Protocols.indexValue(v)), c >= 0, c <= 0x10FFFF else {
            throw PyException.overflowError("%c arg not in range(0x110000)")
        }
        return UInt32(c)
    }

    /// Writes `text` padded to the conversion's width: zero padding goes after the
    /// sign and the `0x` prefix of numbers, right padding is always spaces.
    static func output(_ text: Value, _ arg: PercentFormat.Conversion, to out: inout StrBuilder) {
        let view = StrView(text)
        var length = view.count
        if (arg.width <= length) && (arg.precision == -1 || arg.precision >= length) && !arg.sign && !arg.blank {
            out.append(view)
            return
        }
        if (arg.type == 0x73 || arg.type == 0x72 || arg.type == 0x61) && arg.precision >= 0 && length > arg.precision {
            length = arg.precision
        }
        let fill: UInt32 = arg.numeric && arg.zero ? 0x30 : 0x20
        var index = 0
        var sign: UInt32? = nil
        if arg.numeric {
            if view[0] == 0x2D || view[0] == 0x2B {
                sign = view[0]
                length -= 1
                index = 1
            } else if arg.sign {
                sign = 0x2B
            } else if arg.blank {
                sign = 0x20
            }
        }
        var width = Swift.max(arg.width, length)
        if let sign {
            if fill != 0x20 { out.append(sign) }
            if width > length { width -= 1 }
        }
        let prefixed = arg.alternate && (arg.type == 0x78 || arg.type == 0x58 || arg.type == 0x6F)
        if prefixed {
            if fill != 0x20 { out.append(view, index..<index + 2) }
            width = Swift.max(width - 2, 0)
            length -= 2
        }
        if width > length && !arg.leftJustify {
            out.append(repeating: fill, count: width - length)
            width = length
        }
        if fill == 0x20 {
            if let sign { out.append(sign) }
            if prefixed { out.append(view, index..<index + 2) }
        }
        if prefixed { index += 2 }
        out.append(view, index..<index + length)
        if width > length { out.append(repeating: 0x20, count: width - length) }
    }
}
