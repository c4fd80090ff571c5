import ObjectLayout

/// What a collection leaves for Python code: callbacks of weak references it cleared
/// and finalizers of objects it found unreachable. A collection may start inside any
/// allocation, where the allocating code may be half-way through changing an object,
/// so this work waits for a safe point: the interpreter calls `runPendingWork` when
/// `krait_gc_pending` is set (it looks at the eval breaker, set with it, on entering a
/// frame, after calls and on backward jumps), as do `gc.collect()` and shutdown.
extension Heap {
    /// Holds the objects by handles until their turn, and raises the flag.
    func queuePendingWork(callbacks: [UnsafeMutablePointer<PyWeakReference>], finalizers: [UnsafeMutableRawPointer]) {
        if callbacks.isEmpty && finalizers.isEmpty { return }
        for reference in callbacks {
            pendingCallbacks.append(retain(UnsafeMutableRawPointer(reference).assumingMemoryBound(to: PyObject.self)))
        }
        for object in finalizers { pendingFinalizers.append(retain(object.assumingMemoryBound(to: PyObject.self))) }
        krait_gc_pending = 1
        krait_eval_breaker_set()
    }

    /// Whether finalizers or callbacks are waiting.
    public var hasPendingWork: Bool { !pendingCallbacks.isEmpty || !pendingFinalizers.isEmpty }

    /// Runs the waiting callbacks, then the waiting finalizers, each object held until
    /// its own has run; work queued meanwhile (a finalizer's allocations may collect)
    /// runs too. Returns how many finalizers ran. Not re-entrant: a call made from a
    /// finalizer returns at once and the outer call finishes the work.
    @discardableResult
    public func runPendingWork() -> Int {
        if runningPendingWork { return 0 }
        runningPendingWork = true
        defer { runningPendingWork = false }
        var finalized = 0
        while hasPendingWork {
            krait_gc_pending = 0
            let callbacks = pendingCallbacks
            pendingCallbacks = []
            for handle in callbacks {
                let reference = UnsafeMutableRawPointer(object(of: handle)).assumingMemoryBound(to: PyWeakReference.self)
                onWeakReferenceCleared?(reference)
                release(handle)
            }
            let finalizers = pendingFinalizers
            pendingFinalizers = []
            for handle in finalizers {
                let o = object(of: handle)
                o.pointee.ob_type.pointee.tp_finalize?(o)
                release(handle)
                finalized += 1
            }
        }
        krait_gc_pending = 0
        return finalized
    }
}
