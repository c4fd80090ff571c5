import ObjectLayout
import ObjectModel

/// Conversions and errors shared by the `_sre` types, with CPython's messages.
enum SREArguments {
    /// Argument Clinic's `Py_ssize_t` converter.
    static func ssize(_ v: Value) throws(PyException) -> Int {
        guard let n = IntObject.machineValue(try Protocols.indexValue(v)) else {
            throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        return n
    }

    /// An optional `Py_ssize_t` argument.
    static func ssize(_ v: Value?, default value: Int) throws(PyException) -> Int {
        guard let v else { return value }
        return try ssize(v)
    }

    /// `%.<n>R`: the repr cut to `n` characters.
    static func truncatedRepr(_ v: Value, _ n: Int) throws(PyException) -> String {
        let text = try Protocols.repr(v)
        return Str.swiftString(Str.length(text) > n ? Str.substring(text, 0..<n) : text)
    }

    /// `pattern_error`: the exception for an engine failure.
    static func engineError(_ status: Int) -> PyException {
        switch status {
        case SREError.recursionLimit: return PyException(Krait_exc_RecursionError, "maximum recursion limit exceeded")
        case SREError.memory: return PyException.memoryError()
        default: return PyException(Krait_exc_RuntimeError, "internal error in regular expression engine")
        }
    }

    /// The engine's answer: matched or not, an error raised.
    static func matched(_ status: Int) throws(PyException) -> Bool {
        if status < 0 { throw engineError(status) }
        return status > 0
    }

    /// `re.<function>(*arguments)`, the Python half of `re` that `_sre` calls back.
    static func callRe(_ function: String, _ arguments: Value...) throws(PyException) -> Value {
        let module = try ImportSystem.importModule(Str.make("re"), .none, .none, IntObject.make(0))
        return try Protocols.callArray(try Protocols.getAttribute(module, function), arguments)
    }
}
