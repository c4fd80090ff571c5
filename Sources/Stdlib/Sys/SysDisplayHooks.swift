import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `sys.displayhook` (what prints an expression statement's value in 'single' code) and
/// `sys.breakpointhook` (what `breakpoint()` calls), as CPython's sysmodule.c.
enum SysDisplayHooks {
    /// `-E`: `$PYTHONBREAKPOINT` is not read.
    nonisolated(unsafe) static var ignoreEnvironment = false

    static let all: [MethodSpec] = [
        MethodSpec("displayhook", doc: "displayhook($module, object, /)\n--\n\nPrint an object to sys.stdout and also save it in builtins._") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try display(try Arguments(a, n, k).one("sys.displayhook"))
                return .none
            }
        },
        MethodSpec("breakpointhook", doc: "breakpointhook(*args, **kws)\n\nThis hook function is called by built-in breakpoint().\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try breakpoint(Arguments(a, n, k)) }
        },
    ]

    /// CPython's `sys_displayhook`: `builtins._` is None while the repr is written, so a
    /// repr that prints does not see the previous value.
    static func display(_ value: Value) throws(PyException) {
        if value == .none { return }
        guard let builtins = Dict.getItem(ImportSystem.modules, string: Interned.literal("builtins")) else {
            throw PyException(Krait_exc_RuntimeError, "lost builtins module")
        }
        try Protocols.setAttribute(builtins, Interned.literal("_"), .none)
        guard let stdout = Dict.getItem(dict, string: Interned.literal("stdout")), stdout != .none else {
            throw PyException(Krait_exc_RuntimeError, "lost sys.stdout")
        }
        let text = try Protocols.repr(value)
        do throws(PyException) {
            _ = try Protocols.callMethod(stdout, "write", text)
        } catch where error.matches(Krait_exc_UnicodeEncodeError) {
            try writeUnencodable(text, to: stdout)
        }
        _ = try Protocols.callMethod(stdout, "write", Str.make("\n"))
        try Protocols.setAttribute(builtins, Interned.literal("_"), value)
    }

    private static var dict: Value { SysModule.dict }

    /// `sys_displayhook_unencodable`: the repr with backslash escapes for what the
    /// stream's encoding cannot hold, to its binary buffer when it has one.
    private static func writeUnencodable(_ text: Value, to stdout: Value) throws(PyException) {
        let encoding = try Protocols.getAttribute(stdout, "encoding")
        let encoded = try Protocols.callMethod(text, "encode", encoding, Str.make("backslashreplace"))
        if let buffer = try Protocols.lookupAttribute(stdout, Interned.literal("buffer")) {
            _ = try Protocols.callMethod(buffer, "write", encoded)
        } else {
            let escaped = try Protocols.callMethod(encoded, "decode", encoding, Str.make("strict"))
            _ = try Protocols.callMethod(stdout, "write", escaped)
        }
    }

    /// CPython's `sys_breakpointhook`: `$PYTHONBREAKPOINT` names the callable
    /// (`pdb.set_trace` when unset or empty, nothing when "0"); one that cannot be
    /// imported is reported with a RuntimeWarning and skipped.
    static func breakpoint(_ args: Arguments) throws(PyException) -> Value {
        var setting = "pdb.set_trace"
        if !ignoreEnvironment, let given = getenv("PYTHONBREAKPOINT").map({ String(cString: $0) }), !given.isEmpty {
            if given == "0" { return .none }
            setting = given
        }
        if let hook = try importHook(setting) {
            return try Protocols.call(hook, args)
        }
        try WarningsModule.warn(Str.make("Ignoring unimportable $PYTHONBREAKPOINT: \"\(setting)\""),
                                category: Value(Krait_exc_RuntimeWarning), stacklevel: 1)
        return .none
    }

    /// `module.attribute` (a name without a dot is a builtin); nil when the module does
    /// not import or lacks the attribute.
    private static func importHook(_ setting: String) throws(PyException) -> Value? {
        let modulePath: String, attribute: String
        if let dot = setting.lastIndex(of: ".") {
            if dot == setting.startIndex { return nil }
            modulePath = String(setting[..<dot])
            attribute = String(setting[setting.index(after: dot)...])
        } else {
            modulePath = "builtins"
            attribute = setting
        }
        let module: Value
        do throws(PyException) {
            module = try ImportSystem.importModule(Str.make(modulePath), .none, Tuple.make(Str.make("__doc__")), IntObject.make(0))
        } catch where error.matches(Krait_exc_ImportError) {
            return nil
        }
        do throws(PyException) {
            return try Protocols.getAttribute(module, attribute)
        } catch where error.matches(Krait_exc_AttributeError) {
            return nil
        }
    }
}
