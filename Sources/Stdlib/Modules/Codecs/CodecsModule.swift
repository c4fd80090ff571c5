import ObjectLayout
import ObjectModel

/// `_codecs`: the codec registry and the codecs CPython writes in C, on which
/// `codecs.py` and the `encodings` package stand.
enum CodecsModule {
    typealias Decode = (Value, ErrorMode, Bool) throws(PyException) -> (text: Value, consumed: Int)
    typealias Encode = (Value, ErrorMode) throws(PyException) -> Value

    /// `name(data, errors=None, final=…, /)`.
    static func decoder(_ args: Arguments, _ name: String, final: Bool = false, _ decode: Decode) throws(PyException) -> Value {
        try CodecsArguments.check(args, name, min: 1, max: 3)
        let input = try DecodeInput.bytes(args[0])
        let errors = try CodecsArguments.errors(args, 1, name)
        let isFinal = try CodecsArguments.int(args, 2, default: final ? 1 : 0) != 0
        let (text, consumed) = try decode(input, ErrorMode(errors), isFinal)
        return CodecsArguments.result(text, consumed)
    }

    /// `name(str, errors=None, /)`.
    static func encoder(_ args: Arguments, _ name: String, _ encode: Encode) throws(PyException) -> Value {
        try CodecsArguments.check(args, name, min: 1, max: 2)
        let s = try CodecsArguments.text(args[0], name, 1)
        let errors = try CodecsArguments.errors(args, 1, name)
        return CodecsArguments.result(try encode(s, ErrorMode(errors)), Str.length(s))
    }

    /// `name(data, errors=None, byteorder=0, final=False, /)`: (str, consumed, byteorder).
    static func exDecoder(_ args: Arguments, _ name: String, utf32: Bool) throws(PyException) -> Value {
        try CodecsArguments.check(args, name, min: 1, max: 4)
        let input = try DecodeInput.bytes(args[0])
        let errors = ErrorMode(try CodecsArguments.errors(args, 1, name))
        var byteorder = try CodecsArguments.int(args, 2, default: 0)
        let final = try CodecsArguments.int(args, 3, default: 0) != 0
        let (text, consumed) = utf32 ? try UTF32Codec.decode(input, errors: errors, byteorder: &byteorder, final: final)
                                     : try UTF16Codec.decode(input, errors: errors, byteorder: &byteorder, final: final)
        let n = IntObject.make(consumed), order = IntObject.make(byteorder)
        let result = Tuple.allocate(count: 3)
        Tuple.items(result)[0] = text
        Tuple.items(result)[1] = n
        Tuple.items(result)[2] = order
        return result
    }

    /// `name(str, errors=None, byteorder=0, /)`.
    static func orderedEncoder(_ args: Arguments, _ name: String, utf32: Bool) throws(PyException) -> Value {
        try CodecsArguments.check(args, name, min: 1, max: 3)
        let s = try CodecsArguments.text(args[0], name, 1)
        let errors = ErrorMode(try CodecsArguments.errors(args, 1, name))
        let byteorder = try CodecsArguments.int(args, 2, default: 0)
        let bytes = utf32 ? try UTF32Codec.encode(s, errors: errors, byteorder: byteorder)
                          : try UTF16Codec.encode(s, errors: errors, byteorder: byteorder)
        return CodecsArguments.result(bytes, Str.length(s))
    }

    /// `encode(obj, encoding='utf-8', errors='strict')` and `decode(…)`.
    static func transcode(_ args: Arguments, _ name: String, encoding isEncoding: Bool) throws(PyException) -> Value {
        let p = try args.parse(name, ["obj", "encoding", "errors"], required: 1)
        for (i, label) in [(1, "encoding"), (2, "errors")] {
            if let v = p[i], !ModuleTypes.isStr(v) {
                throw PyException.typeError("\(name)() argument '\(label)' must be str, not \(TypeObject.argumentTypeName(v))")
            }
        }
        let encoding = try p[1].map { v throws(PyException) in try CodecRegistry.name(v) } ?? "utf-8"
        if let errors = p[2] { _ = try CodecRegistry.name(errors) }
        return isEncoding ? try CodecRegistry.encode(p[0]!, encoding, p[2]) : try CodecRegistry.decode(p[0]!, encoding, p[2])
    }

    static func create() throws(PyException) -> Value {
        let m = try NativeModule.make("_codecs", doc: "", functions: registryFunctions + unicodeFunctions + byteFunctions)
        // CPython's module has no docstring.
        try NativeModule.set(m, "__doc__", .none)
        return m
    }

