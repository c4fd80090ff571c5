import ObjectLayout

extension Protocols {
    /// `format(v, spec)`: the type's `__format__`; without one, `object.__format__`
    /// (str(v), and only for an empty spec).
    public static func format(_ v: Value, _ spec: Value) throws(PyException) -> Value {
        let empty = Str.length(spec) == 0
        if empty && (v.isExactly(Krait_str_type) || v.isSmallInt) { return try str(v) }
        if let method = SlotFunctions.lookupSpecial(v, "__format__") {
            let result = try SlotFunctions.callUnbound(method, v, [spec])
            guard TypeObject.hasFlag(result.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
                throw PyException.typeError("__format__ must return a str, not \(TypeObject.name(result.type))")
            }
            return result
        }
        guard empty else {
            throw PyException.typeError("unsupported format string passed to \(TypeObject.name(v.type)).__format__")
        }
        return try str(v)
    }

    /// `ascii(v)`: the repr with non-ASCII characters escaped.
    public static func ascii(_ v: Value) throws(PyException) -> Value {
        let r = try repr(v)
        if Str.isASCII(r) { return r }
        var out: [UInt32] = []
        for c in Str.codePoints(r) {
            if c < 0x80 {
                out.append(c)
                continue
            }
            let (prefix, digits): (String, Int) = c < 0x100 ? ("\\x", 2) : c < 0x10000 ? ("\\u", 4) : ("\\U", 8)
            let hex = String(c, radix: 16)
            let escaped = prefix + String(repeating: "0", count: digits - hex.count) + hex
            out += escaped.unicodeScalars.map(\.value)
        }
        return Str.make(codePoints: out)
    }
}
