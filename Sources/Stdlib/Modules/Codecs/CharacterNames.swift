import Parser

/// Character names for namereplace and `\N{…}` escapes, as CPython 3.11's unicodedata
/// has them: Swift's names limited to Unicode 14.0.
enum CharacterNames {
    /// The name of `c`, or nil for a character without one.
    static func name(_ c: UInt32) -> String? {
        guard let scalar = Unicode.Scalar(c), let age = scalar.properties.age,
              age.major < 14 || (age.major == 14 && age.minor == 0), let name = scalar.properties.name else { return nil }
        // CPython derives only CJK ideograph and Hangul syllable names; the Tangut
        // ideographs, named by their range, have none there.
        return name.hasPrefix("TANGUT IDEOGRAPH-") ? nil : name
    }

    /// The character called `name` (case-insensitive, aliases included).
    static func lookup(_ name: String) -> UInt32? {
        guard let c = UnicodeNames.lookup(name) else { return nil }
        return Self.name(c) != nil || Unicode.Scalar(c)?.properties.nameAlias != nil ? c : nil
    }
}
