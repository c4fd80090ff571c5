/// The code words of compiled patterns, numbered as CPython 3.11's `re/_constants.py`
/// numbers them (its MAGIC is 20220615).
enum SREOpcode: UInt32 {
    case failure = 0, success, any, anyAll, assert, assertNot, at, branch, category, charset, bigCharset
    case groupref, grouprefExists, `in`, info, jump, literal, mark, maxUntil, minUntil, notLiteral
    case negate, range, `repeat`, repeatOne, subpattern, minRepeatOne, atomicGroup, possessiveRepeat
    case possessiveRepeatOne, grouprefIgnore, inIgnore, literalIgnore, notLiteralIgnore
    case grouprefLocIgnore, inLocIgnore, literalLocIgnore, notLiteralLocIgnore
    case grouprefUniIgnore, inUniIgnore, literalUniIgnore, notLiteralUniIgnore, rangeUniIgnore

    /// `init(rawValue:)` for the engine's loops: the cases are numbered 0 to
    /// `rangeUniIgnore` without gaps, so a bounds check decodes a word; the synthesised
    /// initialiser is an out-of-line switch.
    @inline(__always)
    static func decode(_ word: UInt32) -> SREOpcode? {
        word <= SREOpcode.rangeUniIgnore.rawValue ? unsafeBitCast(UInt8(truncatingIfNeeded: word), to: SREOpcode.self) : nil
    }
}

/// Arguments of AT: where a position must be.
enum SREAt {
    static let beginning: UInt32 = 0, beginningLine: UInt32 = 1, beginningString: UInt32 = 2
    static let boundary: UInt32 = 3, nonBoundary: UInt32 = 4
    static let end: UInt32 = 5, endLine: UInt32 = 6, endString: UInt32 = 7
    static let locBoundary: UInt32 = 8, locNonBoundary: UInt32 = 9
    static let uniBoundary: UInt32 = 10, uniNonBoundary: UInt32 = 11
}

/// Arguments of CATEGORY: character classes, each followed by its complement.
enum SRECategory {
    static let digit: UInt32 = 0, space: UInt32 = 2, word: UInt32 = 4, linebreak: UInt32 = 6
    static let locWord: UInt32 = 8
    static let uniDigit: UInt32 = 10, uniSpace: UInt32 = 12, uniWord: UInt32 = 14, uniLinebreak: UInt32 = 16
    static let count: UInt32 = 18
}

enum SREConstants {
    static let magic = 20220615
    static let codeSize = 4
    /// `SRE_MAXREPEAT`: a repeat count meaning "no upper bound".
    static let maxRepeat: UInt32 = UInt32.max
    /// `SRE_MAXGROUPS` on a 64-bit machine.
    static let maxGroups = Int(Int32.max) / 2
    static let copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

    // Pattern flags.
    static let flagIgnoreCase: Int32 = 2, flagLocale: Int32 = 4, flagMultiline: Int32 = 8, flagDotAll: Int32 = 16
    static let flagUnicode: Int32 = 32, flagVerbose: Int32 = 64, flagDebug: Int32 = 128, flagASCII: Int32 = 256

    // INFO block flags.
    static let infoPrefix: UInt32 = 1, infoLiteral: UInt32 = 2, infoCharset: UInt32 = 4
}

/// The engine's failures, as `SRE_ERROR_*`.
enum SREError {
    static let illegal = -1
    static let state = -2
    static let recursionLimit = -3
    static let memory = -9
}
