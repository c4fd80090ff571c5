import ObjectLayout
import ObjectModel

/// The fields of UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError as
/// CPython's `PyUnicode*Error_Get*` functions read them: type-checked, with start
/// and end clamped to the object.
enum UnicodeErrorFields {
    static func fields(_ e: Value) -> UnsafeMutablePointer<PyUnicodeErrorObject> { e.layout(PyUnicodeErrorObject.self) }

    /// The exception's object: bytes for a decode error, str for the others.
    static func object(_ e: Value, bytes: Bool) throws(PyException) -> Value {
        guard let o = fields(e).pointee.object else { throw PyException.typeError("object attribute not set") }
        let v = Value(o)
        if bytes {
            guard BytesLike.isBytes(v) else { throw PyException.typeError("object attribute must be bytes") }
        } else {
            guard ModuleTypes.isStr(v) else { throw PyException.typeError("object attribute must be unicode") }
        }
        return v
    }

    static func size(_ object: Value, bytes: Bool) -> Int { bytes ? Bytes.count(object) : Str.length(object) }

    static func start(_ e: Value, size: Int) -> Int {
        var start = fields(e).pointee.start
        if start < 0 { start = 0 }
        if start >= size { start = size - 1 }
        return start
    }

    static func end(_ e: Value, size: Int) -> Int {
        var end = fields(e).pointee.end
        if end < 1 { end = 1 }
        if end > size { end = size }
        return end
    }

    static func encoding(_ e: Value) throws(PyException) -> String {
        guard let o = fields(e).pointee.encoding else { throw PyException.typeError("encoding attribute not set") }
        guard ModuleTypes.isStr(Value(o)) else { throw PyException.typeError("encoding attribute must be unicode") }
        return Str.swiftString(Value(o))
    }

    /// Points an exception made for an earlier error at the next one.
    static func update(_ e: Value, start: Int, end: Int, reason: String) {
        let reasonValue = Str.make(reason)
        let f = fields(e)
        f.pointee.start = start
        f.pointee.end = end
        f.pointee.reason = reasonValue.object
    }

    enum Kind { case encode, decode, translate }

    static func kind(_ e: Value) -> Kind? {
        if TypeObject.isSubtype(e.type, of: Krait_exc_UnicodeEncodeError) { return .encode }
        if TypeObject.isSubtype(e.type, of: Krait_exc_UnicodeDecodeError) { return .decode }
        if TypeObject.isSubtype(e.type, of: Krait_exc_UnicodeTranslateError) { return .translate }
        return nil
    }

    static func wrongType(_ e: Value) -> PyException {
        PyException.typeError("don't know how to handle \(TypeObject.name(e.type)) in error callback")
    }

    /// The object, start and end of a UnicodeError of the kind `kind`.
    static func span(_ e: Value, _ kind: Kind) throws(PyException) -> (object: Value, start: Int, end: Int) {
        let object = try object(e, bytes: kind == .decode)
        let size = size(object, bytes: kind == .decode)
        return (object, start(e, size: size), end(e, size: size))
    }
}
