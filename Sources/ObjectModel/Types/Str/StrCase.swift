import ObjectLayout

/// str's case conversions and case-dependent predicates. Coverage beyond ASCII is
/// what `StrUnicode` provides (Swift's Unicode data limited to Unicode 14.0).
enum StrCase {
    enum Conversion { case upper, lower, casefold, capitalize, title, swapcase }

    static func convert(_ s: Value, _ conversion: Conversion) -> Value {
        if Str.isASCII(s) { return convertASCII(s, conversion) }
        let view = StrView(s)
        var out = StrBuilder(capacity: view.count)
        var previousCased = false
        for i in 0..<view.count {
            let c = view[i]
            switch conversion {
            case .upper: StrUnicode.upper(c, into: &out)
            case .lower: StrUnicode.lower(view, at: i, into: &out)
            case .casefold: StrUnicode.fold(c, into: &out)
            case .capitalize:
                if i == 0 { StrUnicode.title(c, into: &out) } else { StrUnicode.lower(view, at: i, into: &out) }
            case .title:
                if previousCased { StrUnicode.lower(view, at: i, into: &out) } else { StrUnicode.title(c, into: &out) }
                previousCased = StrUnicode.isCased(c)
            case .swapcase:
                if StrUnicode.isUpper(c) {
                    StrUnicode.lower(view, at: i, into: &out)
                } else if StrUnicode.isLower(c) {
                    StrUnicode.upper(c, into: &out)
                } else {
                    out.append(c)
                }
            }
        }
        return out.build()
    }

    /// The ASCII case: byte for byte into a new ASCII string.
    static func convertASCII(_ s: Value, _ conversion: Conversion) -> Value {
        let n = Str.length(s)
        let result = Str.allocate(length: n, kind: 1, ascii: true)
        let source = Str.data(s).assumingMemoryBound(to: UInt8.self)
        let target = Str.data(result).assumingMemoryBound(to: UInt8.self)
        // The common conversions as tight loops; the others decide per character.
        if conversion == .upper || conversion == .lower || conversion == .casefold {
            let (low, high, delta): (UInt8, UInt8, UInt8) = conversion == .upper ? (0x61, 0x7A, 0xE0) : (0x41, 0x5A, 0x20)
            for i in 0..<n {
                let c = source[i]
                target[i] = c >= low && c <= high ? c &+ delta : c
            }
            return result
        }
        var previousCased = false
        for i in 0..<n {
            let c = source[i]
            let isUpper = c >= 0x41 && c <= 0x5A, isLower = c >= 0x61 && c <= 0x7A
            let makeUpper: Bool
            switch conversion {
            case .capitalize: makeUpper = i == 0
            case .title: makeUpper = !previousCased
            default: makeUpper = isLower  // swapcase
            }
            target[i] = makeUpper ? (isLower ? c - 0x20 : c) : (isUpper ? c + 0x20 : c)
            previousCased = isUpper || isLower
        }
        return result
    }

    /// isupper/islower: some cased character, and none of the other case or titlecase.
    static func hasOnlyCase(_ s: Value, upper: Bool) -> Bool {
        let view = StrView(s)
        var cased = false
        for i in 0..<view.count {
            let c = view[i]
            if (upper ? StrUnicode.isLower(c) : StrUnicode.isUpper(c)) || StrUnicode.isTitle(c) { return false }
            if upper ? StrUnicode.isUpper(c) : StrUnicode.isLower(c) { cased = true }
        }
        return cased
    }

    /// istitle: uppercase or titlecase characters only after uncased ones, lowercase
    /// only after cased ones, and at least one cased character.
    static func isTitle(_ s: Value) -> Bool {
        isTitle(StrView(s), upper: { StrUnicode.isUpper($0) || StrUnicode.isTitle($0) }, lower: StrUnicode.isLower)
    }

