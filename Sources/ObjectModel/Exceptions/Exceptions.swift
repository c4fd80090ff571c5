import ObjectLayout

/// The builtin exception classes and `BaseException`'s behaviour.
public enum Exceptions {
    /// Every builtin exception class with its base, in CPython 3.11's hierarchy.
    public static let hierarchy: [(TypePointer, String, TypePointer?)] = [
        (Krait_exc_BaseException, "BaseException", nil),
        (Krait_exc_BaseExceptionGroup, "BaseExceptionGroup", Krait_exc_BaseException),
        (Krait_exc_Exception, "Exception", Krait_exc_BaseException),
        (Krait_exc_ExceptionGroup, "ExceptionGroup", Krait_exc_BaseExceptionGroup),
        (Krait_exc_ArithmeticError, "ArithmeticError", Krait_exc_Exception),
        (Krait_exc_FloatingPointError, "FloatingPointError", Krait_exc_ArithmeticError),
        (Krait_exc_OverflowError, "OverflowError", Krait_exc_ArithmeticError),
        (Krait_exc_ZeroDivisionError, "ZeroDivisionError", Krait_exc_ArithmeticError),
        (Krait_exc_AssertionError, "AssertionError", Krait_exc_Exception),
        (Krait_exc_AttributeError, "AttributeError", Krait_exc_Exception),
        (Krait_exc_BufferError, "BufferError", Krait_exc_Exception),
        (Krait_exc_EOFError, "EOFError", Krait_exc_Exception),
        (Krait_exc_ImportError, "ImportError", Krait_exc_Exception),
        (Krait_exc_ModuleNotFoundError, "ModuleNotFoundError", Krait_exc_ImportError),
        (Krait_exc_LookupError, "LookupError", Krait_exc_Exception),
        (Krait_exc_IndexError, "IndexError", Krait_exc_LookupError),
        (Krait_exc_KeyError, "KeyError", Krait_exc_LookupError),
        (Krait_exc_MemoryError, "MemoryError", Krait_exc_Exception),
        (Krait_exc_NameError, "NameError", Krait_exc_Exception),
        (Krait_exc_UnboundLocalError, "UnboundLocalError", Krait_exc_NameError),
        (Krait_exc_OSError, "OSError", Krait_exc_Exception),
        (Krait_exc_BlockingIOError, "BlockingIOError", Krait_exc_OSError),
        (Krait_exc_ChildProcessError, "ChildProcessError", Krait_exc_OSError),
        (Krait_exc_ConnectionError, "ConnectionError", Krait_exc_OSError),
        (Krait_exc_BrokenPipeError, "BrokenPipeError", Krait_exc_ConnectionError),
        (Krait_exc_ConnectionAbortedError, "ConnectionAbortedError", Krait_exc_ConnectionError),
        (Krait_exc_ConnectionRefusedError, "ConnectionRefusedError", Krait_exc_ConnectionError),
        (Krait_exc_ConnectionResetError, "ConnectionResetError", Krait_exc_ConnectionError),
        (Krait_exc_FileExistsError, "FileExistsError", Krait_exc_OSError),
        (Krait_exc_FileNotFoundError, "FileNotFoundError", Krait_exc_OSError),
        (Krait_exc_InterruptedError, "InterruptedError", Krait_exc_OSError),
        (Krait_exc_IsADirectoryError, "IsADirectoryError", Krait_exc_OSError),
        (Krait_exc_NotADirectoryError, "NotADirectoryError", Krait_exc_OSError),
        (Krait_exc_PermissionError, "PermissionError", Krait_exc_OSError),
        (Krait_exc_ProcessLookupError, "ProcessLookupError", Krait_exc_OSError),
        (Krait_exc_TimeoutError, "TimeoutError", Krait_exc_OSError),
        (Krait_exc_ReferenceError, "ReferenceError", Krait_exc_Exception),
        (Krait_exc_RuntimeError, "RuntimeError", Krait_exc_Exception),
        (Krait_exc_NotImplementedError, "NotImplementedError", Krait_exc_RuntimeError),
        (Krait_exc_RecursionError, "RecursionError", Krait_exc_RuntimeError),
        (Krait_exc_StopAsyncIteration, "StopAsyncIteration", Krait_exc_Exception),
        (Krait_exc_StopIteration, "StopIteration", Krait_exc_Exception),
        (Krait_exc_SyntaxError, "SyntaxError", Krait_exc_Exception),
        (Krait_exc_IndentationError, "IndentationError", Krait_exc_SyntaxError),
        (Krait_exc_TabError, "TabError", Krait_exc_IndentationError),
        (Krait_exc_SystemError, "SystemError", Krait_exc_Exception),
        (Krait_exc_TypeError, "TypeError", Krait_exc_Exception),
        (Krait_exc_ValueError, "ValueError", Krait_exc_Exception),
        (Krait_exc_UnicodeError, "UnicodeError", Krait_exc_ValueError),
        (Krait_exc_UnicodeDecodeError, "UnicodeDecodeError", Krait_exc_UnicodeError),
        (Krait_exc_UnicodeEncodeError, "UnicodeEncodeError", Krait_exc_UnicodeError),
        (Krait_exc_UnicodeTranslateError, "UnicodeTranslateError", Krait_exc_UnicodeError),
        (Krait_exc_Warning, "Warning", Krait_exc_Exception),
        (Krait_exc_BytesWarning, "BytesWarning", Krait_exc_Warning),
        (Krait_exc_DeprecationWarning, "DeprecationWarning", Krait_exc_Warning),
        (Krait_exc_EncodingWarning, "EncodingWarning", Krait_exc_Warning),
        (Krait_exc_FutureWarning, "FutureWarning", Krait_exc_Warning),
        (Krait_exc_ImportWarning, "ImportWarning", Krait_exc_Warning),
        (Krait_exc_PendingDeprecationWarning, "PendingDeprecationWarning", Krait_exc_Warning),
        (Krait_exc_ResourceWarning, "ResourceWarning", Krait_exc_Warning),
        (Krait_exc_RuntimeWarning, "RuntimeWarning", Krait_exc_Warning),
        (Krait_exc_SyntaxWarning, "SyntaxWarning", Krait_exc_Warning),
        (Krait_exc_UnicodeWarning, "UnicodeWarning", Krait_exc_Warning),
        (Krait_exc_UserWarning, "UserWarning", Krait_exc_Warning),
        (Krait_exc_GeneratorExit, "GeneratorExit", Krait_exc_BaseException),
        (Krait_exc_KeyboardInterrupt, "KeyboardInterrupt", Krait_exc_BaseException),
        (Krait_exc_SystemExit, "SystemExit", Krait_exc_BaseException),
    ]

