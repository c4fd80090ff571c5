#if canImport(Glibc)
import Glibc
#endif
import ObjectLayout

/// `OSError` and its subclasses, as CPython 3.11's: `OSError(errno, strerror[,
/// filename[, winerror[, filename2]]])`, the subclass chosen by errno, and the
/// `[Errno N] text: 'file'` form of `str`.
enum OSErrors {
    /// The subclass `OSError(errno, ...)` builds for each errno (PEP 3151).
    static let subclassByErrno: [Int: TypePointer] = [
        Int(EAGAIN): Krait_exc_BlockingIOError, Int(EALREADY): Krait_exc_BlockingIOError,
        Int(EINPROGRESS): Krait_exc_BlockingIOError, // EWOULDBLOCK is EAGAIN on Linux
        Int(EPIPE): Krait_exc_BrokenPipeError, Int(ESHUTDOWN): Krait_exc_BrokenPipeError,
        Int(ECHILD): Krait_exc_ChildProcessError,
        Int(ECONNABORTED): Krait_exc_ConnectionAbortedError,
        Int(ECONNREFUSED): Krait_exc_ConnectionRefusedError,
        Int(ECONNRESET): Krait_exc_ConnectionResetError,
        Int(EEXIST): Krait_exc_FileExistsError,
        Int(ENOENT): Krait_exc_FileNotFoundError,
        Int(EISDIR): Krait_exc_IsADirectoryError,
        Int(ENOTDIR): Krait_exc_NotADirectoryError,
        Int(EINTR): Krait_exc_InterruptedError,
        Int(EACCES): Krait_exc_PermissionError, Int(EPERM): Krait_exc_PermissionError,
        Int(ESRCH): Krait_exc_ProcessLookupError,
        Int(ETIMEDOUT): Krait_exc_TimeoutError,
    ]

