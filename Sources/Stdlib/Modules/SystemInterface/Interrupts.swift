import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// PEP 475: a system call that a signal interrupts (EINTR) first lets the signal
/// handlers run, and ends with their exception if one raises; otherwise it is
/// retried (with what is left of its timeout, which callers recompute).
enum Interrupts {
    /// Runs pending signal handlers, as `PyErr_CheckSignals`; `_signal` sets it.
    nonisolated(unsafe) static var checkSignals: () throws(PyException) -> Void = { () throws(PyException) in }

    /// Runs a system call that may block without the GIL (it must not touch Python
    /// objects); returns its result and the errno it left, which taking the GIL
    /// back could change.
    static func blocking<R>(_ call: () -> R) -> (R, Int32) {
        GIL.releasing { () -> (R, Int32) in
            errno = 0
            let r = call()
            return (r, errno)
        }
    }

    /// Runs `call` (without the GIL) until it does not fail with EINTR; returns its
    /// last result, with `errno` as that call left it.
    static func retrying<R: BinaryInteger>(_ call: () -> R) throws(PyException) -> R {
        while true {
            let (r, code) = blocking(call)
            errno = code
            if r >= 0 || code != EINTR { return r }
            try checkSignals()
        }
    }
}
