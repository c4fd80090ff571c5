import ObjectLayout

/// The interpreter's safe points (CPython's eval breaker): when `krait_eval_breaker`
/// is set, the collector's waiting work runs, and signals that came are handled by
/// the Python handlers (on the main thread; `signalHandlers` is the `_signal` module's).
public enum EvalBreaker {
    /// Runs the Python handlers of the signals that came, raising what a handler
    /// raises (CPython's `PyErr_CheckSignals` from the eval loop).
    nonisolated(unsafe) public static var signalHandlers: (() throws(PyException) -> Void)?

    /// At a call's return or a backward jump: everything waiting, exceptions raised.
    @inline(never)
    public static func handle() throws(PyException) {
        if krait_eval_breaker_is_set() & KRAIT_PENDING_GIL_DROP != 0 { GIL.yieldToWaiter() }
        krait_eval_breaker_clear()
        if krait_gc_pending != 0 { Allocation.runPendingFinalization() }
        if krait_signals_are_pending() != 0, let signalHandlers { try signalHandlers() }
    }

    /// On entering a frame, where nothing may be raised: the collector's work only,
    /// leaving the breaker set while signals wait.
    @inline(never)
    public static func runCollectorWork() {
        if krait_eval_breaker_is_set() & KRAIT_PENDING_GIL_DROP != 0 { GIL.yieldToWaiter() }
        krait_eval_breaker_clear()
        if krait_gc_pending != 0 { Allocation.runPendingFinalization() }
        if krait_signals_are_pending() != 0 { krait_eval_breaker_set() }
    }
}
