import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// Signal masks and waiting for signals: sets of signal numbers as CPython's
/// `_Py_Sigset_Converter` reads them and `sigset_to_set` makes them.
extension SignalModule {
    /// `struct_siginfo`, made on first use.
    nonisolated(unsafe) static var siginfoType: TypePointer?

    /// An iterable of signal numbers; numbers the C library refuses only warn (so
    /// `range(1, NSIG)` keeps working).
    static func signalSet(_ v: Value) throws(PyException) -> sigset_t {
        var mask = sigset_t()
        sigemptyset(&mask)
        try Protocols.forEach(v) { item throws(PyException) in
            let number = try Protocols.indexValue(item)
            let signum = IntObject.machineValue(number) ?? -1
            guard signum > 0 && signum < SignalState.count else {
                throw PyException.valueError("signal number \(signum) out of range [1; \(SignalState.count - 1)]")
            }
            if sigaddset(&mask, Int32(signum)) != 0 {
                if errno != EINVAL { throw PosixErrors.fromErrno() }
                try WarningsModule.warn(Str.make("invalid signal number \(signum), please use valid_signals()"),
                                        category: Value(Krait_exc_RuntimeWarning), stacklevel: 1)
            }
        }
        return mask
    }

    static func set(of mask: sigset_t) throws(PyException) -> Value {
        var mask = mask
        let result = Sets.new()
        for signum in 1..<SignalState.count where sigismember(&mask, Int32(signum)) == 1 {
            try Sets.add(result, IntObject.make(signum))
        }
        return result
    }

    static func pthreadSigmask(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("_signal.pthread_sigmask")
        try args.positional("pthread_sigmask", min: 2, max: 2)
        let how = try Protocols.cInt(args[0])
        var mask = try signalSet(args[1])
        var previous = sigset_t()
        let error = pthread_sigmask(Int32(how), &mask, &previous)
        if error != 0 { throw PosixErrors.fromErrno(error) }
        // Unblocking may have delivered signals: their handlers run now.
        try SignalState.check()
        return try set(of: previous)
    }

    static func sigpending(_ args: Arguments) throws(PyException) -> Value {
        try args.none("_signal.sigpending")
        var mask = sigset_t()
        if Glibc.sigpending(&mask) != 0 { throw PosixErrors.fromErrno() }
        return try set(of: mask)
    }

    static func sigwait(_ args: Arguments) throws(PyException) -> Value {
        var mask = try signalSet(args.one("_signal.sigwait"))
        var signum: Int32 = 0
        let error = Glibc.sigwait(&mask, &signum)
        if error != 0 { throw PosixErrors.fromErrno(error) }
        return IntObject.make(Int(signum))
    }

    /// Every signal number `sigfillset` includes (glibc keeps two for itself).
    static func validSignals(_ args: Arguments) throws(PyException) -> Value {
        try args.none("_signal.valid_signals")
        var mask = sigset_t()
        if sigemptyset(&mask) != 0 || sigfillset(&mask) != 0 { throw PosixErrors.fromErrno() }
        return try set(of: mask)
    }

    static func sigwaitinfo(_ args: Arguments) throws(PyException) -> Value {
        var mask = try signalSet(args.one("_signal.sigwaitinfo"))
        var fields = [Int](repeating: 0, count: 7)
        while fields.withUnsafeMutableBufferPointer({ krait_sigwaitinfo(&mask, $0.baseAddress) }) == -1 {
            if errno != EINTR { throw PosixErrors.fromErrno() }
            try SignalState.check()
        }
        return try siginfo(fields)
    }

    /// `sigtimedwait(sigset, timeout)`: None when the time passes first.
    static func sigtimedwait(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("_signal.sigtimedwait")
        try args.positional("sigtimedwait", min: 2, max: 2)
        var mask = try signalSet(args[0])
        var timeout = try TimeValues.nanoseconds(args[1])
        if timeout < 0 { throw PyException.valueError("timeout must be non-negative") }
        let deadline = TimeValues.monotonic() &+ timeout
        var fields = [Int](repeating: 0, count: 7)
        while true {
            var wait = TimeValues.timespec(timeout)
            if fields.withUnsafeMutableBufferPointer({ krait_sigtimedwait(&mask, &wait, $0.baseAddress) }) != -1 { break }
            if errno == EAGAIN { return .none }
            if errno != EINTR { throw PosixErrors.fromErrno() }
            try SignalState.check()
            timeout = deadline - TimeValues.monotonic()
            if timeout < 0 { return .none }
        }
        return try siginfo(fields)
    }

    static func siginfoTypeObject() throws(PyException) -> TypePointer {
        if let siginfoType { return siginfoType }
        let type = try StructSequence.makeType(
            "signal.struct_siginfo", fields: ["si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"],
            doc: SignalDocs.structSiginfo)
        siginfoType = type
        return type
    }

    static func siginfo(_ fields: [Int]) throws(PyException) -> Value {
        let type = try siginfoTypeObject()
        return try StructSequence.make(type) { l throws(PyException) in
            for f in fields { List.append(l, IntObject.make(f)) }
        }
    }

    /// `pthread_kill(thread_id, signalnum)`; a signal to this thread is handled at once.
    static func pthreadKill(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("_signal.pthread_kill")
        try args.positional("pthread_kill", min: 2, max: 2)
        guard IntObject.check(args[0]) else {
            throw PyException.typeError("pthread_kill() argument 1 must be int, not \(TypeObject.argumentTypeName(args[0]))")
        }
        let thread = IntObject.lowWord(args[0])
        let signum = try Protocols.cInt(args[1])
        try SysAudit.raise(Str.make("signal.pthread_kill"), Tuple.make([args[0], IntObject.make(signum)]))
        let error = Glibc.pthread_kill(pthread_t(thread), Int32(signum))
        if error != 0 { throw PosixErrors.fromErrno(error) }
        try SignalState.check()
        return .none
    }

    static func pidfdSendSignal(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("_signal.pidfd_send_signal")
        try args.positional("pidfd_send_signal", min: 2, max: 4)
        let pidfd = try Protocols.cInt(args[0])
        let signum = try Protocols.cInt(args[1])
        let flags = try args.optional(3).map { v throws(PyException) in try Protocols.cInt(v) } ?? 0
        if let info = args.optional(2), info != .none { throw PyException.typeError("siginfo must be None") }
        if krait_pidfd_send_signal(Int32(pidfd), Int32(signum), nil, UInt32(truncatingIfNeeded: flags)) < 0 {
            throw PosixErrors.fromErrno()
        }
        return .none
    }
}
