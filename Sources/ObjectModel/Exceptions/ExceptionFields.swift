import ObjectLayout

/// The classes whose constructors fill fields of their own beyond `args`: SystemExit,
/// StopIteration, ImportError (and ModuleNotFoundError), NameError and AttributeError,
/// as CPython 3.11's `Objects/exceptions.c`.
enum ExceptionFields {
    static func configure() {
        let exit = Krait_exc_SystemExit!
        exit.pointee.tp_members = member("code", \PySystemExitObject.code, "exception code")
        Exceptions.setInit(exit) { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                let e = Value(o!)
                try Exceptions.initialize(e, args, kwargs)
                let args = Exceptions.arguments(e)
                let code = e.layout(PySystemExitObject.self)
                switch Tuple.count(args) {
                case 0: break
                case 1: code.pointee.code = Boxing.object(Tuple.item(args, 0))
                default: code.pointee.code = args.object
                }
            }
        }
        let stop = Krait_exc_StopIteration!
        stop.pointee.tp_members = member("value", \PyStopIterationObject.value, "generator return value")
        Exceptions.setInit(stop) { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                let e = Value(o!)
                try Exceptions.initialize(e, args, kwargs)
                let args = Exceptions.arguments(e)
                e.layout(PyStopIterationObject.self).pointee.value = Tuple.count(args) > 0 ? Boxing.object(Tuple.item(args, 0)) : Krait_None
            }
        }
        configureImportError()
        let name = Krait_exc_NameError!
        name.pointee.tp_members = member("name", \PyNameErrorObject.name, "name")
        Exceptions.setInit(name) { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                let e = Value(o!)
                try Exceptions.initialize(e, args, nil)
                let parsed = try ExceptionFields.keywords(kwargs, "NameError", ["name"])
                e.layout(PyNameErrorObject.self).pointee.name = parsed[0].map(Boxing.object)
            }
        }
        let attribute = Krait_exc_AttributeError!
        attribute.pointee.tp_members = MemberDescriptors.memberTable([
            objectField("name", \PyAttributeErrorObject.name, "attribute name"),
            objectField("obj", \PyAttributeErrorObject.obj, "object"),
        ])
        Exceptions.setInit(attribute) { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                let e = Value(o!)
                try Exceptions.initialize(e, args, nil)
                let parsed = try ExceptionFields.keywords(kwargs, "AttributeError", ["name", "obj"])
                e.layout(PyAttributeErrorObject.self).pointee.name = parsed[0].map(Boxing.object)
                e.layout(PyAttributeErrorObject.self).pointee.obj = parsed[1].map(Boxing.object)
            }
        }
    }

    static func configureImportError() {
        let type = Krait_exc_ImportError!
        type.pointee.tp_members = MemberDescriptors.memberTable([
            objectField("msg", \PyImportErrorObject.msg, "exception message"),
            objectField("name", \PyImportErrorObject.name, "module name"),
            objectField("path", \PyImportErrorObject.path, "module path"),
        ])
        Exceptions.setInit(type) { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                let e = Value(o!)
                try Exceptions.initialize(e, args, nil)
                let parsed = try ExceptionFields.keywords(kwargs, "ImportError", ["name", "path"])
                let fields = e.layout(PyImportErrorObject.self)
                fields.pointee.name = parsed[0].map(Boxing.object)
                fields.pointee.path = parsed[1].map(Boxing.object)
                let args = Exceptions.arguments(e)
                fields.pointee.msg = Tuple.count(args) == 1 ? Boxing.object(Tuple.item(args, 0)) : nil
            }
        }
        // `str(e)` is the message when it is a str, else BaseException's.
        type.pointee.tp_str = { o in
            CBoundary.object { () throws(PyException) in
                if let msg = o!.layout(PyImportErrorObject.self).pointee.msg, Value(msg).isExactly(Krait_str_type) { return Value(msg) }
                return try Exceptions.str(Value(o!))
            }
        }
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    return ExceptionMethods.reduce(s, arguments: Exceptions.arguments(s), state: try ExceptionFields.importErrorState(s))
                }
            },
        ])
    }

    /// The instance dict with `name` and `path` added when they are set.
    static func importErrorState(_ e: Value) throws(PyException) -> Value? {
        let fields = e.layout(PyImportErrorObject.self)
        let dict = fields.pointee.base.dict.map { Value($0) }
        guard fields.pointee.name != nil || fields.pointee.path != nil else { return dict }
        let state = dict == nil ? Dict.new() : try DictType.copy(dict!)
        if let name = fields.pointee.name { try Dict.setItem(state, Interned.literal("name"), Value(normalizing: name)) }
        if let path = fields.pointee.path { try Dict.setItem(state, Interned.literal("path"), Value(normalizing: path)) }
        return state
    }

    /// Keyword-only parameters of a constructor, as `PyArg_ParseTupleAndKeywords` with
    /// `"|$OO:Name"` over no positional arguments.
    static func keywords(_ kwargs: ObjectPointer?, _ function: String, _ names: [StaticString]) throws(PyException) -> ParsedArguments {
        let args = Arguments.from(tuple: nil, keywords: kwargs)
        return try args.parse(function, names)
    }

    /// A member for an object field that reads None while unset, as `T_OBJECT`.
    static func objectField<T>(_ name: String, _ path: KeyPath<T, UnsafeMutablePointer<PyObject>?>, _ doc: String)
        -> (name: String, type: Int32, offset: Int, readOnly: Bool, doc: String?) {
        (name: name, type: Int32(T_OBJECT), offset: MemoryLayout<T>.offset(of: path)!, readOnly: false, doc: doc)
    }

    static func member<T>(_ name: String, _ path: KeyPath<T, UnsafeMutablePointer<PyObject>?>, _ doc: String) -> UnsafeMutablePointer<PyMemberDef> {
        MemberDescriptors.memberTable([objectField(name, path, doc)])
    }
}
