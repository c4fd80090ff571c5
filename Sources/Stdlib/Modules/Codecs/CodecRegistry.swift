import ObjectLayout
import ObjectModel

/// The codec registry (CPython's Python/codecs.c): search functions, the cache of what
/// they found, and encoding and decoding through what a lookup returns. It starts at
/// the first use, which also imports the `encodings` package (whose search function
/// registers itself), as CPython's `_PyCodecRegistry_Init`.
enum CodecRegistry {
    /// The search functions, and normalised name → codec info; immortal once made.
    nonisolated(unsafe) static var searchPath: Value = .empty
    nonisolated(unsafe) static var cache: Value = .empty

    static func ensureInitialized() throws(PyException) {
        if !searchPath.isEmpty { return }
        let path = List.new()
        Allocation.makeImmortal(path.object)
        let found = Dict.new()
        Allocation.makeImmortal(found.object)
        searchPath = path
        cache = found
        try ErrorHandlerRegistry.setUp()
        // Tried once: a failed import is reported and not retried.
        if let importModule = RuntimeHooks.importModule { _ = try importModule("encodings") }
    }

    static func register(_ function: Value) throws(PyException) {
        try ensureInitialized()
        guard ModuleTypes.isCallable(function) else { throw PyException.typeError("argument must be callable") }
        List.append(searchPath, function)
    }

    static func unregister(_ function: Value) throws(PyException) {
        if searchPath.isEmpty { return }
        for i in 0..<List.count(searchPath) where List.item(searchPath, i) == function {
            Dict.clear(cache)
            _ = try Protocols.callMethod(searchPath, "pop", IntObject.make(i))
            return
        }
    }

    /// An encoding name argument as the C string CPython makes of it.
    static func name(_ v: Value) throws(PyException) -> String {
        let utf8 = try TextCodecs.encode(v, try TextCodecs.lookup(Str.make("utf-8")), errors: "strict")
        let bytes = ByteView(utf8)
        if bytes.raw.contains(0) { throw PyException.valueError("embedded null character") }
        return String(decoding: bytes.raw, as: UTF8.self)
    }

