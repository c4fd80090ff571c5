import ObjectLayout
import ObjectModel

/// `PyArg_ParseTuple`'s checks, which `_socket`'s METH_VARARGS methods use: its
/// argument counts and its "i" converter, whose messages differ from Argument
/// Clinic's.
enum TupleArguments {
    /// "recv() takes at least 1 argument (0 given)"; keywords refused with the
    /// caller's qualified name ("socket.recv() takes no keyword arguments").
    static func check(_ args: Arguments, _ name: String, qualified: String, min: Int, max: Int) throws(PyException) {
        try args.noKeywords(qualified)
        let n = args.count
        guard n < min || n > max else { return }
        let bound = n < min ? min : max
        let quantity = min == max ? "exactly" : n < min ? "at least" : "at most"
        throw PyException.typeError("\(name)() takes \(quantity) \(bound) argument\(bound == 1 ? "" : "s") (\(n) given)")
    }

    /// The "i" converter: an int (or `__index__`) that fits a C int.
    static func int(_ v: Value) throws(PyException) -> Int32 {
        let i = try Protocols.indexValue(v)
        guard let value = IntObject.machineValue(i) else {
            throw PyException.overflowError("Python int too large to convert to C long")
        }
        if value > Int(Int32.max) { throw PyException.overflowError("signed integer is greater than maximum") }
        if value < Int(Int32.min) { throw PyException.overflowError("signed integer is less than minimum") }
        return Int32(value)
    }

    /// The "I" converter: any int, its low 32 bits (`PyLong_AsUnsignedLongMask`).
    static func uintMask(_ v: Value) throws(PyException) -> UInt32 {
        guard IntObject.check(v) else { return UInt32(truncatingIfNeeded: try int(v)) }
        if let small = IntObject.machineValue(v) { return UInt32(truncatingIfNeeded: small) }
        let low = try Protocols.binary(v, IntObject.make(0xFFFF_FFFF), .and)
        return UInt32(IntObject.machineValue(low)!)
    }

    /// The "n" converter: a Py_ssize_t.
    static func ssize(_ v: Value) throws(PyException) -> Int { try NativeModule.ssize(v) }

    /// `PyLong_AsLong`, as for socket descriptors.
    static func long(_ v: Value) throws(PyException) -> Int {
        guard let value = IntObject.machineValue(try Protocols.indexValue(v)) else {
            throw PyException.overflowError("Python int too large to convert to C long")
        }
        return value
    }

    /// The "s" converter: a str without NUL characters, as UTF-8 bytes.
    static func string(_ v: Value, _ function: String, position: Int) throws(PyException) -> [UInt8] {
        guard ModuleTypes.isStr(v) else {
            throw PyException.typeError("\(function)() argument \(position) must be str, not \(TypeObject.name(v.type))")
        }
        let bytes = Array(Str.swiftString(v).utf8)
        if bytes.contains(0) { throw PyException.valueError("embedded null character") }
        return bytes
    }
}
