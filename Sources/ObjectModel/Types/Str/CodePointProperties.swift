/// Single code points' classes and case mappings for modules outside the object model
/// (`_sre`), as CPython's `Py_UNICODE_*` macros give them, from str's Unicode 14.0 data.
public enum CodePointProperties {
    /// `Py_UNICODE_TOLOWER`: CPython's tables keep the first code point of a full
    /// mapping (SpecialCasing's), else the simple one, which is the full mapping's
    /// only code point.
    public static func lower(_ c: UInt32) -> UInt32 {
        var out = StrBuilder()
        StrUnicode.lower(c, into: &out)
        return out.codePoints.first ?? c
    }

    /// `Py_UNICODE_TOUPPER`, the first code point of the full uppercase mapping.
    public static func upper(_ c: UInt32) -> UInt32 {
        var out = StrBuilder()
        StrUnicode.upper(c, into: &out)
        return out.codePoints.first ?? c
    }

    public static func isDecimal(_ c: UInt32) -> Bool { StrUnicode.isDecimal(c) }
    public static func isAlnum(_ c: UInt32) -> Bool { StrUnicode.isAlnum(c) }
    public static func isSpace(_ c: UInt32) -> Bool { StrUnicode.isSpace(c) }
    public static func isLineBreak(_ c: UInt32) -> Bool { StrUnicode.isLineBreak(c) }
}
