import ObjectLayout

/// The conversions of `bytes % args` (`_PyBytes_FormatEx`); their text is a str of
/// code points below 256 so `PercentConversions.output` lays it out as for str.
extension PercentConversions {
    static func convertBytes(_ v: Value, _ arg: inout PercentFormat.Conversion, index: Int) throws(PyException) -> Value {
        switch arg.type {
        case 0x73, 0x62:
            // %b and its alias %s: precision truncates them as it does str's %s.
            arg.type = 0x73
            return latin1(try formatted(v))
        case 0x72, 0x61:
            arg.type = 0x61
            return try Protocols.ascii(v)
        case 0x63:
            return Str.make(codePoints: [UInt32(try byte(v))])
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47:
            do {
                return try convert(v, &arg, index: index)
            } catch where error.matches(Krait_exc_TypeError) {
                throw PyException.typeError("float argument required, not \(TypeObject.name(v.type))")
            }
        default:
            return try convert(v, &arg, index: index)
        }
    }

    /// The bytes `%b` inserts: bytes as they are, `__bytes__`'s result, or a buffer's contents.
    static func formatted(_ v: Value) throws(PyException) -> Value {
        if BytesLike.isBytes(v) { return v }
        if let method = SlotFunctions.lookupSpecial(v, "__bytes__") {
            let result = try SlotFunctions.callUnbound(method, v, [])
            guard BytesLike.isBytes(result) else {
                throw PyException.typeError("__bytes__ returned non-bytes (type \(TypeObject.name(result.type)))")
            }
            return result
        }
        if let readable = BytesLike.readable(v) { return readable }
        throw PyException.typeError(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '\(TypeObject.name(v.type))'")
    }

    /// `%c`: an int in range(256) or a single byte.
    static func byte(_ v: Value) throws(PyException) -> UInt8 {
        if BytesLike.isBytes(v) || ByteArray.isByteArray(v) {
            let view = ByteView(v)
            guard view.count == 1 else { throw PyException.typeError("%c requires an integer in range(256) or a single byte") }
            return view[0]
        }
        guard Protocols.isIndex(v) else { throw PyException.typeError("%c requires an integer in range(256) or a single byte") }
        guard let c = IntObject.machineValue(try Protocols.indexValue(v)), c >= 0, c < 256 else {
            throw PyException.overflowError("%c arg not in range(256)")
        }
        return UInt8(c)
    }

    static func latin1(_ bytes: Value) -> Value { Str.make(codePoints: ByteView(bytes).raw.map { UInt32($0) }) }
}