    static let registryFunctions: [MethodSpec] = [
        MethodSpec("register", doc: "register($module, search_function, /)\n--\n\nRegister a codec search function.\n\nSearch functions are expected to take one argument, the encoding name in\nall lower case letters, and either return None, or a tuple of functions\n(encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object).") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecRegistry.register(try Arguments(a, n, k).one("_codecs.register"))
                return .none
            }
        },
        MethodSpec("unregister", doc: "unregister($module, search_function, /)\n--\n\nUnregister a codec search function and clear the registry's cache.\n\nIf the search function is not registered, do nothing.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecRegistry.unregister(try Arguments(a, n, k).one("_codecs.unregister"))
                return .none
            }
        },
        MethodSpec("lookup", doc: "lookup($module, encoding, /)\n--\n\nLooks up a codec tuple in the Python codec registry and returns a CodecInfo object.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let encoding = try Arguments(a, n, k).one("_codecs.lookup")
                guard ModuleTypes.isStr(encoding) else {
                    throw PyException.typeError("lookup() argument must be str, not \(TypeObject.argumentTypeName(encoding))")
                }
                return try CodecRegistry.lookup(try CodecRegistry.name(encoding))
            }
        },
        MethodSpec("encode", doc: "encode($module, /, obj, encoding='utf-8', errors='strict')\n--\n\nEncodes obj using the codec registered for encoding.\n\nThe default encoding is 'utf-8'.  errors may be given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that encoding\nerrors raise a ValueError.  Other possible values are 'ignore', 'replace'\nand 'backslashreplace' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try CodecsModule.transcode(Arguments(a, n, k), "encode", encoding: true) }
        },
        MethodSpec("decode", doc: "decode($module, /, obj, encoding='utf-8', errors='strict')\n--\n\nDecodes obj using the codec registered for encoding.\n\nDefault encoding is 'utf-8'.  errors may be given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that encoding\nerrors raise a ValueError.  Other possible values are 'ignore', 'replace'\nand 'backslashreplace' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try CodecsModule.transcode(Arguments(a, n, k), "decode", encoding: false) }
        },
        MethodSpec("register_error", doc: "register_error($module, errors, handler, /)\n--\n\nRegister the specified error handler under the name errors.\n\nhandler must be a callable object, that will be called with an exception\ninstance containing information about the location of the encoding/decoding\nerror and must return a (replacement, new position) tuple.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try CodecsArguments.check(args, "register_error", min: 2, max: 2)
                let name = try CodecsArguments.text(args[0], "register_error", 1)
                _ = try CodecRegistry.name(name)
                try ErrorHandlerRegistry.register(name, args[1])
                return .none
            }
        },
        MethodSpec("lookup_error", doc: "lookup_error($module, name, /)\n--\n\nlookup_error(errors) -> handler\n\nReturn the error handler for the specified error handling name or raise a\nLookupError, if no handler exists under this name.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let name = try Arguments(a, n, k).one("_codecs.lookup_error")
                guard ModuleTypes.isStr(name) else {
                    throw PyException.typeError("lookup_error() argument must be str, not \(TypeObject.argumentTypeName(name))")
                }
                _ = try CodecRegistry.name(name)
                return try ErrorHandlerRegistry.lookup(name)
            }
        },
    ]

    static let unicodeFunctions: [MethodSpec] = [
        MethodSpec("utf_7_decode", doc: "utf_7_decode($module, data, errors=None, final=False, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.decoder(Arguments(a, n, k), "utf_7_decode") { d, e, f throws(PyException) in try UTF7Codec.decode(d, errors: e, final: f) }
            }
        },
        MethodSpec("utf_7_encode", doc: "utf_7_encode($module, str, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try CodecsModule.encoder(Arguments(a, n, k), "utf_7_encode") { s, _ in UTF7Codec.encode(s) } }
        },
        MethodSpec("utf_8_decode", doc: "utf_8_decode($module, data, errors=None, final=False, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.decoder(Arguments(a, n, k), "utf_8_decode") { d, e, f throws(PyException) in try UTF8Codec.decode(d, errors: e, final: f) }
            }
        },
        MethodSpec("utf_8_encode", doc: "utf_8_encode($module, str, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.encoder(Arguments(a, n, k), "utf_8_encode") { s, e throws(PyException) in try UTF8Codec.encode(s, errors: e) }
            }
        },
        MethodSpec("utf_16_decode", doc: "utf_16_decode($module, data, errors=None, final=False, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.decoder(Arguments(a, n, k), "utf_16_decode") { d, e, f throws(PyException) in
                    var order = 0
                    return try UTF16Codec.decode(d, errors: e, byteorder: &order, final: f)
                }
            }
        },
        MethodSpec("utf_16_le_decode", doc: "utf_16_le_decode($module, data, errors=None, final=False, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.decoder(Arguments(a, n, k), "utf_16_le_decode") { d, e, f throws(PyException) in
                    var order = -1
                    return try UTF16Codec.decode(d, errors: e, byteorder: &order, final: f)
                }
            }
        },
        MethodSpec("utf_16_be_decode", doc: "utf_16_be_decode($module, data, errors=None, final=False, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.decoder(Arguments(a, n, k), "utf_16_be_decode") { d, e, f throws(PyException) in
                    var order = 1
                    return try UTF16Codec.decode(d, errors: e, byteorder: &order, final: f)
                }
            }
        },
        MethodSpec("utf_16_ex_decode", doc: "utf_16_ex_decode($module, data, errors=None, byteorder=0, final=False,\n                 /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try CodecsModule.exDecoder(Arguments(a, n, k), "utf_16_ex_decode", utf32: false) }
        },
        MethodSpec("utf_16_encode", doc: "utf_16_encode($module, str, errors=None, byteorder=0, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try CodecsModule.orderedEncoder(Arguments(a, n, k), "utf_16_encode", utf32: false) }
        },
        MethodSpec("utf_16_le_encode", doc: "utf_16_le_encode($module, str, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.encoder(Arguments(a, n, k), "utf_16_le_encode") { s, e throws(PyException) in try UTF16Codec.encode(s, errors: e, byteorder: -1) }
            }
        },
        MethodSpec("utf_16_be_encode", doc: "utf_16_be_encode($module, str, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.encoder(Arguments(a, n, k), "utf_16_be_encode") { s, e throws(PyException) in try UTF16Codec.encode(s, errors: e, byteorder: 1) }
            }
        },
        MethodSpec("utf_32_decode", doc: "utf_32_decode($module, data, errors=None, final=False, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.decoder(Arguments(a, n, k), "utf_32_decode") { d, e, f throws(PyException) in
                    var order = 0
                    return try UTF32Codec.decode(d, errors: e, byteorder: &order, final: f)
                }
            }
        },
        MethodSpec("utf_32_le_decode", doc: "utf_32_le_decode($module, data, errors=None, final=False, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.decoder(Arguments(a, n, k), "utf_32_le_decode") { d, e, f throws(PyException) in
                    var order = -1
                    return try UTF32Codec.decode(d, errors: e, byteorder: &order, final: f)
                }
            }
        },
        MethodSpec("utf_32_be_decode", doc: "utf_32_be_decode($module, data, errors=None, final=False, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.decoder(Arguments(a, n, k), "utf_32_be_decode") { d, e, f throws(PyException) in
                    var order = 1
                    return try UTF32Codec.decode(d, errors: e, byteorder: &order, final: f)
                }
            }
        },
        MethodSpec("utf_32_ex_decode", doc: "utf_32_ex_decode($module, data, errors=None, byteorder=0, final=False,\n                 /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try CodecsModule.exDecoder(Arguments(a, n, k), "utf_32_ex_decode", utf32: true) }
        },
        MethodSpec("utf_32_encode", doc: "utf_32_encode($module, str, errors=None, byteorder=0, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try CodecsModule.orderedEncoder(Arguments(a, n, k), "utf_32_encode", utf32: true) }
        },
        MethodSpec("utf_32_le_encode", doc: "utf_32_le_encode($module, str, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.encoder(Arguments(a, n, k), "utf_32_le_encode") { s, e throws(PyException) in try UTF32Codec.encode(s, errors: e, byteorder: -1) }
            }
        },
        MethodSpec("utf_32_be_encode", doc: "utf_32_be_encode($module, str, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.encoder(Arguments(a, n, k), "utf_32_be_encode") { s, e throws(PyException) in try UTF32Codec.encode(s, errors: e, byteorder: 1) }
            }
        },
        MethodSpec("unicode_escape_decode", doc: "unicode_escape_decode($module, data, errors=None, final=True, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.decoder(Arguments(a, n, k), "unicode_escape_decode", final: true) { d, e, f throws(PyException) in
                    try EscapeCodecs.decodeUnicodeEscape(d, errors: e, final: f)
                }
            }
        },
        MethodSpec("unicode_escape_encode", doc: "unicode_escape_encode($module, str, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.encoder(Arguments(a, n, k), "unicode_escape_encode") { s, _ in EscapeCodecs.encodeUnicodeEscape(s) }
            }
        },
        MethodSpec("raw_unicode_escape_decode", doc: "raw_unicode_escape_decode($module, data, errors=None, final=True, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.decoder(Arguments(a, n, k), "raw_unicode_escape_decode", final: true) { d, e, f throws(PyException) in
                    try EscapeCodecs.decodeRawUnicodeEscape(d, errors: e, final: f)
                }
            }
        },
        MethodSpec("raw_unicode_escape_encode", doc: "raw_unicode_escape_encode($module, str, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.encoder(Arguments(a, n, k), "raw_unicode_escape_encode") { s, _ in EscapeCodecs.encodeRawUnicodeEscape(s) }
            }
        },
        MethodSpec("latin_1_decode", doc: "latin_1_decode($module, data, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try CodecsArguments.check(args, "latin_1_decode", min: 1, max: 2)
                let input = try DecodeInput.bytes(args[0])
                _ = try CodecsArguments.errors(args, 1, "latin_1_decode")
                return CodecsArguments.result(SingleByteCodecs.decodeLatin1(input), Bytes.count(input))
            }
        },
        MethodSpec("latin_1_encode", doc: "latin_1_encode($module, str, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.encoder(Arguments(a, n, k), "latin_1_encode") { s, e throws(PyException) in
                    try SingleByteCodecs.encode(s, limit: 256, errors: e)
                }
            }
        },
        MethodSpec("ascii_decode", doc: "ascii_decode($module, data, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try CodecsArguments.check(args, "ascii_decode", min: 1, max: 2)
                let input = try DecodeInput.bytes(args[0])
                let errors = ErrorMode(try CodecsArguments.errors(args, 1, "ascii_decode"))
                return CodecsArguments.result(try SingleByteCodecs.decodeASCII(input, errors: errors), Bytes.count(input))
            }
        },
        MethodSpec("ascii_encode", doc: "ascii_encode($module, str, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try CodecsModule.encoder(Arguments(a, n, k), "ascii_encode") { s, e throws(PyException) in
                    try SingleByteCodecs.encode(s, limit: 128, errors: e)
                }
            }
        },
        MethodSpec("charmap_decode", doc: "charmap_decode($module, data, errors=None, mapping=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try CodecsArguments.check(args, "charmap_decode", min: 1, max: 3)
                let input = try DecodeInput.bytes(args[0])
                let errors = ErrorMode(try CodecsArguments.errors(args, 1, "charmap_decode"))
                let text = try CharmapCodec.decode(input, errors: errors, mapping: args.optional(2) ?? .none)
                return CodecsArguments.result(text, Bytes.count(input))
            }
        },
        MethodSpec("charmap_encode", doc: "charmap_encode($module, str, errors=None, mapping=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try CodecsArguments.check(args, "charmap_encode", min: 1, max: 3)
                let s = try CodecsArguments.text(args[0], "charmap_encode", 1)
                let errors = ErrorMode(try CodecsArguments.errors(args, 1, "charmap_encode"))
                return CodecsArguments.result(try CharmapCodec.encode(s, errors: errors, mapping: args.optional(2) ?? .none), Str.length(s))
            }
        },
        MethodSpec("charmap_build", doc: "charmap_build($module, map, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let map = try Arguments(a, n, k).one("_codecs.charmap_build")
                guard ModuleTypes.isStr(map) else {
                    throw PyException.typeError("charmap_build() argument must be str, not \(TypeObject.argumentTypeName(map))")
                }
                return try EncodingMap.build(map)
            }
        },
    ]

    static let byteFunctions: [MethodSpec] = [
        MethodSpec("escape_decode", doc: "escape_decode($module, data, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try CodecsArguments.check(args, "escape_decode", min: 1, max: 2)
                let data = try CodecsArguments.bufferOrText(args[0])
                let errors = try CodecsArguments.errors(args, 1, "escape_decode").map(Str.swiftString)
                return CodecsArguments.result(try BytesEscapeCodec.decode(ByteView(data).raw, errors: errors), Bytes.count(data))
            }
        },
        MethodSpec("escape_encode", doc: "escape_encode($module, data, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try CodecsArguments.check(args, "escape_encode", min: 1, max: 2)
                guard BytesLike.isBytes(args[0]) else {
                    throw PyException.typeError("escape_encode() argument 1 must be bytes, not \(TypeObject.argumentTypeName(args[0]))")
                }
                _ = try CodecsArguments.errors(args, 1, "escape_encode")
                return CodecsArguments.result(BytesEscapeCodec.encode(args[0]), Bytes.count(args[0]))
            }
        },
        MethodSpec("readbuffer_encode", doc: "readbuffer_encode($module, data, errors=None, /)\n--\n\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try CodecsArguments.check(args, "readbuffer_encode", min: 1, max: 2)
                let data = try CodecsArguments.bufferOrText(args[0])
                _ = try CodecsArguments.errors(args, 1, "readbuffer_encode")
                let copy = data.isExactly(Krait_bytes_type) ? data : Bytes.make(ByteView(data).raw)
                return CodecsArguments.result(copy, Bytes.count(copy))
            }
        },
    ]
}