    /// CPython's `_Py_normalize_encoding`, lower-cased: runs of characters other than
    /// ASCII letters, digits and '.' become one '_' (none at the ends).
    static func normalize(_ name: String) -> String {
        var out: [UInt8] = []
        var punctuation = false
        for c in name.utf8 {
            let isAlnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            if isAlnum || c == 0x2E {
                if punctuation && !out.isEmpty { out.append(0x5F) }
                punctuation = false
                out.append(c >= 0x41 && c <= 0x5A ? c + 0x20 : c)
            } else {
                punctuation = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `codecs.lookup(encoding)`: the codec info (a 4-tuple, normally a CodecInfo).
    static func lookup(_ encoding: String) throws(PyException) -> Value {
        try ensureInitialized()
        let key = Interned.get(normalize(encoding))
        if let found = try Dict.getItem(cache, key) { return found }
        let count = List.count(searchPath)
        if count == 0 {
            throw PyException(Krait_exc_LookupError, "no codec search functions registered: can't find encoding")
        }
        for i in 0..<count where i < List.count(searchPath) {
            let result = try Protocols.call(List.item(searchPath, i), key)
            if result == .none { continue }
            guard TypeObject.isSubtype(result.type, of: Krait_tuple_type), Tuple.count(result) == 4 else {
                throw PyException.typeError("codec search functions must return 4-tuples")
            }
            try Dict.setItem(cache, key, result)
            return result
        }
        throw PyException(Krait_exc_LookupError, "unknown encoding: \(encoding)")
    }

    /// A lookup for str.encode and bytes.decode, which refuse codecs that say they are
    /// not text encodings (`_is_text_encoding` false: rot13, base64, …).
    static func lookupText(_ encoding: String, alternate: String) throws(PyException) -> Value {
        let codec = try lookup(encoding)
        if !codec.isExactly(Krait_tuple_type), let flag = try Protocols.lookupAttribute(codec, Str.make("_is_text_encoding")),
           !(try Protocols.isTrue(flag)) {
            throw PyException(Krait_exc_LookupError, "'\(encoding)' is not a text encoding; use \(alternate) to handle arbitrary codecs")
        }
        return codec
    }

    /// `codecs.encode(object, encoding, errors)`; errors nil when not given.
    static func encode(_ object: Value, _ encoding: String, _ errors: Value?) throws(PyException) -> Value {
        try call(Tuple.item(try lookup(encoding), 0), object, errors, "encoding", encoding)
    }

    static func decode(_ object: Value, _ encoding: String, _ errors: Value?) throws(PyException) -> Value {
        try call(Tuple.item(try lookup(encoding), 1), object, errors, "decoding", encoding)
    }

    /// `str.encode` through the registry: the result must be bytes.
    static func encodeText(_ s: Value, _ encoding: String, _ errors: Value?) throws(PyException) -> Value {
        let encoder = Tuple.item(try lookupText(encoding, alternate: "codecs.encode()"), 0)
        let v = try call(encoder, s, errors, "encoding", encoding)
        if BytesLike.isBytes(v) { return v }
        if ByteArray.isByteArray(v) {
            let message = "encoder \(encoding) returned bytearray instead of bytes; use codecs.encode() to encode to arbitrary types"
            try WarningsModule.warn(Str.make(message), category: Value(Krait_exc_RuntimeWarning), stacklevel: 1)
            return Bytes.make(ByteView(v).raw)
        }
        throw PyException.typeError("'\(encoding)' encoder returned '\(TypeObject.name(v.type))' instead of 'bytes'; use codecs.encode() to encode to arbitrary types")
    }

    /// `bytes.decode` through the registry (given a memoryview of the bytes, as
    /// CPython): the result must be a str.
    static func decodeText(_ buffer: Value, _ encoding: String, _ errors: Value?) throws(PyException) -> Value {
        let decoder = Tuple.item(try lookupText(encoding, alternate: "codecs.decode()"), 1)
        let v = try call(decoder, buffer, errors, "decoding", encoding)
        guard ModuleTypes.isStr(v) else {
            throw PyException.typeError("'\(encoding)' decoder returned '\(TypeObject.name(v.type))' instead of 'str'; use codecs.decode() to decode to arbitrary types")
        }
        return v
    }

    /// Calls an encoder or decoder, `(object)` or `(object, errors)`, and takes the
    /// first item of the (result, length) it returns.
    static func call(_ function: Value, _ object: Value, _ errors: Value?, _ operation: String, _ encoding: String) throws(PyException) -> Value {
        let result: Value
        do throws(PyException) {
            if let errors {
                result = try Protocols.call(function, object, errors.isExactly(Krait_str_type) ? errors : Str.make(Str.swiftString(errors)))
            } else {
                result = try Protocols.call(function, object)
            }
        } catch {
            throw CodecErrors.wrap(error, "\(operation) with '\(encoding)' codec failed")
        }
        guard TypeObject.isSubtype(result.type, of: Krait_tuple_type), Tuple.count(result) == 2 else {
            throw PyException.typeError(operation == "encoding" ? "encoder must return a tuple (object, integer)"
                                                                 : "decoder must return a tuple (object,integer)")
        }
        return Tuple.item(result, 0)
    }
}

/// CPython's `_PyErr_TrySetFromCause`: an exception from a codec becomes one of the
/// same type naming the codec, caused by the original, when the type holds nothing
/// beyond its message (so the copy loses nothing).
enum CodecErrors {
    static func wrap(_ error: PyException, _ prefix: String) -> PyException {
        let e = error.value
        let type = e.type
        let base = Krait_exc_BaseException!
        let plainSize = type.pointee.tp_basicsize == base.pointee.tp_basicsize
            || (type.pointee.tp_weaklistoffset != 0 && type.pointee.tp_basicsize == base.pointee.tp_basicsize + MemoryLayout<Int>.size)
        guard same(type.pointee.tp_init, base.pointee.tp_init), same(type.pointee.tp_new, base.pointee.tp_new),
              plainSize, type.pointee.tp_itemsize == base.pointee.tp_itemsize else { return error }
        let args = Exceptions.arguments(e)
        let count = Tuple.count(args)
        guard count == 0 || (count == 1 && Tuple.item(args, 0).isExactly(Krait_str_type)) else { return error }
        if let dict = e.layout(PyBaseExceptionObject.self).pointee.dict, Dict.count(Value(dict)) > 0 { return error }
        guard let text = try? Protocols.str(e) else { return error }
        let message = Str.make("\(prefix) (\(TypeObject.name(type)): \(Str.swiftString(text)))")
        let replacement = Exceptions.instantiate(type, arguments: Tuple.make(message))
        let fields = replacement.layout(PyBaseExceptionObject.self)
        fields.pointee.cause = e.object
        fields.pointee.suppress_context = 1
        return PyException(replacement)
    }

    static func same<F>(_ a: F?, _ b: F?) -> Bool {
        guard let a, let b else { return false }
        return unsafeBitCast(a, to: UnsafeRawPointer.self) == unsafeBitCast(b, to: UnsafeRawPointer.self)
    }
}