    /// The classes CPython makes with a layout of their own (`ComplexExtendsException`,
    /// `MiddlingExtendsException`) and no `__new__`, so they inherit their base's.
    static let inheritsNew: Set<String> = ["AttributeError", "NameError", "UnboundLocalError", "ImportError",
                                           "ModuleNotFoundError", "StopIteration", "SystemExit", "KeyError",
                                           "SyntaxError", "IndentationError", "TabError", "ExceptionGroup"]

    static func isOSErrorSubclass(_ type: TypePointer) -> Bool {
        var base = type.pointee.tp_base
        while let b = base {
            if b == Krait_exc_OSError { return true }
            base = b.pointee.tp_base
        }
        return false
    }

    static func setUp() throws(PyException) {
        let layouts = ExceptionLayouts.layouts()
        for (type, name, base) in hierarchy {
            TypeSetup.begin(type, name: name, basicSize: layouts[UInt(bitPattern: type)]!.size,
                            flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS), base: base)
            type.pointee.tp_traverse = layouts[UInt(bitPattern: type)]!.traverse
        }
        let base = Krait_exc_BaseException!
        base.pointee.tp_dictoffset = MemoryLayout<PyObject>.size
        base.pointee.tp_getattro = Krait_object_type.pointee.tp_getattro
        base.pointee.tp_setattro = Krait_object_type.pointee.tp_setattro
        base.pointee.tp_new = newException
        base.pointee.tp_init = initException
        // Every exception class has its own `__init__` in CPython, and its own `__new__`
        // unless it is one of those with fields of their own (or an OSError subclass).
        for (type, name, _) in hierarchy {
            type.pointee.tp_init = initException
            if type.pointee.tp_new == nil && !inheritsNew.contains(name) && !isOSErrorSubclass(type) { type.pointee.tp_new = newException }
        }
        base.pointee.tp_getset = ExceptionAttributes.table
        base.pointee.tp_methods = ExceptionMethods.table
        base.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try Exceptions.repr(Value(o!)) } }
        base.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try Exceptions.str(Value(o!)) } }
        // CPython names BaseException's str in these two, so they have a `__str__` of their own.
        Krait_exc_AttributeError.pointee.tp_str = base.pointee.tp_str
        Krait_exc_NameError.pointee.tp_str = base.pointee.tp_str
        Krait_exc_KeyError.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try Exceptions.keyErrorStr(Value(o!)) } }
        ExceptionFields.configure()
        OSErrors.configure()
        SyntaxErrors.configure()
        UnicodeErrors.configure()
        ExceptionGroups.configure()
        // CPython creates ExceptionGroup at start-up as a subclass of both.
        try TypeSetup.ready(Krait_exc_Exception)
        try TypeSetup.ready(Krait_exc_BaseExceptionGroup)
        Krait_exc_ExceptionGroup.pointee.tp_bases = Tuple.make(Value(Krait_exc_BaseExceptionGroup), Value(Krait_exc_Exception)).object
        for (type, _, _) in hierarchy { try TypeSetup.ready(type) }
        // In the dicts rather than tp_doc, whose reader strips what looks like a signature
        // (and trips on docs ending in "()."): these docs are plain text.
        for (type, name, _) in hierarchy {
            if let doc = ExceptionDocs.docs[name] { try Dict.setItem(Value(type.pointee.tp_dict!), Interned.literal("__doc__"), Str.make(doc)) }
        }
        // Made as a class statement would make it, ExceptionGroup's dict names its module.
        try Dict.setItem(Value(Krait_exc_ExceptionGroup.pointee.tp_dict!), Interned.literal("__module__"), Str.make("builtins"))
        // Classes built the plain way skip the argument tuple and dict of a `tp_new` call.
        for (type, _, _) in hierarchy where same(type.pointee.tp_new, newException) && same(type.pointee.tp_init, initException) {
            NativeConstructors.register(type) { type, args throws(PyException) in
                if args.keywordCount > 0 { throw PyException.typeError("\(String(cString: type.pointee.tp_name))() takes no keyword arguments") }
                return Exceptions.allocate(type, arguments: Tuple.make(UnsafeBufferPointer(start: args.base, count: args.count)))
            }
        }
    }

    /// `BaseException.__new__`: the arguments are kept, whatever `__init__` later does.
    static let newException: newfunc = { type, args, _ in
        CBoundary.object { () throws(PyException) in Exceptions.allocate(type!, arguments: args.map { Value($0) } ?? Tuple.make([])) }
    }

    /// `BaseException.__init__(*args)`: stores the arguments; no keywords.
    static let initException: initproc = { o, args, kwargs in
        CBoundary.status { () throws(PyException) in try Exceptions.initialize(Value(o!), args, kwargs) }
    }

    /// `__init__` of `root` and of the builtin classes below it (which CPython gives
    /// their base's `__init__`).
    static func setInit(_ root: TypePointer, _ function: initproc) {
        for (type, _, _) in hierarchy where descends(type, from: root) { type.pointee.tp_init = function }
    }

    /// Whether two C function pointers are the same function.
    static func same<F>(_ a: F?, _ b: F) -> Bool {
        guard let a else { return false }
        return unsafeBitCast(a, to: UnsafeRawPointer.self) == unsafeBitCast(b, to: UnsafeRawPointer.self)
    }

    /// Whether `type` is `base` or below it, by `tp_base` (usable before the MROs exist).
    static func descends(_ type: TypePointer, from base: TypePointer) -> Bool {
        var t: TypePointer? = type
        while let current = t {
            if current == base { return true }
            t = current.pointee.tp_base
        }
        return false
    }

    @inline(__always)
    static func exception(_ v: Value) -> UnsafeMutablePointer<PyBaseExceptionObject> { v.layout(PyBaseExceptionObject.self) }

    /// A new instance whose fields beyond `args` are all unset.
    static func allocate(_ type: TypePointer, arguments: Value) -> Value {
        let e = Allocation.object(type, size: type.pointee.tp_basicsize)
        e.layout(PyBaseExceptionObject.self).pointee.args = arguments.object
        if TypeObject.isSubtype(type, of: Krait_exc_OSError) { e.layout(PyOSErrorObject.self).pointee.written = -1 }
        return Value(e)
    }

    /// A new instance of a builtin exception class built from `arguments` as calling the
    /// class would (`OSError(2, ...)` gives a FileNotFoundError, `StopIteration(v).value`
    /// is `v`). Swift code also builds some classes from a message alone (a codec's
    /// UnicodeDecodeError before it has its five arguments); when the class refuses the
    /// arguments, the instance keeps just them, with its other fields unset.
    public static func instantiate(_ type: TypePointer, arguments: Value) -> Value {
        if let new = type.pointee.tp_new, let object = new(type, arguments.object, nil) {
            let e = Value(object)
            if e.type.pointee.tp_init!(object, arguments.object, nil) == 0 { return e }
        }
        _ = CBoundary.takePending()
        return allocate(type, arguments: arguments)
    }

    public static func instantiate(_ type: TypePointer, arguments: [Value]) -> Value {
        instantiate(type, arguments: Tuple.make(arguments))
    }

    public static func arguments(_ e: Value) -> Value { Value(exception(e).pointee.args) }

    static func initialize(_ e: Value, _ args: ObjectPointer?, _ kwargs: ObjectPointer?) throws(PyException) {
        try noKeywords(e, kwargs)
        exception(e).pointee.args = args ?? Tuple.make([]).object
    }

    /// CPython's `_PyArg_NoKeywords`, named after the instance's class.
    static func noKeywords(_ e: Value, _ kwargs: ObjectPointer?) throws(PyException) {
        if let kwargs, Dict.count(Value(kwargs)) > 0 {
            throw PyException.typeError("\(String(cString: e.type.pointee.tp_name))() takes no keyword arguments")
        }
    }

    /// `str(e)`: '' without arguments, str of the only one, else str of the tuple.
    static func str(_ e: Value) throws(PyException) -> Value {
        let args = arguments(e)
        switch Tuple.count(args) {
        case 0: return Str.make("")
        case 1: return try Protocols.str(Tuple.item(args, 0))
        default: return try Protocols.str(args)
        }
    }

    /// `KeyError(k)` shows `repr(k)`, so `KeyError('')` is not blank.
    static func keyErrorStr(_ e: Value) throws(PyException) -> Value {
        let args = arguments(e)
        if Tuple.count(args) == 1 { return try Protocols.repr(Tuple.item(args, 0)) }
        return try str(e)
    }

    /// `repr(e)`: `Name('one')` or `Name(1, 2)`.
    static func repr(_ e: Value) throws(PyException) -> Value {
        let name = TypeObject.name(e.type)
        let args = arguments(e)
        if Tuple.count(args) == 1 {
            return Str.make("\(name)(\(try Protocols.reprText(Tuple.item(args, 0))))")
        }
        return Str.make(name + (try Protocols.reprText(args)))
    }
}
