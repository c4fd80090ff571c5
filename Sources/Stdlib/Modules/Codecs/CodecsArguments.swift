import ObjectLayout
import ObjectModel

/// Argument Clinic's conversions for `_codecs`' positional-only functions, with its messages.
enum CodecsArguments {
    /// Checks keywords (none) and the number of positional arguments.
    static func check(_ args: Arguments, _ name: String, min: Int, max: Int) throws(PyException) {
        try args.noKeywords("_codecs.\(name)")
        try args.positional(name, min: min, max: max)
    }

    /// A `str` argument (1-based `position`).
    static func text(_ v: Value, _ name: String, _ position: Int) throws(PyException) -> Value {
        guard ModuleTypes.isStr(v) else {
            throw PyException.typeError("\(name)() argument \(position) must be str, not \(TypeObject.argumentTypeName(v))")
        }
        return v
    }

    /// The `errors` argument: a str or None (nil when absent or None).
    static func errors(_ args: Arguments, _ index: Int, _ name: String) throws(PyException) -> Value? {
        guard let v = args.optional(index), v != .none else { return nil }
        guard ModuleTypes.isStr(v) else {
            throw PyException.typeError("\(name)() argument \(index + 1) must be str or None, not \(TypeObject.argumentTypeName(v))")
        }
        if Str.codePoints(v).contains(0) { throw PyException.valueError("embedded null character") }
        return v
    }

    /// A C int argument (`final`, `byteorder`).
    static func int(_ args: Arguments, _ index: Int, default value: Int) throws(PyException) -> Int {
        guard let v = args.optional(index) else { return value }
        guard let i = IntObject.machineValue(try Protocols.indexValue(v)), let small = Int32(exactly: i) else {
            throw PyException.overflowError("Python int too large to convert to C int")
        }
        return Int(small)
    }

    /// A `Py_buffer(accept={str, buffer})` argument: a str is taken as its UTF-8 bytes.
    static func bufferOrText(_ v: Value) throws(PyException) -> Value {
        if ModuleTypes.isStr(v) { return try TextCodecs.encode(v, try TextCodecs.lookup(Str.make("utf-8")), errors: "strict") }
        return try DecodeInput.bytes(v)
    }

    /// (object, length), what every codec function returns.
    static func result(_ object: Value, _ length: Int) -> Value {
        let n = IntObject.make(length)
        return Tuple.make(object, n)
    }
}
