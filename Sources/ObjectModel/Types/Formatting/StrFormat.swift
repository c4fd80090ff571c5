import ObjectLayout

/// `str.__format__` (`format_string_internal`) and `object.__format__`.
enum StrFormat {
    static func formatStr(_ v: Value, _ spec: Value) throws(PyException) -> Value {
        if Str.length(spec) == 0 { return try Protocols.str(v) }
        let parsed = try FormatSpec(spec, for: v, defaultType: 0x73, defaultAlign: 0x3C)
        guard parsed.type == 0x73 else { throw FormatSpec.unknownType(parsed.type, v) }
        if parsed.sign == 0x20 { throw PyException.valueError("Space not allowed in string format specifier") }
        if parsed.sign != 0 { throw PyException.valueError("Sign not allowed in string format specifier") }
        if parsed.noNegativeZero {
            throw PyException.valueError("Negative zero coercion (z) not allowed in string format specifier")
        }
        if parsed.alternate { throw PyException.valueError("Alternate form (#) not allowed in string format specifier") }
        if parsed.align == 0x3D { throw PyException.valueError("'=' alignment not allowed in string format specifier") }
        let view = StrView(v)
        let length = parsed.precision >= 0 ? Swift.min(parsed.precision, view.count) : view.count
        if parsed.width <= length && length == view.count { return try Protocols.str(v) }
        return pad(view, length: length, width: parsed.width, align: parsed.align, fill: parsed.fill)
    }

    /// The first `length` characters of `view` in a field of `width`, CPython's `calc_padding`.
    static func pad(_ view: StrView, length: Int, width: Int, align: UInt32, fill: UInt32) -> Value {
        let total = Swift.max(width, length)
        let left = align == 0x3E ? total - length : align == 0x5E ? (total - length) / 2 : 0
        var out = StrBuilder(capacity: total)
        out.append(repeating: fill, count: left)
        out.append(view, 0..<length)
        out.append(repeating: fill, count: total - length - left)
        return out.build()
    }

    /// `object.__format__(spec)`: str(self), for an empty spec only.
    static func formatObject(_ v: Value, _ spec: Value) throws(PyException) -> Value {
        guard Str.length(spec) == 0 else {
            throw PyException.typeError("unsupported format string passed to \(TypeObject.fullName(v.type)).__format__")
        }
        return try Protocols.str(v)
    }

    /// The spec argument of a `__format__` method (positional-only, a str).
    static func specArgument(_ args: Arguments, _ owner: String) throws(PyException) -> Value {
        let spec = try args.one("\(owner).__format__")
        guard StrArguments.isStr(spec) else {
            // Argument Clinic names None itself, other arguments by their type.
            let given = TypeObject.argumentTypeName(spec)
            throw PyException.typeError("__format__() argument must be str, not \(given)")
        }
        return spec
    }
}
