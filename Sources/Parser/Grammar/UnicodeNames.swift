/// `\N{NAME}` lookup, for string literals and the unicode_escape codec. Swift exposes
/// each scalar's name but no reverse index, so the table is built once, on the first
/// `\N` escape of the process.
public enum UnicodeNames {
    static let table: [String: UInt32] = {
        var t: [String: UInt32] = [:]
        t.reserveCapacity(300_000)
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            if let name = s.properties.name { t[name] = v }
            if let alias = s.properties.nameAlias, t[alias] == nil { t[alias] = v }
        }
        return t
    }()

    /// Names match case-insensitively, as in CPython.
    public static func lookup(_ name: String) -> UInt32? {
        table[name.uppercased()]
    }
}