    static func configure() {
        let type = Krait_exc_OSError!
        type.pointee.tp_new = new
        Exceptions.setInit(type, initialize)
        type.pointee.tp_members = MemberDescriptors.memberTable([
            ExceptionFields.objectField("errno", \PyOSErrorObject.myerrno, "POSIX exception code"),
            ExceptionFields.objectField("strerror", \PyOSErrorObject.strerror, "exception strerror"),
            ExceptionFields.objectField("filename", \PyOSErrorObject.filename, "exception filename"),
            ExceptionFields.objectField("filename2", \PyOSErrorObject.filename2, "second exception filename"),
        ])
        type.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("characters_written", get: { o, _ in
                CBoundary.object { () throws(PyException) in
                    let written = o!.layout(PyOSErrorObject.self).pointee.written
                    if written == -1 { throw PyException.attributeError("characters_written") }
                    return IntObject.make(written)
                }
            }, set: { o, v, _ in
                CBoundary.status { () throws(PyException) in
                    let fields = o!.layout(PyOSErrorObject.self)
                    guard let v else {
                        if fields.pointee.written == -1 { throw PyException.attributeError("characters_written") }
                        fields.pointee.written = -1
                        return
                    }
                    fields.pointee.written = try Protocols.index(Value(normalizing: v), overflow: Krait_exc_ValueError)
                }
            }),
        ])
        type.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try OSErrors.str(Value(o!)) } }
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    return ExceptionMethods.reduce(s, arguments: OSErrors.reduceArguments(s), state: nil)
                }
            },
        ])
    }

    /// A class whose own `__init__` replaces OSError's, but whose `__new__` is
    /// OSError's, gets its arguments parsed by `__init__`, so `__new__` ignores
    /// any extra ones (CPython's `oserror_use_init`).
    static func parsesInInit(_ type: TypePointer) -> Bool {
        !Exceptions.same(type.pointee.tp_init, initialize) && Exceptions.same(type.pointee.tp_new, new)
    }

    static let new: newfunc = { type, args, kwargs in
        CBoundary.object { () throws(PyException) in
            let arguments = args.map { Value($0) } ?? Tuple.make([])
            guard !OSErrors.parsesInInit(type!) else { return Exceptions.allocate(type!, arguments: Tuple.make([])) }
            var cls = type!
            if let kwargs, Dict.count(Value(kwargs)) > 0 {
                throw PyException.typeError("\(String(cString: cls.pointee.tp_name))() takes no keyword arguments")
            }
            if cls == Krait_exc_OSError, (2...5).contains(Tuple.count(arguments)), IntObject.check(Tuple.item(arguments, 0)),
               let number = IntObject.machineValue(Tuple.item(arguments, 0)), let subclass = OSErrors.subclassByErrno[number] {
                cls = subclass
            }
            let e = Exceptions.allocate(cls, arguments: arguments)
            try OSErrors.fill(e, arguments)
            return e
        }
    }

    static let initialize: initproc = { o, args, kwargs in
        CBoundary.status { () throws(PyException) in
            let e = Value(o!)
            guard OSErrors.parsesInInit(e.type) else { return }
            try Exceptions.noKeywords(e, kwargs)
            try OSErrors.fill(e, args.map { Value($0) } ?? Tuple.make([]))
        }
    }

    /// CPython's `oserror_init`: with two to five arguments they are errno, strerror,
    /// filename, winerror (ignored off Windows) and filename2, and `args` keeps only the
    /// first two when there is a filename; BlockingIOError's third argument may be the
    /// number of characters written instead.
    static func fill(_ e: Value, _ arguments: Value) throws(PyException) {
        let fields = e.layout(PyOSErrorObject.self)
        let count = Tuple.count(arguments)
        var args = arguments
        if (2...5).contains(count) {
            fields.pointee.myerrno = Boxing.object(Tuple.item(arguments, 0))
            fields.pointee.strerror = Boxing.object(Tuple.item(arguments, 1))
            let filename = count > 2 ? Tuple.item(arguments, 2) : .none
            if filename != .none {
                if e.type == Krait_exc_BlockingIOError && isNumber(filename) {
                    fields.pointee.written = try Protocols.index(filename, overflow: Krait_exc_ValueError)
                } else {
                    fields.pointee.filename = Boxing.object(filename)
                    if count == 5 && Tuple.item(arguments, 4) != .none { fields.pointee.filename2 = Boxing.object(Tuple.item(arguments, 4)) }
                    args = Tuple.make(Tuple.item(arguments, 0), Tuple.item(arguments, 1))
                }
            }
        }
        fields.pointee.base.args = args.object
    }

    /// `PyNumber_Check`.
    static func isNumber(_ v: Value) -> Bool {
        guard let number = v.type.pointee.tp_as_number else { return false }
        return number.pointee.nb_index != nil || number.pointee.nb_int != nil || number.pointee.nb_float != nil
    }

    static func field(_ p: ObjectPointer?) -> Value { p.map { Value(normalizing: $0) } ?? .none }

    static func str(_ e: Value) throws(PyException) -> Value {
        let fields = e.layout(PyOSErrorObject.self).pointee
        let errno = try Protocols.str(field(fields.myerrno))
        let strerror = try Protocols.str(field(fields.strerror))
        let prefix = "[Errno \(Str.swiftString(errno))] \(Str.swiftString(strerror))"
        if let filename = fields.filename {
            var text = prefix + ": " + (try Protocols.reprText(Value(normalizing: filename)))
            if let filename2 = fields.filename2 { text += " -> " + (try Protocols.reprText(Value(normalizing: filename2))) }
            return Str.make(text)
        }
        if fields.myerrno != nil && fields.strerror != nil { return Str.make(prefix) }
        return try Exceptions.str(e)
    }

    /// `args` as given to the constructor: the filenames put back after errno and strerror.
    static func reduceArguments(_ e: Value) -> Value {
        let fields = e.layout(PyOSErrorObject.self).pointee
        let args = Exceptions.arguments(e)
        guard Tuple.count(args) == 2, let filename = fields.filename else { return args }
        guard let filename2 = fields.filename2 else { return Tuple.make([Tuple.item(args, 0), Tuple.item(args, 1), Value(normalizing: filename)]) }
        return Tuple.make([Tuple.item(args, 0), Tuple.item(args, 1), Value(normalizing: filename), .none, Value(normalizing: filename2)])
    }
}
