import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// Interval timers (setitimer(2)); failures raise `signal.itimer_error`, an OSError.
extension SignalModule {
    nonisolated(unsafe) static var itimerError: Value = .empty

    static func setitimer(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("_signal.setitimer")
        try args.positional("setitimer", min: 2, max: 3)
        let which = try Protocols.cInt(args[0])
        var new = itimerval()
        new.it_value = TimeValues.timeval(try TimeValues.nanoseconds(args[1]))
        new.it_interval = TimeValues.timeval(try args.optional(2).map { v throws(PyException) in try TimeValues.nanoseconds(v) } ?? 0)
        var old = itimerval()
        // The system checks `which`.
        if Glibc.setitimer(__itimer_which_t(which), &new, &old) != 0 { throw try timerError() }
        return times(old)
    }

    static func getitimer(_ args: Arguments) throws(PyException) -> Value {
        let which = try Protocols.cInt(args.one("_signal.getitimer"))
        var current = itimerval()
        if Glibc.getitimer(__itimer_which_t(which), &current) != 0 { throw try timerError() }
        return times(current)
    }

    static func times(_ t: itimerval) -> Value {
        Tuple.make([FloatObject.make(TimeValues.seconds(t.it_value)), FloatObject.make(TimeValues.seconds(t.it_interval))])
    }

    static func timerError() throws(PyException) -> PyException {
        let code = errno
        return PyException(try Protocols.call(itimerError, IntObject.make(Int(code)), Str.make(String(cString: strerror(code)))))
    }
}
