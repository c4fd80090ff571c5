#if canImport(Glibc)
import Glibc
#endif

/// Character classes and case mappings of the three kinds of pattern: ASCII (bytes
/// patterns and `re.ASCII`), the C library's locale (`re.LOCALE`, bytes only) and
/// Unicode, as CPython's `SRE_IS_*`, `SRE_LOC_*` and `SRE_UNI_*` define them.
enum SRECharacters {
    typealias Table = SREUnicodeTable.Blocks

    // MARK: ASCII

    @inline(__always)
    static func isDigit(_ c: UInt32) -> Bool { c &- 0x30 < 10 }

    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c &- 9 < 5 }

    @inline(__always)
    static func isAlnumASCII(_ c: UInt32) -> Bool { c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 26 }

    @inline(__always)
    static func isWord(_ c: UInt32) -> Bool { c < 0x80 && (isAlnumASCII(c) || c == 0x5F) }

    @inline(__always)
    static func lowerASCII(_ c: UInt32) -> UInt32 { c &- 0x41 < 26 ? c + 0x20 : c }

    // MARK: Locale

    static func isLocWord(_ c: UInt32) -> Bool { (c < 256 && isalnum(Int32(c)) != 0) || c == 0x5F }

    static func lowerLocale(_ c: UInt32) -> UInt32 { c < 256 ? UInt32(tolower(Int32(c))) : c }

    static func upperLocale(_ c: UInt32) -> UInt32 { c < 256 ? UInt32(toupper(Int32(c))) : c }

    /// Whether `c` is `pattern` in either case (`pattern` is lower case).
    static func locIgnore(_ pattern: UInt32, _ c: UInt32) -> Bool {
        c == pattern || lowerLocale(c) == pattern || upperLocale(c) == pattern
    }

    // MARK: Unicode

    @inline(__always)
    static func lowerUnicode(_ t: Table, _ c: UInt32) -> UInt32 {
        if c < 0x80 { return lowerASCII(c) }
        return c < 0x110000 ? SREUnicodeTable.entry(t, c).lower : c
    }

    @inline(__always)
    static func upperUnicode(_ t: Table, _ c: UInt32) -> UInt32 {
        if c < 0x80 { return c &- 0x61 < 26 ? c - 0x20 : c }
        return c < 0x110000 ? SREUnicodeTable.entry(t, c).upper : c
    }

    @inline(__always)
    static func has(_ t: Table, _ c: UInt32, _ flag: UInt32) -> Bool {
        c < 0x110000 && SREUnicodeTable.entry(t, c).flags & flag != 0
    }

    static func isUniDigit(_ t: Table, _ c: UInt32) -> Bool {
        c < 0x80 ? isDigit(c) : has(t, c, SREUnicodeTable.decimal)
    }

    static func isUniSpace(_ t: Table, _ c: UInt32) -> Bool {
        c < 0x80 ? c == 0x20 || c &- 9 < 5 || c &- 0x1C < 4 : has(t, c, SREUnicodeTable.space)
    }

    static func isUniLinebreak(_ t: Table, _ c: UInt32) -> Bool {
        c < 0x80 ? c &- 0x0A < 4 || c &- 0x1C < 3 : has(t, c, SREUnicodeTable.linebreak)
    }

    @inline(__always)
    static func isUniWord(_ t: Table, _ c: UInt32) -> Bool {
        c < 0x80 ? isAlnumASCII(c) || c == 0x5F : has(t, c, SREUnicodeTable.alnum)
    }

    /// `sre_category`: whether `c` is in class `category` (unknown classes hold nothing).
    static func category(_ t: Table, _ category: UInt32, _ c: UInt32) -> Bool {
        let inClass: Bool
        switch category & ~1 {
        case SRECategory.digit: inClass = isDigit(c)
        case SRECategory.space: inClass = isSpace(c)
        case SRECategory.word: inClass = isWord(c)
        case SRECategory.linebreak: inClass = c == 0x0A
        case SRECategory.locWord: inClass = isLocWord(c)
        case SRECategory.uniDigit: inClass = isUniDigit(t, c)
        case SRECategory.uniSpace: inClass = isUniSpace(t, c)
        case SRECategory.uniWord: inClass = isUniWord(t, c)
        case SRECategory.uniLinebreak: inClass = isUniLinebreak(t, c)
        default: return false
        }
        return inClass != (category & 1 != 0)
    }
}
