import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The errors of the io stack, as CPython raises them.
enum IOError {
    static func osError(_ message: String) -> PyException { PyException(Krait_exc_OSError, message) }

    /// `OSError(errno, strerror[, filename])`, which picks the subclass for the errno
    /// (`PyErr_SetFromErrnoWithFilenameObject`).
    static func fromErrno(_ code: Int32, filename: Value? = nil) -> PyException {
        let number = IntObject.make(Int(code)), text = Str.make(String(cString: strerror(code)))
        do throws(PyException) {
            if let filename { return PyException(try Protocols.call(Value(Krait_exc_OSError), number, text, filename)) }
            return PyException(try Protocols.call(Value(Krait_exc_OSError), number, text))
        } catch {
            return error
        }
    }

    /// A size argument that may be None (`_Py_convert_optional_to_ssize_t`); None is -1.
    static func optionalSize(_ v: Value?) throws(PyException) -> Int {
        guard let v, v != .none else { return -1 }
        guard Protocols.isIndex(v) else {
            throw PyException.typeError("argument should be integer or None, not '\(TypeObject.name(v.type))'")
        }
        return try ModuleTypes.size(v)
    }
}
