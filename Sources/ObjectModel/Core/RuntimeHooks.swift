import ObjectLayout

/// What the object model needs from the layers above it (the interpreter, the
/// standard library), registered by them at start-up (DESIGN.md §1: cycles are broken
/// by the lower module declaring and the higher one registering).
public enum RuntimeHooks {
    /// The globals of the innermost running Python frame (`type()` reads `__name__`
    /// from them for `__module__`).
    nonisolated(unsafe) public static var currentGlobals: (() -> Value?)?

    /// The locals of the innermost running Python frame (`locals()`, `exec`, `eval`).
    nonisolated(unsafe) public static var currentLocals: (() -> Value?)?

    /// The `function` type, once the interpreter has defined it.
    nonisolated(unsafe) public static var functionType: TypePointer?

    /// Reports an exception that cannot propagate (from `__del__`, weakref callbacks)
    /// through `sys.unraisablehook`, as CPython's `PyErr_WriteUnraisable`: the message
    /// (nil: "Exception ignored in") and the object it concerns (or `.empty`).
    nonisolated(unsafe) public static var writeUnraisable: ((PyException, String?, Value) -> Void)?

    /// `import name` (the module itself, also for a dotted name), for the few builtins
    /// that use Python modules (`object.__reduce_ex__` uses `copyreg`).
    nonisolated(unsafe) public static var importModule: ((String) throws(PyException) -> Value)?

    /// `str.encode` and `bytes.decode` through the codec registry (`_codecs`), for the
    /// encodings and error handlers `StrCodecs` does not do itself: the str (or the
    /// bytes-like object), the encoding (nil: UTF-8) and errors (nil: not given).
    nonisolated(unsafe) public static var encodeText: ((Value, Value?, Value?) throws(PyException) -> Value)?
    nonisolated(unsafe) public static var decodeText: ((Value, Value?, Value?) throws(PyException) -> Value)?

    /// Prints an expression statement's value in interactive mode (`sys.displayhook`).
    nonisolated(unsafe) public static var printExpression: ((Value) throws(PyException) -> Void)?

    /// Installs importlib when start-up left that to the first import: module reprs
    /// read the specs its `_setup` gives the native modules.
    nonisolated(unsafe) public static var installImportlib: (() -> Void)?

    @inline(__always)
    public static func isPythonFunction(_ v: Value) -> Bool {
        guard let functionType else { return false }
        return v.isObject && v.object.pointee.ob_type == functionType
    }
}
