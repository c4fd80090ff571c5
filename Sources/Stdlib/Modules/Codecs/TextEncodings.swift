import ObjectLayout
import ObjectModel

/// `str.encode`, `bytes.decode` and `str(bytes, …)` for what the object model's own
/// codecs leave over (`RuntimeHooks.encodeText`/`decodeText`): the UTF codecs,
/// ASCII and Latin-1 by name, with any error handler, as CPython's
/// `PyUnicode_AsEncodedString` and `PyUnicode_Decode`; the rest through the registry.
enum TextEncodings {
    static func install() {
        RuntimeHooks.encodeText = { s, encoding, errors throws(PyException) in try TextEncodings.encode(s, encoding, errors) }
        RuntimeHooks.decodeText = { data, encoding, errors throws(PyException) in try TextEncodings.decode(data, encoding, errors) }
    }

    enum Native { case utf8, utf16, utf32, ascii, latin1 }

    /// The codecs CPython runs without the registry, by normalised name.
    static func native(_ name: String) -> Native? {
        var normalized = Substring(CodecRegistry.normalize(name))
        if normalized.hasPrefix("utf") {
            normalized = normalized.dropFirst(3)
            if normalized.first == "_" { normalized = normalized.dropFirst() }
            switch normalized {
            case "8": return .utf8
            case "16": return .utf16
            case "32": return .utf32
            default: return nil
            }
        }
        switch normalized {
        case "ascii", "us_ascii": return .ascii
        case "latin1", "latin_1", "iso_8859_1", "iso8859_1": return .latin1
        default: return nil
        }
    }

    static func encode(_ s: Value, _ encoding: Value?, _ errors: Value?) throws(PyException) -> Value {
        let name = try encoding.map { v throws(PyException) in try CodecRegistry.name(v) } ?? "utf-8"
        let mode = ErrorMode(errors)
        switch native(name) {
        case .utf8: return try UTF8Codec.encode(s, errors: mode)
        case .utf16: return try UTF16Codec.encode(s, errors: mode, byteorder: 0)
        case .utf32: return try UTF32Codec.encode(s, errors: mode, byteorder: 0)
        case .ascii: return try SingleByteCodecs.encode(s, limit: 128, errors: mode)
        case .latin1: return try SingleByteCodecs.encode(s, limit: 256, errors: mode)
        case nil: return try CodecRegistry.encodeText(s, name, errors)
        }
    }

    /// Decodes the bytes-like `data` (which `ByteView` can read).
    static func decode(_ data: Value, _ encoding: Value?, _ errors: Value?) throws(PyException) -> Value {
        let name = try encoding.map { v throws(PyException) in try CodecRegistry.name(v) } ?? "utf-8"
        let mode = ErrorMode(errors)
        var order = 0
        switch native(name) {
        case .utf8: return try UTF8Codec.decode(try DecodeInput.bytes(data), errors: mode, final: true).text
        case .utf16: return try UTF16Codec.decode(try DecodeInput.bytes(data), errors: mode, byteorder: &order, final: true).text
        case .utf32: return try UTF32Codec.decode(try DecodeInput.bytes(data), errors: mode, byteorder: &order, final: true).text
        case .ascii: return try SingleByteCodecs.decodeASCII(try DecodeInput.bytes(data), errors: mode)
        case .latin1: return SingleByteCodecs.decodeLatin1(try DecodeInput.bytes(data))
        case nil:
            // A registered decoder sees a memoryview of the bytes, as in CPython.
            let view = try Protocols.call(Value(Krait_memoryview_type), data)
            return try CodecRegistry.decodeText(view, name, errors)
        }
    }
}
