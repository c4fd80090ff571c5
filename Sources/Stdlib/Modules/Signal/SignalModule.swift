import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `_signal` (which signal.py wraps in enums): CPython 3.11's signalmodule.c on Linux.
/// The module is made once, at start-up (`SignalState.setUp`), since SIGINT's action
/// is its `default_int_handler`; importing it again gives the same module.
enum SignalModule {
    nonisolated(unsafe) static var module: Value = .empty

    /// Linux's signal names (aliases included), as signalmodule.c adds them.
    static let names: [(String, Int32)] = [
        ("SIGHUP", SIGHUP), ("SIGINT", SIGINT), ("SIGQUIT", SIGQUIT), ("SIGILL", SIGILL), ("SIGTRAP", SIGTRAP),
        ("SIGIOT", SIGIOT), ("SIGABRT", SIGABRT), ("SIGFPE", SIGFPE), ("SIGKILL", SIGKILL), ("SIGBUS", SIGBUS),
        ("SIGSEGV", SIGSEGV), ("SIGSYS", SIGSYS), ("SIGPIPE", SIGPIPE), ("SIGALRM", SIGALRM), ("SIGTERM", SIGTERM),
        ("SIGUSR1", SIGUSR1), ("SIGUSR2", SIGUSR2), ("SIGCLD", SIGCHLD), ("SIGCHLD", SIGCHLD), ("SIGPWR", SIGPWR),
        ("SIGIO", SIGIO), ("SIGURG", SIGURG), ("SIGWINCH", SIGWINCH), ("SIGPOLL", SIGPOLL), ("SIGSTOP", SIGSTOP),
        ("SIGTSTP", SIGTSTP), ("SIGCONT", SIGCONT), ("SIGTTIN", SIGTTIN), ("SIGTTOU", SIGTTOU), ("SIGVTALRM", SIGVTALRM),
        ("SIGPROF", SIGPROF), ("SIGXCPU", SIGXCPU), ("SIGXFSZ", SIGXFSZ), ("SIGSTKFLT", SIGSTKFLT),
    ]

    static func create() throws(PyException) -> Value {
        if !module.isEmpty { return module }
        let m = try NativeModule.make("_signal", doc: SignalDocs.module, functions: functions)
        module = m
        Allocation.makeImmortal(m.object)
        try NativeModule.set(m, "SIG_DFL", IntObject.make(SignalState.defaultAction))
        try NativeModule.set(m, "SIG_IGN", IntObject.make(SignalState.ignoreAction))
        try NativeModule.set(m, "NSIG", IntObject.make(SignalState.count))
        try NativeModule.set(m, "SIG_BLOCK", IntObject.make(Int(SIG_BLOCK)))
        try NativeModule.set(m, "SIG_UNBLOCK", IntObject.make(Int(SIG_UNBLOCK)))
        try NativeModule.set(m, "SIG_SETMASK", IntObject.make(Int(SIG_SETMASK)))
        for (name, number) in names { try NativeModule.set(m, name, IntObject.make(Int(number))) }
        // glibc's SIGRTMIN and SIGRTMAX are functions (it keeps the first real-time signals).
        try NativeModule.set(m, "SIGRTMIN", IntObject.make(Int(__libc_current_sigrtmin())))
        try NativeModule.set(m, "SIGRTMAX", IntObject.make(Int(__libc_current_sigrtmax())))
        try NativeModule.set(m, "ITIMER_REAL", IntObject.make(Int(ITIMER_REAL.rawValue)))
        try NativeModule.set(m, "ITIMER_VIRTUAL", IntObject.make(Int(ITIMER_VIRTUAL.rawValue)))
        try NativeModule.set(m, "ITIMER_PROF", IntObject.make(Int(ITIMER_PROF.rawValue)))
        itimerError = try NativeModule.exceptionClass("signal", "itimer_error", base: Krait_exc_OSError)
        try NativeModule.set(m, "ItimerError", itimerError)
        try NativeModule.set(m, "struct_siginfo", Value(try siginfoTypeObject()))
        return m
    }

    static var functions: [MethodSpec] {
        [
            MethodSpec("default_int_handler", doc: SignalDocs.defaultIntHandler) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.defaultIntHandler(args) }
            },
            MethodSpec("signal", doc: SignalDocs.signal) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.signal(args) }
            },
            MethodSpec("getsignal", doc: SignalDocs.getsignal) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.getsignal(args) }
            },
            MethodSpec("strsignal", doc: SignalDocs.strsignal) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.strsignal(args) }
            },
            MethodSpec("raise_signal", doc: SignalDocs.raiseSignal) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.raiseSignal(args) }
            },
            MethodSpec("pause", doc: SignalDocs.pause) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.pause(args) }
            },
            MethodSpec("alarm", doc: SignalDocs.alarm) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.alarm(args) }
            },
            MethodSpec("siginterrupt", doc: SignalDocs.siginterrupt) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.siginterrupt(args) }
            },
            MethodSpec("set_wakeup_fd", doc: SignalDocs.setWakeupFd) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.setWakeupFd(args) }
            },
            MethodSpec("setitimer", doc: SignalDocs.setitimer) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.setitimer(args) }
            },
            MethodSpec("getitimer", doc: SignalDocs.getitimer) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.getitimer(args) }
            },
        ] + maskFunctions
    }

    static var maskFunctions: [MethodSpec] {
        [
            MethodSpec("pthread_sigmask", doc: SignalDocs.pthreadSigmask) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.pthreadSigmask(args) }
            },
            MethodSpec("pthread_kill", doc: SignalDocs.pthreadKill) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.pthreadKill(args) }
            },
            MethodSpec("sigpending", doc: SignalDocs.sigpending) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.sigpending(args) }
            },
            MethodSpec("sigwait", doc: SignalDocs.sigwait) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.sigwait(args) }
            },
            MethodSpec("sigwaitinfo", doc: SignalDocs.sigwaitinfo) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.sigwaitinfo(args) }
            },
            MethodSpec("sigtimedwait", doc: SignalDocs.sigtimedwait) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.sigtimedwait(args) }
            },
            MethodSpec("valid_signals", doc: SignalDocs.validSignals) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.validSignals(args) }
            },
            MethodSpec("pidfd_send_signal", doc: SignalDocs.pidfdSendSignal) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SignalModule.pidfdSendSignal(args) }
            },
        ]
    }
}
