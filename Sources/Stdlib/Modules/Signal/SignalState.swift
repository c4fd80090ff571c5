import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The Python side of signals (signalmodule.c's `Handlers` and
/// `_PyErr_CheckSignalsTstate`): each signal's Python action, and running the handlers
/// of signals the C handler (`krait_signal_handler`) recorded, on the main thread only.
enum SignalState {
    static let count = Int(KRAIT_NSIG)

    /// Each signal's action, by number (item 0 unused): `SIG_DFL` (0), `SIG_IGN` (1), a
    /// callable, or None for a C handler that is not Krait's. Immortal.
    nonisolated(unsafe) static var handlers: Value = .empty
    /// The thread that started the runtime: the one that runs Python handlers.
    nonisolated(unsafe) static var mainThread = pthread_self()

    static let defaultAction = 0
    static let crashSignals: Set<Int32> = [SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]
    static let ignoreAction = 1

    /// Start-up, as CPython's `_PySignal_Init` and `signal_install_handlers`: SIGPIPE
    /// and SIGXFSZ are ignored (writes then fail with EPIPE and EFBIG), each signal's
    /// current disposition becomes its action, and SIGINT, if at its default, gets
    /// `default_int_handler`, so Ctrl-C raises KeyboardInterrupt.
    static func setUp() {
        mainThread = pthread_self()
        _ = krait_signal_set_action(SIGPIPE, 1)
        _ = krait_signal_set_action(SIGXFSZ, 1)
        handlers = List.new()
        Allocation.makeImmortal(handlers.object)
        List.append(handlers, .none)
        for signum in 1..<count {
            switch krait_signal_action(Int32(signum)) {
            case 0: List.append(handlers, IntObject.make(defaultAction))
            // Swift's runtime reports crashes from these; to Python they are at their
            // default, which ends the process as theirs does.
            case 3 where crashSignals.contains(Int32(signum)): List.append(handlers, IntObject.make(defaultAction))
            case 1: List.append(handlers, IntObject.make(ignoreAction))
            default: List.append(handlers, .none)
            }
        }
        EvalBreaker.signalHandlers = { () throws(PyException) in try SignalState.checkFromEvalLoop() }
        do throws(PyException) {
            let module = try SignalModule.create()
            if isAction(handler(Int(SIGINT)), defaultAction), let interrupt = Dict.getItem(Modules.dict(module), string: Interned.literal("default_int_handler")) {
                setHandler(Int(SIGINT), interrupt)
                _ = krait_signal_set_action(SIGINT, 2)
            }
        } catch {
            fatalError("_signal start-up failed: \(TracebackPrinter.format(error.value))")
        }
    }

    /// At exit, as `_PySignal_Fini`: signals with Python handlers go back to the default.
    static func finalize() {
        guard !handlers.isEmpty else { return }
        for signum in 1..<count {
            let h = handler(signum)
            if h != .none && !isAction(h, defaultAction) && !isAction(h, ignoreAction) {
                _ = krait_signal_set_action(Int32(signum), 0)
                setHandler(signum, IntObject.make(defaultAction))
            }
        }
    }

    static func handler(_ signum: Int) -> Value { List.item(handlers, signum) }
    static func setHandler(_ signum: Int, _ v: Value) { List.items(handlers)[signum] = v }

    /// CPython's `compare_handler`: an exact int equal to SIG_DFL or SIG_IGN.
    static func isAction(_ v: Value, _ action: Int) -> Bool {
        IntObject.checkExact(v) && IntObject.machineValue(v) == action
    }

    static var onMainThread: Bool { pthread_equal(pthread_self(), mainThread) != 0 }

    /// `PyErr_CheckSignals`: on the main thread, runs the handlers of the signals that
    /// came; a handler's exception propagates (the other signals wait for the next check).
    static func check() throws(PyException) {
        guard onMainThread, !handlers.isEmpty else { return }
        try runHandlers()
    }

    /// From the interpreter's safe points: another thread leaves the breaker set, so the
    /// main thread finds the signals at its next safe point.
    static func checkFromEvalLoop() throws(PyException) {
        guard onMainThread else {
            krait_eval_breaker_set()
            return
        }
        try runHandlers()
    }

    static func runHandlers() throws(PyException) {
        let failedWrite = krait_signal_take_wakeup_error()
        if failedWrite != 0 {
            Unraisable.write(PosixErrors.fromErrno(failedWrite), message: "Exception ignored when trying to write to the signal wakeup fd", object: .empty)
        }
        guard krait_signals_are_pending() != 0 else { return }
        krait_signals_clear_pending()
        var frame = Value.none
        if let current = krait_thread_state().pointee.current_frame {
            frame = FrameObjects.object(for: current.assumingMemoryBound(to: KraitFrame.self))
        }
        for signum in 1..<count where krait_signal_take(Int32(signum)) != 0 {
            // The action may have changed since the signal came (CPython's bpo-43406).
            let h = handler(signum)
            if h == .none || isAction(h, defaultAction) || isAction(h, ignoreAction) {
                Unraisable.write(PyException(Krait_exc_OSError, "Signal \(signum) ignored due to race condition"), message: nil, object: .none)
                continue
            }
            do throws(PyException) {
                _ = try Protocols.call(h, IntObject.make(signum), frame)
            } catch {
                krait_signals_set_pending()
                throw error
            }
        }
    }

    /// A signal number argument: a C int from 1 to NSIG - 1.
    static func number(_ v: Value) throws(PyException) -> Int {
        let signum = try Protocols.cInt(v)
        guard signum >= 1 && signum < count else { throw PyException.valueError("signal number out of range") }
        return signum
    }
}
