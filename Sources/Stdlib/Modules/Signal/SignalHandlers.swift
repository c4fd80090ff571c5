import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// Setting and asking signal actions, and sending signals to this process.
extension SignalModule {
    /// `signal(signalnum, handler)`: returns the previous action.
    static func signal(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("_signal.signal")
        try args.positional("signal", min: 2, max: 2)
        let signum = try Protocols.cInt(args[0])
        let handler = args[1]
        guard SignalState.onMainThread else {
            throw PyException.valueError("signal only works in main thread of the main interpreter")
        }
        guard signum >= 1 && signum < SignalState.count else { throw PyException.valueError("signal number out of range") }
        let action: Int32
        if handler.type.pointee.kr_call != nil || handler.type.pointee.tp_call != nil {
            action = 2
        } else if SignalState.isAction(handler, SignalState.ignoreAction) {
            action = 1
        } else if SignalState.isAction(handler, SignalState.defaultAction) {
            action = 0
        } else {
            throw PyException.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
        }
        // Signals that came are handled by the handlers they came for.
        try SignalState.check()
        if krait_signal_set_action(Int32(signum), action) != 0 { throw PosixErrors.fromErrno() }
        let previous = SignalState.handler(signum)
        SignalState.setHandler(signum, handler)
        return previous
    }

    static func getsignal(_ args: Arguments) throws(PyException) -> Value {
        SignalState.handler(try SignalState.number(args.one("_signal.getsignal")))
    }

    static func defaultIntHandler(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("_signal.default_int_handler")
        try args.positional("default_int_handler", min: 2, max: 2)
        _ = try Protocols.cInt(args[0])
        throw PyException(Krait_exc_KeyboardInterrupt, arguments: [])
    }

    /// The C library's description; None for a number it does not know.
    static func strsignal(_ args: Arguments) throws(PyException) -> Value {
        let signum = try SignalState.number(args.one("_signal.strsignal"))
        errno = 0
        guard let text = Glibc.strsignal(Int32(signum)), errno == 0 else { return .none }
        let description = String(cString: text)
        return description.contains("Unknown signal") ? .none : Str.make(description)
    }

    /// `raise_signal(signalnum)`: raise(3), then the handler runs before returning.
    static func raiseSignal(_ args: Arguments) throws(PyException) -> Value {
        let signum = try Protocols.cInt(args.one("_signal.raise_signal"))
        if Glibc.raise(Int32(signum)) != 0 { throw PosixErrors.fromErrno() }
        try SignalState.check()
        return .none
    }

    static func pause(_ args: Arguments) throws(PyException) -> Value {
        try args.none("_signal.pause")
        _ = Glibc.pause()
        try SignalState.check()
        return .none
    }

    static func alarm(_ args: Arguments) throws(PyException) -> Value {
        let seconds = try Protocols.cInt(args.one("_signal.alarm"))
        return IntObject.make(Int(Glibc.alarm(UInt32(truncatingIfNeeded: seconds))))
    }

    static func siginterrupt(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("_signal.siginterrupt")
        try args.positional("siginterrupt", min: 2, max: 2)
        let signum = try Protocols.cInt(args[0])
        let flag = try Protocols.cInt(args[1])
        guard signum >= 1 && signum < SignalState.count else { throw PyException.valueError("signal number out of range") }
        if krait_signal_interrupts(Int32(signum), Int32(flag)) != 0 { throw PosixErrors.fromErrno() }
        return .none
    }

    /// `set_wakeup_fd(fd, *, warn_on_full_buffer=True)`: the fd must not block, since
    /// the C handler writes to it. Returns the previous fd.
    static func setWakeupFd(_ args: Arguments) throws(PyException) -> Value {
        // PyArg_ParseTupleAndKeywords's wording, not Argument Clinic's.
        if args.count > 1 { throw PyException.typeError("set_wakeup_fd() takes at most 1 positional argument (\(args.count) given)") }
        let p = try args.parse("set_wakeup_fd", ["", "warn_on_full_buffer"], required: 1, positionalOnly: 1, keywordOnly: 1)
        let fd = try Protocols.cInt(p[0]!)
        let warn = try p[1].map { v throws(PyException) in try Protocols.isTrue(v) } ?? true
        guard SignalState.onMainThread else {
            throw PyException.valueError("set_wakeup_fd only works in main thread of the main interpreter")
        }
        if fd != -1 {
            var status = stat()
            if fstat(Int32(fd), &status) != 0 { throw PosixErrors.fromErrno() }
            let flags = fcntl(Int32(fd), F_GETFL)
            if flags < 0 { throw PosixErrors.fromErrno() }
            if flags & O_NONBLOCK == 0 { throw PyException.valueError("the fd \(fd) must be in non-blocking mode") }
        }
        let previous = krait_signal_wakeup_fd()
        krait_signal_set_wakeup(Int32(fd), warn ? 1 : 0)
        return IntObject.make(Int(previous))
    }
}
