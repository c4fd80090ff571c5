import ObjectLayout

/// Character classes and case mappings of str's methods. ASCII is decided inline;
/// other code points use the Swift standard library's Unicode data (a later Unicode
/// version), restricted to what Unicode 14.0 (CPython 3.11's tables) had: code points
/// assigned since are unassigned, mappings to them are dropped, and the few
/// properties of older characters changed since are listed below. What Swift cannot
/// give is derived: case folding is lower(upper(lower(c))) with CaseFolding.txt's
/// exceptions (Cherokee folds to capitals; dotless i and a few others fold to
/// themselves), and whitespace and line breaks are CPython's fixed lists. Tests
/// compare every assigned code point below U+30000 with python3.11.
enum StrUnicode {
    /// The properties of a code point assigned in Unicode 14.0, not a surrogate.
    static func properties(_ c: UInt32) -> Unicode.Scalar.Properties? {
        guard let scalar = Unicode.Scalar(c) else { return nil }
        let properties = scalar.properties
        guard !properties.isNoncharacterCodePoint, let age = properties.age, isUnicode14(age) else { return nil }
        return properties
    }

    static func isUnicode14(_ age: Unicode.Version) -> Bool { age.major < 14 || (age.major == 14 && age.minor == 0) }

    /// Lowercase in Unicode 14.0, unlike in later versions.
    static let formerlyLowercase: Set<UInt32> = [0x295]
    /// Not lowercase in Unicode 14.0 (Other_Lowercase since).
    static let laterLowercase: Set<UInt32> = [0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69]
    /// Given a numeric value by Unihan after Unicode 14.0.
    static let laterNumeric: Set<UInt32> = [0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9,
                                            0x12038, 0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399]

    /// `Py_UNICODE_ISSPACE`: bidirectional class WS, B or S, or category Zs.
    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) }
        switch c {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `Py_UNICODE_ISLINEBREAK`, as `splitlines` uses it.
    @inline(__always)
    static func isLineBreak(_ c: UInt32) -> Bool {
        switch c {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isAlpha(_ c: UInt32) -> Bool {
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        switch properties(c)?.generalCategory {
        case .uppercaseLetter?, .lowercaseLetter?, .titlecaseLetter?, .modifierLetter?, .otherLetter?: return true
        default: return false
        }
    }

    static func isDecimal(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        return properties(c)?.numericType == .decimal
    }

    static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        let type = properties(c)?.numericType
        return type == .decimal || type == .digit
    }

    static func isNumeric(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        return properties(c)?.numericType != nil && !laterNumeric.contains(c)
    }

    static func isAlnum(_ c: UInt32) -> Bool { isAlpha(c) || isNumeric(c) }

    static func isUpper(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x41 && c <= 0x5A }
        return properties(c)?.isUppercase ?? false
    }

    static func isLower(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x61 && c <= 0x7A }
        if formerlyLowercase.contains(c) { return true }
        return (properties(c)?.isLowercase ?? false) && !laterLowercase.contains(c)
    }

    static func isTitle(_ c: UInt32) -> Bool {
        c >= 0x80 && properties(c)?.generalCategory == .titlecaseLetter
    }

    static func isCased(_ c: UInt32) -> Bool {
        if c < 0x80 { return isAlpha(c) }
        return properties(c)?.isCased ?? false
    }

    static func isCaseIgnorable(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x27 || c == 0x2E || c == 0x3A || c == 0x5E || c == 0x60 }
        return properties(c)?.isCaseIgnorable ?? false
    }

    // MARK: Case mappings (full, as CPython's `_PyUnicode_To*Full`)

    static func upper(_ c: UInt32, into out: inout StrBuilder) {
        if c < 0x80 { out.append(c >= 0x61 && c <= 0x7A ? c - 0x20 : c); return }
        append(properties(c)?.uppercaseMapping, c, into: &out)
    }

    static func lower(_ c: UInt32, into out: inout StrBuilder) {
        if c < 0x80 { out.append(c >= 0x41 && c <= 0x5A ? c + 0x20 : c); return }
        append(properties(c)?.lowercaseMapping, c, into: &out)
    }

    static func title(_ c: UInt32, into out: inout StrBuilder) {
        if c < 0x80 { upper(c, into: &out); return }
        append(properties(c)?.titlecaseMapping, c, into: &out)
    }

    static func fold(_ c: UInt32, into out: inout StrBuilder) {
        if c < 0x80 { lower(c, into: &out); return }
        guard let p = properties(c), p.isCased || p.changesWhenCaseFolded, !foldsToItself.contains(c) else {
            out.append(c)
            return
        }
        if (0x13A0...0x13FD).contains(c) || (0xAB70...0xABBF).contains(c) {
            upper(c, into: &out)
            return
        }
        var lowered = StrBuilder(), raised = StrBuilder()
        lower(c, into: &lowered)
        for x in lowered.codePoints { upper(x, into: &raised) }
        lowered.codePoints.removeAll()
        for x in raised.codePoints { lower(x, into: &lowered) }
        out.codePoints += lowered.codePoints
    }

    /// Cased code points whose case folding is themselves though their round trip
    /// through upper and lower case is not.
    static let foldsToItself: Set<UInt32> = [0x131]

    static func append(_ mapping: String?, _ c: UInt32, into out: inout StrBuilder) {
        guard let mapping else { out.append(c); return }
        let start = out.codePoints.count
        for x in mapping.unicodeScalars {
            guard let age = x.properties.age, isUnicode14(age) else {
                // A mapping to a later character did not exist in Unicode 14.0.
                out.codePoints.removeSubrange(start...)
                out.append(c)
                return
            }
            out.append(x.value)
        }
    }

    /// The lowercase of capital sigma: final sigma when a cased letter (skipping
    /// case-ignorable ones) precedes it and none follows (Unicode's Final_Sigma).
    static func lowerSigma(_ s: StrView, at i: Int) -> UInt32 {
        var j = i - 1
        while j >= 0 && isCaseIgnorable(s[j]) { j -= 1 }
        guard j >= 0 && isCased(s[j]) else { return 0x3C3 }
        j = i + 1
        while j < s.count && isCaseIgnorable(s[j]) { j += 1 }
        return j == s.count || !isCased(s[j]) ? 0x3C2 : 0x3C3
    }

    /// Lowercase of `s[i]`, with final sigma.
    @inline(__always)
    static func lower(_ s: StrView, at i: Int, into out: inout StrBuilder) {
        let c = s[i]
        if c == 0x3A3 { out.append(lowerSigma(s, at: i)) } else { lower(c, into: &out) }
    }
}
