import ObjectLayout

/// UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError: their five (or,
/// for translation, four) arguments, fields and messages, as CPython 3.11's.
public enum UnicodeErrors {
    enum Kind { case decode, encode, translate }

    static func configure() {
        typealias U = PyUnicodeErrorObject
        for type in [Krait_exc_UnicodeDecodeError!, Krait_exc_UnicodeEncodeError!, Krait_exc_UnicodeTranslateError!] {
            type.pointee.tp_members = MemberDescriptors.memberTable([
                ExceptionFields.objectField("encoding", \U.encoding, "exception encoding"),
                ExceptionFields.objectField("object", \U.object, "exception object"),
                (name: "start", type: Int32(T_PYSSIZET), offset: MemoryLayout<U>.offset(of: \U.start)!, readOnly: false, doc: "exception start"),
                (name: "end", type: Int32(T_PYSSIZET), offset: MemoryLayout<U>.offset(of: \U.end)!, readOnly: false, doc: "exception end"),
                ExceptionFields.objectField("reason", \U.reason, "exception reason"),
            ])
        }
        Exceptions.setInit(Krait_exc_UnicodeDecodeError) { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try UnicodeErrors.initialize(Value(o!), args, kwargs, .decode) }
        }
        Exceptions.setInit(Krait_exc_UnicodeEncodeError) { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try UnicodeErrors.initialize(Value(o!), args, kwargs, .encode) }
        }
        Exceptions.setInit(Krait_exc_UnicodeTranslateError) { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try UnicodeErrors.initialize(Value(o!), args, kwargs, .translate) }
        }
        Krait_exc_UnicodeDecodeError.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try UnicodeErrors.str(Value(o!), .decode) } }
        Krait_exc_UnicodeEncodeError.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try UnicodeErrors.str(Value(o!), .encode) } }
        Krait_exc_UnicodeTranslateError.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try UnicodeErrors.str(Value(o!), .translate) } }
    }

    /// A UnicodeDecodeError for `object[start..<end]`, as a codec raises it.
    public static func decodeError(encoding: String, object: Value, start: Int, end: Int, reason: String) -> PyException {
        // Made one by one, each kept by a local while the next is made (an array literal would not root them).
        let encodingValue = Str.make(encoding), reasonValue = Str.make(reason)
        return PyException(Exceptions.instantiate(Krait_exc_UnicodeDecodeError, arguments: [
            encodingValue, object, IntObject.make(start), IntObject.make(end), reasonValue]))
    }

    /// A UnicodeEncodeError for `object[start..<end]`, as a codec raises it.
    public static func encodeError(encoding: String, object: Value, start: Int, end: Int, reason: String) -> PyException {
        // Made one by one, each kept by a local while the next is made (an array literal would not root them).
        let encodingValue = Str.make(encoding), reasonValue = Str.make(reason)
        return PyException(Exceptions.instantiate(Krait_exc_UnicodeEncodeError, arguments: [
            encodingValue, object, IntObject.make(start), IntObject.make(end), reasonValue]))
    }

    /// PyArg_ParseTuple with "UOnnU" (decode: the object any buffer, kept as bytes),
    /// "UUnnU" (encode) or "UnnU" (translate); its messages name no function.
    static func initialize(_ e: Value, _ args: ObjectPointer?, _ kwargs: ObjectPointer?, _ kind: Kind) throws(PyException) {
        try Exceptions.initialize(e, args, kwargs)
        let arguments = Exceptions.arguments(e)
        let expected = kind == .translate ? 4 : 5
        guard Tuple.count(arguments) == expected else {
            throw PyException.typeError("function takes exactly \(expected) arguments (\(Tuple.count(arguments)) given)")
        }
        var i = 0
        func next() -> Value { defer { i += 1 }; return Tuple.item(arguments, i) }
        func string(_ v: Value) throws(PyException) -> ObjectPointer {
            guard TypeObject.isSubtype(v.type, of: Krait_str_type) else {
                throw PyException.typeError("argument \(i) must be str, not \(TypeObject.argumentTypeName(v))")
            }
            return v.object
        }
        let fields = e.layout(PyUnicodeErrorObject.self)
        let encoding = kind == .translate ? nil : try string(next())
        let object: ObjectPointer
        switch kind {
        case .decode:
            // Any buffer, kept as bytes.
            let v = next()
            object = v.isExactly(Krait_bytes_type) ? v.object : Bytes.make(try BytesLike.argument(v).raw).object
        case .encode, .translate:
            object = try string(next())
        }
        let start = try Protocols.index(next(), overflow: Krait_exc_OverflowError)
        let end = try Protocols.index(next(), overflow: Krait_exc_OverflowError)
        let reason = try string(next())
        fields.pointee.encoding = encoding
        fields.pointee.object = object
        fields.pointee.start = start
        fields.pointee.end = end
        fields.pointee.reason = reason
    }

    static func str(_ e: Value, _ kind: Kind) throws(PyException) -> Value {
        let fields = e.layout(PyUnicodeErrorObject.self).pointee
        // An instance whose `__init__` never ran has no object, and CPython shows ''.
        guard let objectPointer = fields.object else { return Str.make("") }
        let object = Value(objectPointer)
        let reason = Str.swiftString(try Protocols.str(fields.reason.map { Value($0) } ?? .none))
        let codec = kind == .translate ? "" : "'\(Str.swiftString(try Protocols.str(fields.encoding.map { Value($0) } ?? .none)))' codec "
        let (start, end) = (fields.start, fields.end)
        switch kind {
        case .decode:
            if start >= 0 && start < Bytes.count(object) && end == start + 1 {
                let byte = Bytes.data(object).load(fromByteOffset: start, as: UInt8.self)
                let hex = String(byte, radix: 16)
                return Str.make("\(codec)can't decode byte 0x\(hex.count == 1 ? "0" + hex : hex) in position \(start): \(reason)")
            }
            return Str.make("\(codec)can't decode bytes in position \(start)-\(end - 1): \(reason)")
        case .encode, .translate:
            let verb = kind == .encode ? "encode" : "translate"
            if start >= 0 && start < Str.length(object) && end == start + 1 {
                let c = StrView(object)[start]
                return Str.make("\(codec)can't \(verb) character '\(StrCodecs.escape(c))' in position \(start): \(reason)")
            }
            return Str.make("\(codec)can't \(verb) characters in position \(start)-\(end - 1): \(reason)")
        }
    }
}
