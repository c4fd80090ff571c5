import ObjectLayout

extension Protocols {
    /// `format(v, spec)`, CPython's `PyObject_Format`: the type's `__format__`
    /// (`object.__format__` for most).
    public static func format(_ v: Value, _ spec: Value) throws(PyException) -> Value {
        if Str.length(spec) == 0 && (v.isExactly(Krait_str_type) || v.isSmallInt) { return try str(v) }
        guard let method = SlotFunctions.lookupSpecial(v, "__format__") else {
            throw PyException.typeError("Type \(TypeObject.name(v.type)) doesn't define __format__")
        }
        let result = try SlotFunctions.callUnbound(method, v, [spec])
        guard TypeObject.hasFlag(result.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("__format__ must return a str, not \(TypeObject.name(result.type))")
        }
        return result
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