    /// istitle with the character classes given (bytes use ASCII's).
    static func isTitle(_ view: StrView, upper: (UInt32) -> Bool, lower: (UInt32) -> Bool) -> Bool {
        var cased = false, previousCased = false
        for i in 0..<view.count {
            let c = view[i]
            if upper(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if lower(c) {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }

    /// Whether every character passes `test`; `empty` for the empty string.
    static func all(_ s: Value, empty: Bool = false, _ test: (UInt32) -> Bool) -> Bool {
        let view = StrView(s)
        if view.count == 0 { return empty }
        for i in 0..<view.count where !test(view[i]) { return false }
        return true
    }

    static func methods() -> [MethodSpec] {
        return [
            MethodSpec("upper", doc: "upper($self, /)\n--\n\nReturn a copy of the string converted to uppercase.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.upper")
                    return StrCase.convert(s, .upper)
                }
            },
            MethodSpec("lower", doc: "lower($self, /)\n--\n\nReturn a copy of the string converted to lowercase.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.lower")
                    return StrCase.convert(s, .lower)
                }
            },
            MethodSpec("casefold", doc: "casefold($self, /)\n--\n\nReturn a version of the string suitable for caseless comparisons.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.casefold")
                    return StrCase.convert(s, .casefold)
                }
            },
            MethodSpec("capitalize", doc: "capitalize($self, /)\n--\n\nReturn a capitalized version of the string.\n\nMore specifically, make the first character have upper case and the rest lower\ncase.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.capitalize")
                    return StrCase.convert(s, .capitalize)
                }
            },
            MethodSpec("title", doc: "title($self, /)\n--\n\nReturn a version of the string where each word is titlecased.\n\nMore specifically, words start with uppercased characters and all remaining\ncased characters have lower case.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.title")
                    return StrCase.convert(s, .title)
                }
            },
            MethodSpec("swapcase", doc: "swapcase($self, /)\n--\n\nConvert uppercase characters to lowercase and lowercase characters to uppercase.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.swapcase")
                    return StrCase.convert(s, .swapcase)
                }
            },
            MethodSpec("isupper", doc: "isupper($self, /)\n--\n\nReturn True if the string is an uppercase string, False otherwise.\n\nA string is uppercase if all cased characters in the string are uppercase and\nthere is at least one cased character in the string.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.isupper")
                    return .bool(StrCase.hasOnlyCase(s, upper: true))
                }
            },
            MethodSpec("islower", doc: "islower($self, /)\n--\n\nReturn True if the string is a lowercase string, False otherwise.\n\nA string is lowercase if all cased characters in the string are lowercase and\nthere is at least one cased character in the string.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.islower")
                    return .bool(StrCase.hasOnlyCase(s, upper: false))
                }
            },
            MethodSpec("istitle", doc: "istitle($self, /)\n--\n\nReturn True if the string is a title-cased string, False otherwise.\n\nIn a title-cased string, upper- and title-case characters may only\nfollow uncased characters and lowercase characters only cased ones.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.istitle")
                    return .bool(StrCase.isTitle(s))
                }
            },
            MethodSpec("isspace", doc: "isspace($self, /)\n--\n\nReturn True if the string is a whitespace string, False otherwise.\n\nA string is whitespace if all characters in the string are whitespace and there\nis at least one character in the string.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.isspace")
                    return .bool(StrCase.all(s, StrUnicode.isSpace))
                }
            },
            MethodSpec("isalpha", doc: "isalpha($self, /)\n--\n\nReturn True if the string is an alphabetic string, False otherwise.\n\nA string is alphabetic if all characters in the string are alphabetic and there\nis at least one character in the string.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.isalpha")
                    return .bool(StrCase.all(s, StrUnicode.isAlpha))
                }
            },
            MethodSpec("isalnum", doc: "isalnum($self, /)\n--\n\nReturn True if the string is an alpha-numeric string, False otherwise.\n\nA string is alpha-numeric if all characters in the string are alpha-numeric and\nthere is at least one character in the string.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.isalnum")
                    return .bool(StrCase.all(s, StrUnicode.isAlnum))
                }
            },
            MethodSpec("isdecimal", doc: "isdecimal($self, /)\n--\n\nReturn True if the string is a decimal string, False otherwise.\n\nA string is a decimal string if all characters in the string are decimal and\nthere is at least one character in the string.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.isdecimal")
                    return .bool(StrCase.all(s, StrUnicode.isDecimal))
                }
            },
            MethodSpec("isdigit", doc: "isdigit($self, /)\n--\n\nReturn True if the string is a digit string, False otherwise.\n\nA string is a digit string if all characters in the string are digits and there\nis at least one character in the string.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.isdigit")
                    return .bool(StrCase.all(s, StrUnicode.isDigit))
                }
            },
            MethodSpec("isnumeric", doc: "isnumeric($self, /)\n--\n\nReturn True if the string is a numeric string, False otherwise.\n\nA string is numeric if all characters in the string are numeric and there is at\nleast one character in the string.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.isnumeric")
                    return .bool(StrCase.all(s, StrUnicode.isNumeric))
                }
            },
            MethodSpec("isprintable", doc: "isprintable($self, /)\n--\n\nReturn True if the string is printable, False otherwise.\n\nA string is printable if all of its characters are considered printable in\nrepr() or if it is empty.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.isprintable")
                    return .bool(StrCase.all(s, empty: true) { c in c >= 0x20 && c < 0x7F || (c >= 0x80 && Printable.isPrintable(c)) })
                }
            },
            MethodSpec("isascii", doc: "isascii($self, /)\n--\n\nReturn True if all characters in the string are ASCII, False otherwise.\n\nASCII characters have code points in the range U+0000-U+007F.\nEmpty string is ASCII too.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.isascii")
                    return .bool(Str.isASCII(s))
                }
            },
            MethodSpec("isidentifier", doc: "isidentifier($self, /)\n--\n\nReturn True if the string is a valid Python identifier, False otherwise.\n\nCall keyword.iskeyword(s) to test whether string s is a reserved identifier,\nsuch as \"def\" or \"class\".") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("str.isidentifier")
                    return .bool(Identifiers.isIdentifier(Str.swiftString(s)))
                }
            },
        ]
    }
}
