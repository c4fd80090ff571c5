/// `str.isidentifier()`: XID_Start or '_' first, then XID_Continue.
enum Identifiers {
    static func isIdentifier(_ s: String) -> Bool {
        var first = true
        for c in s.unicodeScalars {
            let ok = first ? (c == "_" || c.properties.isXIDStart) : c.properties.isXIDContinue
            if !ok { return false }
            first = false
        }
        return !first
    }
}
