import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// OSError from errno, as CPython's `PyErr_SetFromErrnoWithFilenameObjects`: the
/// subclass the errno picks, `strerror`'s text, and the file names if any.
enum PosixErrors {
    static func fromErrno(_ code: Int32 = errno, filename: Value = .none, filename2: Value = .none) -> PyException {
        let text = Str.make(String(cString: strerror(code)))
        let number = IntObject.make(Int(code))
        do throws(PyException) {
            let type = Value(Krait_exc_OSError)
            let e = try withExtendedLifetime(text) { () throws(PyException) -> Value in
                if filename2 != .none { return try Protocols.call(type, number, text, filename, .none, filename2) }
                if filename != .none { return try Protocols.call(type, number, text, filename) }
                return try Protocols.call(type, number, text)
            }
            return PyException(e)
        } catch {
            return error
        }
    }

    /// Runs a system call again while it fails with EINTR, after the handlers of the
    /// signals that interrupted it (PEP 475), whose exception ends the retries; returns
    /// its last result.
    static func retrying<R: BinaryInteger>(_ call: () -> R) throws(PyException) -> R {
        while true {
            let r = call()
            if r >= 0 || errno != EINTR { return r }
            try SignalState.check()
        }
    }
}
