import ObjectLayout

/// The methods bytes and bytearray share; each builds results of its receiver's type.
/// bytearray's own (mutating) methods are in `ByteArrayMethods`.
enum BytesMethods {
    static func table() -> [MethodSpec] {
        [
            MethodSpec("decode", doc: "Decode the bytes using the codec registered for encoding.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesConstruct.decode(s, args) }
            },
            MethodSpec("hex", doc: "Create a string of hexadecimal numbers from a bytes object.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesConstruct.hex(ByteView(s), args) }
            },
            MethodSpec("split", doc: "Return a list of the sections in the bytes, using sep as the delimiter.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSplit.split(s, args, "split", fromRight: false) }
            },
            MethodSpec("rsplit", doc: "Return a list of the sections in the bytes, using sep as the delimiter.\n\nSplitting is done starting at the end of the bytes and working to the front.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSplit.split(s, args, "rsplit", fromRight: true) }
            },
            MethodSpec("splitlines", doc: "Return a list of the lines in the bytes, breaking at line boundaries.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let p = try args.parse("splitlines", ["keepends"])
                    return BytesSplit.splitLines(s, keepEnds: try p[0].map { v throws(PyException) in try StrArguments.size(v) != 0 } ?? false)
                }
            },
            MethodSpec("partition", doc: "Partition the bytes into three parts using the given separator.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try BytesSplit.partition(s, args.one("\(BytesSearch.typeName(s)).partition"), fromRight: false)
                }
            },
            MethodSpec("rpartition", doc: "Partition the bytes into three parts using the given separator, searching from the end.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try BytesSplit.partition(s, args.one("\(BytesSearch.typeName(s)).rpartition"), fromRight: true)
                }
            },
            MethodSpec("join", doc: "Concatenate any number of bytes objects.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSplit.join(s, args.one("\(BytesSearch.typeName(s)).join")) }
            },
            MethodSpec("strip", doc: "Strip leading and trailing bytes contained in the argument.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.strip(s, args, "strip", .both) }
            },
            MethodSpec("lstrip", doc: "Strip leading bytes contained in the argument.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.strip(s, args, "lstrip", .left) }
            },
            MethodSpec("rstrip", doc: "Strip trailing bytes contained in the argument.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.strip(s, args, "rstrip", .right) }
            },
            MethodSpec("replace", doc: "Return a copy with all occurrences of substring old replaced by new.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.replace(s, args) }
            },
            MethodSpec("center", doc: "Return a centered string of length width.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.justify(s, args, "center", .both) }
            },
            MethodSpec("ljust", doc: "Return a left-justified string of length width.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.justify(s, args, "ljust", .left) }
            },
            MethodSpec("rjust", doc: "Return a right-justified string of length width.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.justify(s, args, "rjust", .right) }
            },
            MethodSpec("zfill", doc: "Pad a numeric string with zeros on the left, to fill a field of the given width.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    BytesTransform.zfill(s, try StrArguments.size(args.one("\(BytesSearch.typeName(s)).zfill")))
                }
            },
            MethodSpec("expandtabs", doc: "Return a copy where all tab characters are expanded using spaces.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.expandTabs(s, args) }
            },
            MethodSpec("removeprefix", doc: "Return a bytes object with the given prefix string removed if present.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try BytesTransform.removeAffix(s, args.one("\(BytesSearch.typeName(s)).removeprefix"), atEnd: false)
                }
            },
            MethodSpec("removesuffix", doc: "Return a bytes object with the given suffix string removed if present.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try BytesTransform.removeAffix(s, args.one("\(BytesSearch.typeName(s)).removesuffix"), atEnd: true)
                }
            },
            MethodSpec("translate", doc: "Return a copy with each character mapped by the given translation table.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.translate(s, args) }
            },
            MethodSpec("maketrans", flags: Int32(METH_STATIC), doc: "Return a translation table useable for the bytes or bytearray translate method.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BytesTransform.makeTable(args) }
            },
        ] + caseMethods() + BytesSearch.methods()
    }

    static func caseMethods() -> [MethodSpec] {
        [
            MethodSpec("upper", doc: "B.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).upper")
                    return BytesTransform.convert(s, .upper)
                }
            },
            MethodSpec("lower", doc: "B.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).lower")
                    return BytesTransform.convert(s, .lower)
                }
            },
            MethodSpec("swapcase", doc: "B.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).swapcase")
                    return BytesTransform.convert(s, .swap)
                }
            },
            MethodSpec("capitalize", doc: "B.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).capitalize")
                    return BytesTransform.convert(s, .capitalize)
                }
            },
            MethodSpec("title", doc: "B.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).title")
                    return BytesTransform.convert(s, .title)
                }
            },
            MethodSpec("isalnum", doc: "B.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand there is at least one character in B, False otherwise.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).isalnum")
                    return BytesTransform.all(s) { BytesTransform.isAlpha($0) || BytesTransform.isDigit($0) }
                }
            },
            MethodSpec("isalpha", doc: "B.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand there is at least one character in B, False otherwise.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).isalpha")
                    return BytesTransform.all(s, BytesTransform.isAlpha)
                }
            },
            MethodSpec("isascii", doc: "B.isascii() -> bool\n\nReturn True if B is empty or all characters in B are ASCII,\nFalse otherwise.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).isascii")
                    return BytesTransform.all(s, empty: true) { $0 < 0x80 }
                }
            },
            MethodSpec("isdigit", doc: "B.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there is at least one character in B, False otherwise.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).isdigit")
                    return BytesTransform.all(s, BytesTransform.isDigit)
                }
            },
            MethodSpec("isspace", doc: "B.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand there is at least one character in B, False otherwise.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).isspace")
                    return BytesTransform.all(s) { BytesSplit.isSpace(UInt8($0)) }
                }
            },
            MethodSpec("islower", doc: "B.islower() -> bool\n\nReturn True if all cased characters in B are lowercase and there is\nat least one cased character in B, False otherwise.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).islower")
                    return BytesTransform.hasOnlyCase(s, upper: false)
                }
            },
            MethodSpec("isupper", doc: "B.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase and there is\nat least one cased character in B, False otherwise.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).isupper")
                    return BytesTransform.hasOnlyCase(s, upper: true)
                }
            },
            MethodSpec("istitle", doc: "B.istitle() -> bool\n\nReturn True if B is a titlecased string and there is at least one\ncharacter in B, i.e. uppercase characters may only follow uncased\ncharacters and lowercase characters only cased ones. Return False\notherwise.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("\(BytesSearch.typeName(s)).istitle")
                    return BytesTransform.isTitle(s)
                }
            },
        ]
    }
}
