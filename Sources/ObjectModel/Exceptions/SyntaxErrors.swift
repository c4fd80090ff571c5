import ObjectLayout

/// `SyntaxError` (and IndentationError, TabError): `SyntaxError(msg, (filename,
/// lineno, offset, text[, end_lineno, end_offset]))` and `str` as `msg (file, line N)`.
enum SyntaxErrors {
    static func configure() {
        let type = Krait_exc_SyntaxError!
        typealias S = PySyntaxErrorObject
        type.pointee.tp_members = MemberDescriptors.memberTable([
            ExceptionFields.objectField("msg", \S.msg, "exception msg"),
            ExceptionFields.objectField("filename", \S.filename, "exception filename"),
            ExceptionFields.objectField("lineno", \S.lineno, "exception lineno"),
            ExceptionFields.objectField("offset", \S.offset, "exception offset"),
            ExceptionFields.objectField("text", \S.text, "exception text"),
            ExceptionFields.objectField("end_lineno", \S.end_lineno, "exception end lineno"),
            ExceptionFields.objectField("end_offset", \S.end_offset, "exception end offset"),
            ExceptionFields.objectField("print_file_and_line", \S.print_file_and_line, "exception print_file_and_line"),
        ])
        Exceptions.setInit(type) { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try SyntaxErrors.initialize(Value(o!), args, kwargs) }
        }
        type.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try SyntaxErrors.str(Value(o!)) } }
    }

    static func initialize(_ e: Value, _ args: ObjectPointer?, _ kwargs: ObjectPointer?) throws(PyException) {
        try Exceptions.initialize(e, args, kwargs)
        let arguments = Exceptions.arguments(e)
        let fields = e.layout(PySyntaxErrorObject.self)
        if Tuple.count(arguments) >= 1 { fields.pointee.msg = Boxing.object(Tuple.item(arguments, 0)) }
        guard Tuple.count(arguments) == 2 else { return }
        let info = try Protocols.call(Value(Krait_tuple_type), Tuple.item(arguments, 1))
        let count = Tuple.count(info)
        // PyArg_ParseTuple's "OOOO|OO", which names no function.
        if count < 4 { throw PyException.typeError("function takes at least 4 arguments (\(count) given)") }
        if count > 6 { throw PyException.typeError("function takes at most 6 arguments (\(count) given)") }
        func item(_ i: Int) -> ObjectPointer? { i < count ? Boxing.object(Tuple.item(info, i)) : nil }
        fields.pointee.filename = item(0)
        fields.pointee.lineno = item(1)
        fields.pointee.offset = item(2)
        fields.pointee.text = item(3)
        fields.pointee.end_lineno = item(4)
        fields.pointee.end_offset = item(5)
        if count == 5 { throw PyException.typeError("end_offset must be provided when end_lineno is provided") }
    }

    /// `msg (file, line N)`, the file by its base name, as CPython's `SyntaxError_str`.
    static func str(_ e: Value) throws(PyException) -> Value {
        let fields = e.layout(PySyntaxErrorObject.self).pointee
        let msg = try Protocols.str(fields.msg.map { Value(normalizing: $0) } ?? .none)
        let file = fields.filename.map { Value(normalizing: $0) }.flatMap { f in
            TypeObject.isSubtype(f.type, of: Krait_str_type) ? Str.swiftString(f).split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) : nil
        }
        let line = fields.lineno.map { Value(normalizing: $0) }.flatMap { n in IntObject.checkExact(n) ? IntObject.machineValue(n) ?? -1 : nil }
        switch (file, line) {
        case let (f?, n?): return Str.make(Str.swiftString(msg) + " (\(f), line \(n))")
        case let (f?, nil): return Str.make(Str.swiftString(msg) + " (\(f))")
        case let (nil, n?): return Str.make(Str.swiftString(msg) + " (line \(n))")
        default: return msg
        }
    }
}
