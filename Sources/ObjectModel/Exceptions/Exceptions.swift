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

    static func setUp() throws(PyException) {
        for (type, name, base) in hierarchy {
            TypeSetup.begin(type, name: name, basicSize: MemoryLayout<PyBaseExceptionObject>.size,
                            flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS), base: base)
        }
        let base = Krait_exc_BaseException!
        base.pointee.tp_dictoffset = MemoryLayout<PyObject>.size
        base.pointee.tp_traverse = traverse
        base.pointee.tp_getattro = Krait_object_type.pointee.tp_getattro
        base.pointee.tp_setattro = Krait_object_type.pointee.tp_setattro
        base.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try Exceptions.initialize(Value(o!), args, kwargs) }
        }
        // Every exception class has its own `__init__` in CPython.
        for (type, _, _) in hierarchy { type.pointee.tp_init = base.pointee.tp_init }
        base.pointee.tp_getset = ExceptionAttributes.table
        Krait_exc_StopIteration.pointee.tp_getset = ExceptionAttributes.stopIterationTable
        base.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try Exceptions.repr(Value(o!)) } }
        base.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try Exceptions.str(Value(o!)) } }
        Krait_exc_SyntaxError.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try Exceptions.syntaxErrorStr(Value(o!)) } }
        Krait_exc_KeyError.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try Exceptions.keyErrorStr(Value(o!)) } }
        base.pointee.tp_new = { type, args, _ in
            CBoundary.object { () throws(PyException) in
                let e = Allocation.object(type!, size: type!.pointee.tp_basicsize)
                e.layout(PyBaseExceptionObject.self).pointee.args = args ?? Tuple.make([]).object
                return Value(e)
            }
        }
        for (type, _, _) in hierarchy {
            NativeConstructors.register(type) { type, args throws(PyException) in
                Exceptions.instantiate(type, arguments: Tuple.make(UnsafeBufferPointer(start: args.base, count: args.count)))
            }
        }
        // CPython creates ExceptionGroup at start-up as a subclass of both.
        try TypeSetup.ready(Krait_exc_Exception)
        try TypeSetup.ready(Krait_exc_BaseExceptionGroup)
        Krait_exc_ExceptionGroup.pointee.tp_bases = Tuple.make(Value(Krait_exc_BaseExceptionGroup), Value(Krait_exc_Exception)).object
        for (type, _, _) in hierarchy { try TypeSetup.ready(type) }
    }

    @inline(__always)
    static func exception(_ v: Value) -> UnsafeMutablePointer<PyBaseExceptionObject> { v.layout(PyBaseExceptionObject.self) }

    /// A new instance with the given argument tuple.
    public static func instantiate(_ type: TypePointer, arguments: Value) -> Value {
        let e = Allocation.object(type, size: type.pointee.tp_basicsize)
        e.layout(PyBaseExceptionObject.self).pointee.args = arguments.object
        return Value(e)
    }

    public static func instantiate(_ type: TypePointer, arguments: [Value]) -> Value {
        instantiate(type, arguments: Tuple.make(arguments))
    }

    public static func arguments(_ e: Value) -> Value { Value(exception(e).pointee.args) }

    /// `BaseException.__init__(*args)`: stores the arguments; no keywords.
    static func initialize(_ e: Value, _ args: ObjectPointer?, _ kwargs: ObjectPointer?) throws(PyException) {
        if let kwargs, Dict.count(Value(kwargs)) > 0 {
            throw PyException.typeError("\(TypeObject.name(e.type)) does not take keyword arguments")
        }
        exception(e).pointee.args = args ?? Tuple.make([]).object
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
    /// `msg (file, line N)`, the file by its base name, as CPython's `SyntaxError_str`.
    static func syntaxErrorStr(_ e: Value) throws(PyException) -> Value {
        let msg = try Protocols.lookupAttribute(e, Interned.get("msg")) ?? .none
        let text = msg == .none ? try str(e) : try Protocols.str(msg)
        let file = try Protocols.lookupAttribute(e, Interned.get("filename"))
        let line = try Protocols.lookupAttribute(e, Interned.get("lineno"))
        let base = file.flatMap { $0.isExactly(Krait_str_type) ? Str.swiftString($0).split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) : nil }
        let number = line.flatMap { IntObject.check($0) ? IntObject.machineValue($0) : nil }
        switch (base, number) {
        case let (b?, n?): return Str.make(Str.swiftString(text) + " (\(b), line \(n))")
        case let (b?, nil): return Str.make(Str.swiftString(text) + " (\(b))")
        case let (nil, n?): return Str.make(Str.swiftString(text) + " (line \(n))")
        default: return text
        }
    }

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

    static let traverse: traverseproc = { object, visit, arg in
        let e = object!.layout(PyBaseExceptionObject.self)
        Trace.visit(e.pointee.dict, visit, arg)
        Trace.visit(e.pointee.args, visit, arg)
        Trace.visit(e.pointee.notes, visit, arg)
        Trace.visit(e.pointee.traceback, visit, arg)
        Trace.visit(e.pointee.context, visit, arg)
        Trace.visit(e.pointee.cause, visit, arg)
        return 0
    }
}
