import Interpreter
import ObjectLayout
import ObjectModel

/// Exceptions that cannot propagate (raised by `__del__`, weak reference callbacks,
/// generators closed by the collector) go to `sys.unraisablehook`, as CPython's
/// `PyErr_WriteUnraisable`; the default hook prints them as CPython's does.
enum Unraisable {
    /// The class of the hook's argument (CPython's `UnraisableHookArgs` struct sequence;
    /// here a plain class with the same attributes).
    nonisolated(unsafe) static var argumentsType: Value = .empty

    static func write(_ error: PyException, message: String?, object: Value) {
        let hook = try? Dict.getItem(SysModule.dict, Interned.literal("unraisablehook"))
        guard let hook, hook != defaultHook else {
            StandardIO.writeError(text(error, message: message, object: object))
            return
        }
        do throws(PyException) {
            _ = try Protocols.call(hook, try arguments(error, message: message, object: object))
        } catch {
            StandardIO.writeError(text(error, message: "Exception ignored in sys.unraisablehook", object: hook))
        }
    }

    /// What the default hook prints: the message and the object, the traceback, the
    /// exception (no chained exceptions, as `write_unraisable_exc_file`).
    static func text(_ error: PyException, message: String?, object: Value) -> String {
        var out = ""
        if !object.isEmpty && object != .none {
            let described = (try? Protocols.repr(object)).map { Str.swiftString($0) } ?? "<object repr() failed>"
            out += (message ?? "Exception ignored in") + ": " + described + "\n"
        } else if let message {
            out += message + ":\n"
        }
        if let tb = error.value.layout(PyBaseExceptionObject.self).pointee.traceback, Value(tb) != .none {
            out += "Traceback (most recent call last):\n" + TracebackPrinter.entriesText(Value(tb))
        }
        return out + TracebackPrinter.exceptionLine(error.value)
    }

    static func arguments(_ error: PyException, message: String?, object: Value) throws(PyException) -> Value {
        if argumentsType.isEmpty {
            argumentsType = try HeapType.new(Krait_type_type, name: Str.make("UnraisableHookArgs"), bases: Tuple.make([]),
                                             namespace: Dict.new())
            Allocation.makeImmortal(argumentsType.object)
        }
        let arguments = try Protocols.call(argumentsType)
        let tb = error.value.layout(PyBaseExceptionObject.self).pointee.traceback.map { Value($0) } ?? .none
        try Protocols.setAttribute(arguments, Interned.literal("exc_type"), Value(error.value.type))
        try Protocols.setAttribute(arguments, Interned.literal("exc_value"), error.value)
        try Protocols.setAttribute(arguments, Interned.literal("exc_traceback"), tb)
        try Protocols.setAttribute(arguments, Interned.literal("err_msg"), message.map { Str.make($0) } ?? .none)
        try Protocols.setAttribute(arguments, Interned.literal("object"), object.isEmpty ? .none : object)
        return arguments
    }

    /// `sys.unraisablehook` and `sys.__unraisablehook__` as the runtime starts.
    nonisolated(unsafe) static var defaultHook: Value = .empty

    static let hookSpec = MethodSpec("unraisablehook", doc: "unraisablehook($module, unraisable, /)\n--\n\nHandle an unraisable exception.\n\nThe unraisable argument has the following attributes:\n\n* exc_type: Exception type.\n* exc_value: Exception value, can be None.\n* exc_traceback: Exception traceback, can be None.\n* err_msg: Error message, can be None.\n* object: Object causing the exception, can be None.") { _, a, n, k in
        CBoundary.value { () throws(PyException) in
            let unraisable = try Arguments(a, n, k).one("sys.unraisablehook")
            let value = try Protocols.getAttribute(unraisable, "exc_value")
            let message = try Protocols.getAttribute(unraisable, "err_msg")
            let object = try Protocols.getAttribute(unraisable, "object")
            guard Interpreter.isException(value) else { return .none }
            StandardIO.writeError(Unraisable.text(PyException(value), message: message == .none ? nil : Str.swiftString(message), object: object))
            return .none
        }
    }
}
