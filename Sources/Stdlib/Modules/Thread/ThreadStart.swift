import GC
import Interpreter
import NativeStack
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `_thread.start_new_thread`: a pthread that takes the GIL, registers its state with
/// the collector, calls the function, and undoes all that when the function returns.
enum ThreadStart {
    /// `stack_size()`: 0 means Krait's default, which leaves room for the recursion
    /// limit's depth of frames in unoptimised builds too.
    nonisolated(unsafe) static var stackSize = 0
    static let defaultStackSize = 32 << 20
    /// Threads started here and still running (`_count()`).
    nonisolated(unsafe) static var running = 0

    /// What the new thread needs: the call, held by a handle until the thread has it.
    final class Job {
        let call: Handle
        let recursionLimit: Int32
        init(call: Handle, recursionLimit: Int32) {
            self.call = call
            self.recursionLimit = recursionLimit
        }
    }

    static func start(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("start_new_thread")
        guard args.count >= 2 else { throw PyException.typeError("start_new_thread expected at least 2 arguments, got \(args.count)") }
        guard args.count <= 3 else { throw PyException.typeError("start_new_thread expected at most 3 arguments, got \(args.count)") }
        let function = args[0], positional = args[1], keywords = args.count > 2 ? args[2] : Value.empty
        guard ModuleTypes.isCallable(function) else { throw PyException.typeError("first arg must be callable") }
        guard TypeObject.hasFlag(positional.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) else { throw PyException.typeError("2nd arg must be a tuple") }
        if !keywords.isEmpty && !TypeObject.hasFlag(keywords.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) {
            throw PyException.typeError("optional 3rd arg must be a dictionary")
        }
        let call = Tuple.make([function, positional, keywords.isEmpty ? .none : keywords])
        let job = Job(call: Heap.shared.retain(call.object), recursionLimit: krait_thread_state().pointee.recursion_limit)
        let context = Unmanaged.passRetained(job).toOpaque()
        var ident: UInt64 = 0
        running += 1
        let error = krait_start_thread(stackSize == 0 ? defaultStackSize : stackSize, { context in
            ThreadStart.run(Unmanaged<Job>.fromOpaque(context!).takeRetainedValue())
        }, context, &ident)
        guard error == 0 else {
            running -= 1
            Heap.shared.release(job.call)
            Unmanaged<Job>.fromOpaque(context).release()
            throw PyException(Krait_exc_RuntimeError, "can't start new thread")
        }
        return PosixStat.unsigned(ident)
    }

    /// The new thread's life.
    static func run(_ job: Job) {
        krait_gil_take()
        let state = krait_thread_state()
        Heap.shared.registerThread(state)
        state.pointee.recursion_limit = job.recursionLimit
        let call = Value(Heap.shared.object(of: job.call))
        Heap.shared.release(job.call)
        runCall(call)
        if !state.pointee.exit_lock.isEmpty {
            let lock = state.pointee.exit_lock
            state.pointee.exit_lock = .empty
            if Locks.isLocked(lock) { sem_post(Locks.semaphore(lock)) }
        }
        FrameStack.destroy(state)
        Heap.shared.unregisterThread(state)
        running -= 1
        krait_gil_drop()
    }

    /// Calls `function(*args, **kwargs)`; what it raises is reported as CPython's
    /// `thread_run` does, but SystemExit, which ends the thread quietly.
    @inline(never)
    static func runCall(_ call: Value) {
        let function = Tuple.item(call, 0), positional = Tuple.item(call, 1), keywords = Tuple.item(call, 2)
        do throws(PyException) {
            let values = (0..<Tuple.count(positional)).map { Tuple.item(positional, $0) }
            if keywords == .none {
                _ = try Protocols.callArray(function, values)
            } else {
                _ = try Protocols.callWithKeywords(function, values, keywords)
            }
        } catch {
            if !error.matches(Krait_exc_SystemExit) {
                Unraisable.write(error, message: "Exception ignored in thread started by", object: function)
            }
        }
    }

    /// `_set_sentinel()`: a lock that is released, if held, when this thread ends
    /// (threading acquires it at once, and join waits for it).
    static func sentinel() -> Value {
        let lock = Locks.make(Krait_lock_type)
        krait_thread_state().pointee.exit_lock = lock
        return lock
    }
}
