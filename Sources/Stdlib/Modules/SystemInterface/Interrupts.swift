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

    /// Runs `call` until it does not fail with EINTR; returns its last result, with
    /// `errno` as that call left it.
    static func retrying<R: BinaryInteger>(_ call: () -> R) throws(PyException) -> R {
        while true {
            let r = call()
            if r >= 0 || errno != EINTR { return r }
            try checkSignals()
        }
    }
}
