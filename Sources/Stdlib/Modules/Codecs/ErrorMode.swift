import ObjectLayout
import ObjectModel

/// The error handler an `errors` argument names. The builtin handlers are run in
/// Swift without an exception object (as CPython's codecs recognise their names);
/// other names are looked up in the registry at the first error.
enum ErrorMode {
    case strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass
    case registered(String)

    /// The mode for an `errors` argument: a str, or nil or None for strict.
    init(_ errors: Value?) {
        guard let errors, errors != .none else {
            self = .strict
            return
        }
        self.init(name: Str.swiftString(errors))
    }

    init(name: String) {
        switch name {
        case "strict": self = .strict
        case "ignore": self = .ignore
        case "replace": self = .replace
        case "backslashreplace": self = .backslashreplace
        case "xmlcharrefreplace": self = .xmlcharrefreplace
        case "namereplace": self = .namereplace
        case "surrogateescape": self = .surrogateescape
        case "surrogatepass": self = .surrogatepass
        default: self = .registered(name)
        }
    }
}

/// The UTF forms surrogatepass knows, recognised from a codec name as CPython's
/// `get_standard_encoding` does ("utf-8", "UTF_16", "utf-32-be", "CP_UTF8", …).
enum StandardEncoding {
    case utf8, utf16LE, utf16BE, utf32LE, utf32BE

    init?(_ name: String) {
        var rest = Substring(name)
        if rest == "CP_UTF8" {
            self = .utf8
            return
        }
        guard rest.prefix(3).lowercased() == "utf" else { return nil }
        rest = rest.dropFirst(3)
        if rest.first == "-" || rest.first == "_" { rest = rest.dropFirst() }
        if rest == "8" {
            self = .utf8
            return
        }
        let wide: Bool
        if rest.hasPrefix("16") { wide = false } else if rest.hasPrefix("32") { wide = true } else { return nil }
        rest = rest.dropFirst(2)
        if rest.isEmpty {
            self = wide ? .utf32LE : .utf16LE
            return
        }
        if rest.first == "-" || rest.first == "_" { rest = rest.dropFirst() }
        switch rest.lowercased() {
        case "le": self = wide ? .utf32LE : .utf16LE
        case "be": self = wide ? .utf32BE : .utf16BE
        default: return nil
        }
    }

    /// Bytes per encoded surrogate.
    var unit: Int {
        switch self {
        case .utf8: return 3
        case .utf16LE, .utf16BE: return 2
        case .utf32LE, .utf32BE: return 4
        }
    }

    func encode(_ c: UInt32, to out: inout [UInt8]) {
        switch self {
        case .utf8: out += [UInt8(0xE0 | c >> 12), UInt8(0x80 | (c >> 6) & 0x3F), UInt8(0x80 | c & 0x3F)]
        case .utf16LE: out += [UInt8(c & 0xFF), UInt8(c >> 8)]
        case .utf16BE: out += [UInt8(c >> 8), UInt8(c & 0xFF)]
        case .utf32LE: out += [UInt8(c & 0xFF), UInt8((c >> 8) & 0xFF), UInt8((c >> 16) & 0xFF), UInt8(c >> 24)]
        case .utf32BE: out += [UInt8(c >> 24), UInt8((c >> 16) & 0xFF), UInt8((c >> 8) & 0xFF), UInt8(c & 0xFF)]
        }
    }

    /// The surrogate encoded at `p` (with `available` bytes there), or nil.
    func decodeSurrogate(_ p: UnsafePointer<UInt8>, available: Int) -> UInt32? {
        guard available >= unit else { return nil }
        let c: UInt32
        switch self {
        case .utf8:
            guard p[0] & 0xF0 == 0xE0, p[1] & 0xC0 == 0x80, p[2] & 0xC0 == 0x80 else { return nil }
            c = UInt32(p[0] & 0x0F) << 12 | UInt32(p[1] & 0x3F) << 6 | UInt32(p[2] & 0x3F)
        case .utf16LE: c = UInt32(p[1]) << 8 | UInt32(p[0])
        case .utf16BE: c = UInt32(p[0]) << 8 | UInt32(p[1])
        case .utf32LE: c = UInt32(p[3]) << 24 | UInt32(p[2]) << 16 | UInt32(p[1]) << 8 | UInt32(p[0])
        case .utf32BE: c = UInt32(p[0]) << 24 | UInt32(p[1]) << 16 | UInt32(p[2]) << 8 | UInt32(p[3])
        }
        return CodecText.isSurrogate(c) ? c : nil
    }
}
