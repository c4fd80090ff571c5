import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif
import ObjectModel

/// Expat's strings (UTF-8 `XML_Char`s, which expat has checked) as str objects.
enum ExpatText {
    /// `conv_string_len_to_unicode`: `count` bytes at `bytes`.
    static func string(_ bytes: UnsafePointer<CChar>, count: Int) -> Value {
        let raw = UnsafeRawBufferPointer(start: bytes, count: count)
        var ascii = true
        for b in raw where b >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            let s = Str.allocate(length: count, kind: 1, ascii: true)
            if count > 0 { Str.data(s).copyMemory(from: bytes, byteCount: count) }
            return s
        }
        var points: [UInt32] = []
        points.reserveCapacity(count)
        var i = 0
        while i < count {
            if raw[i] < 0x80 {
                points.append(UInt32(raw[i]))
                i += 1
                continue
            }
            switch StrCodecs.utf8Sequence(raw, at: i) {
            case .success(let c, let length):
                points.append(c)
                i += length
            case .failure(let length, _):
                // Expat hands out checked UTF-8; a bad byte would be a bug there.
                points.append(0xFFFD)
                i += length
            }
        }
        return Str.make(codePoints: points)
    }

    /// `conv_string_to_unicode`: a NUL-terminated string, None for NULL.
    static func string(_ s: UnsafePointer<CChar>?) -> Value {
        guard let s else { return .none }
        return string(s, count: strlen(s))
    }

    /// `string_intern`: names come from the parser's intern dict, so equal names are
    /// one object.
    static func interned(_ p: UnsafeMutablePointer<KraitXMLParserObject>, _ s: UnsafePointer<CChar>?) throws(PyException) -> Value {
        let value = string(s)
        let intern = p.pointee.intern
        guard s != nil, !intern.isEmpty else { return value }
        if let known = try Dict.getItem(intern, value) { return known }
        try Dict.setItem(intern, value, value)
        return value
    }

    /// The UTF-8 bytes of a str argument, as `PyUnicode_AsUTF8AndSize` (lone surrogates
    /// raise UnicodeEncodeError).
    static func utf8(_ s: Value) throws(PyException) -> Value {
        try Protocols.callMethod(s, "encode", Str.make("utf-8"))
    }
}
