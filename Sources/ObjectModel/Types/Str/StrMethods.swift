import ObjectLayout

/// The `str` type's method table, its sequence operators and its constructor.
/// Formatting (`format`, `format_map`, `%`) is in `Types/Formatting`.
enum StrMethods {
    /// A method's body run as `MethodSpec.run`, except that a receiver returned
    /// unchanged comes back as an exact str when it is a subclass instance.
    @inline(__always)
    static func run(_ s: Value, _ a: UnsafePointer<Value>?, _ n: Int, _ k: Value,
                    _ body: (Value, Arguments) throws(PyException) -> Value) -> Value {
        MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
            let result = try body(s, args)
            return result == s && !s.isExactly(Krait_str_type) && result.isObject
                && TypeObject.isSubtype(result.type, of: Krait_str_type) ? Str.exact(result) : result
        }
    }

    static func table() -> [MethodSpec] {
        [
            MethodSpec("encode", doc: "encode($self, /, encoding='utf-8', errors='strict')\n--\n\nEncode the string using the codec registered for encoding.\n\n  encoding\n    The encoding in which to encode the string.\n  errors\n    The error handling scheme to use for encoding errors.\n    The default is 'strict' meaning that encoding errors raise a\n    UnicodeEncodeError.  Other possible values are 'ignore', 'replace' and\n    'xmlcharrefreplace' as well as any other name registered with\n    codecs.register_error that can handle UnicodeEncodeErrors.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                let p = try args.parse("encode", ["encoding", "errors"])
                return try StrMethods.encode(s, p[0], p[1], function: "encode")
            } },
            MethodSpec("replace", doc: "replace($self, old, new, count=-1, /)\n--\n\nReturn a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf the optional argument count is given, only the first count occurrences are\nreplaced.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("str.replace")
                try args.positional("replace", min: 2, max: 3)
                let old = try StrArguments.str(args[0], "replace() argument 1 ")
                let new = try StrArguments.str(args[1], "replace() argument 2 ")
                let count = try args.optional(2).map { v throws(PyException) in try StrArguments.size(v) } ?? -1
                return StrReplace.replace(s, old, new, count: count)
            } },
            MethodSpec("split", doc: "split($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the substrings in the string, using sep as the separator string.\n\n  sep\n    The separator used to split the string.\n\n    When set to None (the default value), will split on any whitespace\n    character (including \\n \\r \\t \\f and spaces) and will discard\n    empty strings from the result.\n  maxsplit\n    Maximum number of splits (starting from the left).\n    -1 (the default value) means no limit.\n\nNote, str.split() is mainly useful for data that has been intentionally\ndelimited.  With natural text that includes punctuation, consider using\nthe regular expression module.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in try StrMethods.split(s, args, "split", fromRight: false) }
            },
            MethodSpec("rsplit", doc: "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\nReturn a list of the substrings in the string, using sep as the separator string.\n\n  sep\n    The separator used to split the string.\n\n    When set to None (the default value), will split on any whitespace\n    character (including \\n \\r \\t \\f and spaces) and will discard\n    empty strings from the result.\n  maxsplit\n    Maximum number of splits (starting from the left).\n    -1 (the default value) means no limit.\n\nSplitting starts at the end of the string and works to the front.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in try StrMethods.split(s, args, "rsplit", fromRight: true) }
            },
            MethodSpec("join", doc: "join($self, iterable, /)\n--\n\nConcatenate any number of strings.\n\nThe string whose method is called is inserted in between each given string.\nThe result is returned as a new string.\n\nExample: '.'.join(['ab', 'pq', 'rs']) -> 'ab.pq.rs'") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try StrSplit.join(s, args.one("str.join"))
            } },
            MethodSpec("splitlines", doc: "splitlines($self, /, keepends=False)\n--\n\nReturn a list of the lines in the string, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                let p = try args.parse("splitlines", ["keepends"])
                return StrSplit.splitLines(s, keepEnds: try p[0].map { v throws(PyException) in try StrArguments.size(v) != 0 } ?? false)
            } },
            MethodSpec("partition", doc: "partition($self, sep, /)\n--\n\nPartition the string into three parts using the given separator.\n\nThis will search for the separator in the string.  If the separator is found,\nreturns a 3-tuple containing the part before the separator, the separator\nitself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing the original string\nand two empty strings.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try StrSplit.partition(s, args.one("str.partition"), fromRight: false)
            } },
            MethodSpec("rpartition", doc: "rpartition($self, sep, /)\n--\n\nPartition the string into three parts using the given separator.\n\nThis will search for the separator in the string, starting at the end. If\nthe separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing two empty strings\nand the original string.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try StrSplit.partition(s, args.one("str.rpartition"), fromRight: true)
            } },
            MethodSpec("strip", doc: "strip($self, chars=None, /)\n--\n\nReturn a copy of the string with leading and trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in try StrMethods.strip(s, args, "strip", .both) }
            },
            MethodSpec("lstrip", doc: "lstrip($self, chars=None, /)\n--\n\nReturn a copy of the string with leading whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in try StrMethods.strip(s, args, "lstrip", .left) }
            },
            MethodSpec("rstrip", doc: "rstrip($self, chars=None, /)\n--\n\nReturn a copy of the string with trailing whitespace removed.\n\nIf chars is given and not None, remove characters in chars instead.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in try StrMethods.strip(s, args, "rstrip", .right) }
            },
            MethodSpec("center", doc: "center($self, width, fillchar=' ', /)\n--\n\nReturn a centered string of length width.\n\nPadding is done using the specified fill character (default is a space).") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try StrPadding.justify(s, args, "center", .both)
            } },
            MethodSpec("ljust", doc: "ljust($self, width, fillchar=' ', /)\n--\n\nReturn a left-justified string of length width.\n\nPadding is done using the specified fill character (default is a space).") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try StrPadding.justify(s, args, "ljust", .left)
            } },
            MethodSpec("rjust", doc: "rjust($self, width, fillchar=' ', /)\n--\n\nReturn a right-justified string of length width.\n\nPadding is done using the specified fill character (default is a space).") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try StrPadding.justify(s, args, "rjust", .right)
            } },
            MethodSpec("zfill", doc: "zfill($self, width, /)\n--\n\nPad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe string is never truncated.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                StrPadding.zfill(s, try StrArguments.size(args.one("str.zfill")))
            } },
            MethodSpec("expandtabs", doc: "expandtabs($self, /, tabsize=8)\n--\n\nReturn a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                let p = try args.parse("expandtabs", ["tabsize"])
                return StrPadding.expandTabs(s, try p[0].map { v throws(PyException) in try StrArguments.size(v) } ?? 8)
            } },
            MethodSpec("removeprefix", doc: "removeprefix($self, prefix, /)\n--\n\nReturn a str with the given prefix string removed if present.\n\nIf the string starts with the prefix string, return string[len(prefix):].\nOtherwise, return a copy of the original string.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try StrReplace.removeAffix(s, args.one("str.removeprefix"), "removeprefix", atEnd: false)
            } },
            MethodSpec("removesuffix", doc: "removesuffix($self, suffix, /)\n--\n\nReturn a str with the given suffix string removed if present.\n\nIf the string ends with the suffix string and that suffix is not empty,\nreturn string[:-len(suffix)]. Otherwise, return a copy of the original\nstring.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try StrReplace.removeAffix(s, args.one("str.removesuffix"), "removesuffix", atEnd: true)
            } },
            MethodSpec("translate", doc: "translate($self, table, /)\n--\n\nReplace each character in the string using the given translation table.\n\n  table\n    Translation table, which must be a mapping of Unicode ordinals to\n    Unicode ordinals, strings, or None.\n\nThe table must implement lookup/indexing via __getitem__, for instance a\ndictionary or list.  If this operation raises LookupError, the character is\nleft untouched.  Characters mapped to None are deleted.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try StrReplace.translate(s, args.one("str.translate"))
            } },
            MethodSpec("maketrans", flags: Int32(METH_STATIC), doc: "maketrans(x, y=<unrepresentable>, z=<unrepresentable>, /)\n--\n\nReturn a translation table usable for str.translate().\n\nIf there is only one argument, it must be a dictionary mapping Unicode\nordinals (integers) or characters to Unicode ordinals, strings or None.\nCharacter keys will be then converted to ordinals.\nIf there are two arguments, they must be strings of equal length, and\nin the resulting dictionary, each character in x will be mapped to the\ncharacter at the same position in y. If there is a third argument, it\nmust be a string, whose characters will be mapped to None in the result.") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try StrReplace.makeTable(args)
            } },
            MethodSpec("__getnewargs__", doc: nil) { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("str.__getnewargs__")
                return Tuple.make(Str.substring(s, 0..<Str.length(s)))
            } },
            MethodSpec("__sizeof__", doc: "__sizeof__($self, /)\n--\n\nReturn the size of the string in memory, in bytes.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("str.__sizeof__")
                let header = Str.isASCII(s) ? Str.asciiHeader : Str.compactHeader
                return Value(smallInt: header + (Str.length(s) + 1) * Str.kind(s))
            } },
        ] + StrSearch.methods() + StrCase.methods() + FormatMethods.str
    }

    static func split(_ s: Value, _ args: Arguments, _ name: String, fromRight: Bool) throws(PyException) -> Value {
        let p = try args.parse(name, ["sep", "maxsplit"])
        let sep = p[0].flatMap { $0.isNone ? nil : $0 }
        let maxsplit = try p[1].map { v throws(PyException) in try StrArguments.size(v) } ?? -1
        return try StrSplit.split(s, sep, maxsplit, fromRight: fromRight)
    }

    static func strip(_ s: Value, _ args: Arguments, _ name: String, _ side: StrPadding.Side) throws(PyException) -> Value {
        try args.noKeywords("str.\(name)")
        try args.positional(name, min: 0, max: 1)
        return try StrPadding.strip(s, args.optional(0), side, name)
    }

    /// The native codec for the encoding and errors arguments, or nil when the codec
    /// registry does the work (an encoding or error handler `StrCodecs` lacks).
    static func nativeCodec(_ encoding: Value?, _ errors: Value?, function: String,
                            encoding isEncoding: Bool) throws(PyException) -> (StrCodecs.Codec, String)? {
        try checkCodecArgumentTypes(encoding, errors, function: function)
        let errorsName = errors.map(Str.swiftString) ?? "strict"
        guard StrCodecs.handles(errors: errorsName, encoding: isEncoding) else { return nil }
        guard let encoding else { return (.utf8, errorsName) }
        return StrCodecs.codec(encoding).map { ($0, errorsName) }
    }

    /// `s.encode(encoding, errors)` (either may be absent).
    static func encode(_ s: Value, _ encoding: Value?, _ errors: Value?, function: String) throws(PyException) -> Value {
        if let (codec, errorsName) = try nativeCodec(encoding, errors, function: function, encoding: true) {
            return try StrCodecs.encode(s, codec, errors: errorsName)
        }
        guard let registry = RuntimeHooks.encodeText else {
            // Without the registry, an error handler is only looked for at an error, as CPython's.
            guard let codec = encoding.map(StrCodecs.codec) ?? .utf8 else { throw unknownCodec(encoding, errors) }
            return try StrCodecs.encode(s, codec, errors: errors.map(Str.swiftString) ?? "strict")
        }
        return try registry(s, encoding, errors)
    }

    /// Decodes the bytes-like `object` (which `ByteView` can read): `bytes.decode`, `str(b, …)`.
    static func decode(_ object: Value, _ encoding: Value?, _ errors: Value?, function: String) throws(PyException) -> Value {
        if let (codec, errorsName) = try nativeCodec(encoding, errors, function: function, encoding: false) {
            return try StrCodecs.decode(ByteView(object).raw, codec, errors: errorsName)
        }
        // Empty input decodes to '' without looking the codec up, as in CPython.
        if ByteView(object).count == 0 { return Str.make("") }
        guard let registry = RuntimeHooks.decodeText else {
            guard let codec = encoding.map(StrCodecs.codec) ?? .utf8 else { throw unknownCodec(encoding, errors) }
            return try StrCodecs.decode(ByteView(object).raw, codec, errors: errors.map(Str.swiftString) ?? "strict")
        }
        return try registry(object, encoding, errors)
    }

    static func unknownCodec(_ encoding: Value?, _ errors: Value?) -> PyException {
        if let encoding, StrCodecs.codec(encoding) == nil {
            return PyException(Krait_exc_LookupError, "unknown encoding: \(Str.swiftString(encoding))")
        }
        return StrCodecs.unknownHandler(errors.map(Str.swiftString) ?? "strict")
    }

    /// Argument Clinic's `str` converter for the encoding and errors arguments, which
    /// checks them before anything else looks at them.
    static func checkCodecArgumentTypes(_ encoding: Value?, _ errors: Value?, function: String) throws(PyException) {
        if let encoding, !StrArguments.isStr(encoding) {
            throw PyException.typeError("\(function)() argument 'encoding' must be str, not \(TypeObject.argumentTypeName(encoding))")
        }
        if let errors, !StrArguments.isStr(errors) {
            throw PyException.typeError("\(function)() argument 'errors' must be str, not \(TypeObject.argumentTypeName(errors))")
        }
        // Argument Clinic passes them on as UTF-8 C strings.
        for name in [encoding, errors] {
            guard let name, !Str.isASCII(name) || Str.codePoints(name).contains(0) else { continue }
            _ = try StrCodecs.encode(name, .utf8, errors: "strict")
            if Str.codePoints(name).contains(0) { throw PyException.valueError("embedded null character") }
        }
    }

    // MARK: Operators and constructor

    /// `s * n`.
    static func repeated(_ s: Value, _ n: Int) throws(PyException) -> Value {
        let length = Str.length(s)
        if n <= 0 || length == 0 { return Str.make("") }
        if n == 1 && s.isExactly(Krait_str_type) { return s }
        guard length <= Int.max / n else { throw PyException.overflowError("repeated string is too long") }
        let kind = Str.kind(s)
        try Allocation.check(count: length * n, itemSize: kind)
        let result = Str.allocate(length: length * n, kind: kind, ascii: Str.isASCII(s))
        let target = Str.data(result), unit = length * kind
        target.copyMemory(from: Str.data(s), byteCount: unit)
        let total = unit * n
        var done = unit
        while done < total {
            let chunk = Swift.min(done, total - done)
            (target + done).copyMemory(from: target, byteCount: chunk)
            done += chunk
        }
        return result
    }

    /// `str(object='', encoding='utf-8', errors='strict')`.
    static func construct(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("str", ["object", "encoding", "errors"])
        guard let object = p[0] else { return Str.make("") }
        if p[1] == nil && p[2] == nil { return try Protocols.str(object) }
        try checkCodecArgumentTypes(p[1], p[2], function: "str")
        if StrArguments.isStr(object) { throw PyException.typeError("decoding str is not supported") }
        guard let readable = BytesLike.readable(object) else {
            throw PyException.typeError("decoding to str: need a bytes-like object, \(TypeObject.name(object.type)) found")
        }
        return try decode(readable, p[1], p[2], function: "str")
    }
}
