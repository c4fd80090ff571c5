import ObjectLayout

/// The methods bytes and bytearray share; each builds results of its receiver's type.
/// bytearray's own (mutating) methods are in `ByteArrayMethods`. CPython words some
/// docs for each type (and wraps their lines differently), so the table is per type.
enum BytesMethods {
    static func table(forByteArray: Bool) -> [MethodSpec] {
        [
            MethodSpec("decode", doc: forByteArray ? "decode($self, /, encoding='utf-8', errors='strict')\n--\n\nDecode the bytearray using the codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the bytearray.\n  errors\n    The error handling scheme to use for the handling of decoding errors.\n    The default is 'strict' meaning that decoding errors raise a\n    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any other name registered with codecs.register_error that\n    can handle UnicodeDecodeErrors." : "decode($self, /, encoding='utf-8', errors='strict')\n--\n\nDecode the bytes using the codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the bytes.\n  errors\n    The error handling scheme to use for the handling of decoding errors.\n    The default is 'strict' meaning that decoding errors raise a\n    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any other name registered with codecs.register_error that\n    can handle UnicodeDecodeErrors.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesConstruct.decode(s, args) }
            },
            MethodSpec("hex", doc: forByteArray ? "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nCreate a string of hexadecimal numbers from a bytearray object.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = bytearray([0xb9, 0x01, 0xef])\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'" : "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nCreate a string of hexadecimal numbers from a bytes object.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = b'\\xb9\\x01\\xef'\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesConstruct.hex(ByteView(s), args) }
            },
            MethodSpec("split", doc: forByteArray ? "split($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytearray, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytearray.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit." : "split($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSplit.split(s, args, "split", fromRight: false) }
            },
            MethodSpec("rsplit", doc: forByteArray ? "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytearray, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytearray.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.\n\nSplitting is done starting at the end of the bytearray and working to the front." : "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.\n\nSplitting is done starting at the end of the bytes and working to the front.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSplit.split(s, args, "rsplit", fromRight: true) }
            },
            MethodSpec("splitlines", doc: forByteArray ? "splitlines($self, /, keepends=False)\n--\n\nReturn a list of the lines in the bytearray, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue." : "splitlines($self, /, keepends=False)\n--\n\nReturn a list of the lines in the bytes, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let p = try args.parse("splitlines", ["keepends"])
                    return BytesSplit.splitLines(s, keepEnds: try p[0].map { v throws(PyException) in try StrArguments.size(v) != 0 } ?? false)
                }
            },
            MethodSpec("partition", doc: forByteArray ? "partition($self, sep, /)\n--\n\nPartition the bytearray into three parts using the given separator.\n\nThis will search for the separator sep in the bytearray. If the separator is\nfound, returns a 3-tuple containing the part before the separator, the\nseparator itself, and the part after it as new bytearray objects.\n\nIf the separator is not found, returns a 3-tuple containing the copy of the\noriginal bytearray object and two empty bytearray objects." : "partition($self, sep, /)\n--\n\nPartition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes. If the separator is found,\nreturns a 3-tuple containing the part before the separator, the separator\nitself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing the original bytes\nobject and two empty bytes objects.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try BytesSplit.partition(s, args.one("\(BytesSearch.typeName(s)).partition"), fromRight: false)
                }
            },
            MethodSpec("rpartition", doc: forByteArray ? "rpartition($self, sep, /)\n--\n\nPartition the bytearray into three parts using the given separator.\n\nThis will search for the separator sep in the bytearray, starting at the end.\nIf the separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it as new bytearray\nobjects.\n\nIf the separator is not found, returns a 3-tuple containing two empty bytearray\nobjects and the copy of the original bytearray object." : "rpartition($self, sep, /)\n--\n\nPartition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes, starting at the end. If\nthe separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing two empty bytes\nobjects and the original bytes object.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try BytesSplit.partition(s, args.one("\(BytesSearch.typeName(s)).rpartition"), fromRight: true)
                }
            },
            MethodSpec("join", doc: forByteArray ? "join($self, iterable_of_bytes, /)\n--\n\nConcatenate any number of bytes/bytearray objects.\n\nThe bytearray whose method is called is inserted in between each pair.\n\nThe result is returned as a new bytearray object." : "join($self, iterable_of_bytes, /)\n--\n\nConcatenate any number of bytes objects.\n\nThe bytes whose method is called is inserted in between each pair.\n\nThe result is returned as a new bytes object.\n\nExample: b'.'.join([b'ab', b'pq', b'rs']) -> b'ab.pq.rs'.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSplit.join(s, args.one("\(BytesSearch.typeName(s)).join")) }
            },
            MethodSpec("strip", doc: "strip($self, bytes=None, /)\n--\n\nStrip leading and trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading and trailing ASCII whitespace.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.strip(s, args, "strip", .both) }
            },
            MethodSpec("lstrip", doc: forByteArray ? "lstrip($self, bytes=None, /)\n--\n\nStrip leading bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading ASCII whitespace." : "lstrip($self, bytes=None, /)\n--\n\nStrip leading bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading  ASCII whitespace.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.strip(s, args, "lstrip", .left) }
            },
            MethodSpec("rstrip", doc: "rstrip($self, bytes=None, /)\n--\n\nStrip trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip trailing ASCII whitespace.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.strip(s, args, "rstrip", .right) }
            },
            MethodSpec("replace", doc: "replace($self, old, new, count=-1, /)\n--\n\nReturn a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf the optional argument count is given, only the first count occurrences are\nreplaced.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.replace(s, args) }
            },
            MethodSpec("center", doc: "center($self, width, fillchar=b' ', /)\n--\n\nReturn a centered string of length width.\n\nPadding is done using the specified fill character.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.justify(s, args, "center", .both) }
            },
            MethodSpec("ljust", doc: "ljust($self, width, fillchar=b' ', /)\n--\n\nReturn a left-justified string of length width.\n\nPadding is done using the specified fill character.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.justify(s, args, "ljust", .left) }
            },
            MethodSpec("rjust", doc: "rjust($self, width, fillchar=b' ', /)\n--\n\nReturn a right-justified string of length width.\n\nPadding is done using the specified fill character.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.justify(s, args, "rjust", .right) }
            },
            MethodSpec("zfill", doc: "zfill($self, width, /)\n--\n\nPad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe original string is never truncated.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    BytesTransform.zfill(s, try StrArguments.size(args.one("\(BytesSearch.typeName(s)).zfill")))
                }
            },
            MethodSpec("expandtabs", doc: "expandtabs($self, /, tabsize=8)\n--\n\nReturn a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.expandTabs(s, args) }
            },
            MethodSpec("removeprefix", doc: forByteArray ? "removeprefix($self, prefix, /)\n--\n\nReturn a bytearray with the given prefix string removed if present.\n\nIf the bytearray starts with the prefix string, return\nbytearray[len(prefix):].  Otherwise, return a copy of the original\nbytearray." : "removeprefix($self, prefix, /)\n--\n\nReturn a bytes object with the given prefix string removed if present.\n\nIf the bytes starts with the prefix string, return bytes[len(prefix):].\nOtherwise, return a copy of the original bytes.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try BytesTransform.removeAffix(s, args.one("\(BytesSearch.typeName(s)).removeprefix"), atEnd: false)
                }
            },
            MethodSpec("removesuffix", doc: forByteArray ? "removesuffix($self, suffix, /)\n--\n\nReturn a bytearray with the given suffix string removed if present.\n\nIf the bytearray ends with the suffix string and that suffix is not\nempty, return bytearray[:-len(suffix)].  Otherwise, return a copy of\nthe original bytearray." : "removesuffix($self, suffix, /)\n--\n\nReturn a bytes object with the given suffix string removed if present.\n\nIf the bytes ends with the suffix string and that suffix is not empty,\nreturn bytes[:-len(prefix)].  Otherwise, return a copy of the original\nbytes.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try BytesTransform.removeAffix(s, args.one("\(BytesSearch.typeName(s)).removesuffix"), atEnd: true)
                }
            },
            MethodSpec("translate", doc: "translate($self, table, /, delete=b'')\n--\n\nReturn a copy with each character mapped by the given translation table.\n\n  table\n    Translation table, which must be a bytes object of length 256.\n\nAll characters occurring in the optional argument delete are removed.\nThe remaining characters are mapped through the given translation table.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesTransform.translate(s, args) }
            },
            MethodSpec("maketrans", flags: Int32(METH_STATIC), doc: "maketrans(frm, to, /)\n--\n\nReturn a translation table useable for the bytes or bytearray translate method.\n\nThe returned table will be one where each byte in frm is mapped to the byte at\nthe same position in to.\n\nThe bytes objects frm and to must be of the same length.") { s, a, n, k in
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
