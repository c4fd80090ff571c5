import Interpreter
import ObjectLayout
import ObjectModel

/// `sys.excepthook`: what prints an uncaught exception. The default writes CPython's
/// traceback text to `sys.stderr`; a program may replace it, and the runtime then
/// calls the replacement, as `PyErr_PrintEx` does.
enum SysExceptHook {
    nonisolated(unsafe) static var defaultHook: Value = .empty

    static let spec = MethodSpec("excepthook", doc: "excepthook($module, exctype, value, traceback, /)\n--\n\nHandle an exception by displaying it with a traceback on sys.stderr.") { _, a, n, k in
        CBoundary.value { () throws(PyException) in
            let args = Arguments(a, n, k)
            try args.positional("excepthook", min: 3, max: 3)
            try display(args[1], traceback: args[2])
            return .none
        }
    }

    /// CPython's `PyErr_Display`: the exception gets the traceback if it has none.
    static func display(_ value: Value, traceback: Value) throws(PyException) {
        let text: String
        if Interpreter.isException(value) {
            let layout = value.layout(PyBaseExceptionObject.self)
            if layout.pointee.traceback == nil || Value(layout.pointee.traceback!) == .none, traceback != .none {
                try Protocols.setAttribute(value, Interned.literal("__traceback__"), traceback)
            }
            text = TracebackPrinter.format(value)
        } else {
            text = "TypeError: print_exception(): Exception expected for value, \(String(cString: value.type.pointee.tp_name)) found\n"
        }
        try write(text)
    }

    /// Writes to `sys.stderr`, or to the process's stderr when that is None or missing.
    static func write(_ text: String) throws(PyException) {
        if let stdout = try Dict.getItem(SysModule.dict, Interned.literal("stdout")), stdout != .none {
            _ = try? Protocols.callMethod(stdout, "flush")
        }
        if let stream = try Dict.getItem(SysModule.dict, Interned.literal("stderr")), stream != .none {
            _ = try Protocols.callMethod(stream, "write", Str.make(text))
            _ = try? Protocols.callMethod(stream, "flush")
        } else {
            StandardStreams.stderr.write(text)
        }
    }

    /// The uncaught exception `error`, printed through `sys.excepthook` as CPython's
    /// `_PyErr_PrintEx`: a failing hook's own error is printed before the original.
    static func report(_ error: PyException) {
        let value = error.value
        let traceback = value.layout(PyBaseExceptionObject.self).pointee.traceback.map { Value($0) } ?? .none
        guard let hook = try? Dict.getItem(SysModule.dict, Interned.literal("excepthook")), hook != .none else {
            StandardIO.writeError("sys.excepthook is missing\n" + TracebackPrinter.format(value))
            return
        }
        do throws(PyException) {
            if hook == defaultHook {
                try display(value, traceback: traceback)
            } else {
                _ = try Protocols.call(hook, Value(value.type), value, traceback)
            }
        } catch {
            if error.matches(Krait_exc_SystemExit) { return }
            StandardIO.writeError("Error in sys.excepthook:\n" + TracebackPrinter.format(error.value)
                                         + "\nOriginal exception was:\n" + TracebackPrinter.format(value))
        }
    }
}
