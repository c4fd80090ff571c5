import NativeStack
import ObjectLayout

/// The global interpreter lock as the runtime uses it (DESIGN.md §8; the lock itself
/// is NativeStack's GIL.c). A thread holds it whenever it touches Python objects; it
/// gives it up around blocking calls (`releasing`) and when another thread asks
/// (`yieldToWaiter`, from the interpreter's safe points).
public enum GIL {
    /// Configures the lock and takes it for the thread starting the runtime.
    static func start() {
        krait_gil_configure(&krait_eval_breaker, KRAIT_PENDING_GIL_DROP)
        krait_gil_take()
    }

    /// Where the calling thread publishes its stack's low end while it runs without the lock.
    @inline(__always)
    static var published: UnsafeMutablePointer<UInt> {
        UnsafeMutableRawPointer(krait_thread_state())
            .advanced(by: MemoryLayout<KraitThreadState>.offset(of: \.stack_published)!)
            .assumingMemoryBound(to: UInt.self)
    }

    /// Runs `body` without the lock, so other threads run Python code meanwhile: for a
    /// call that may block (a sleep, a read, a wait). `body` must not touch Python
    /// objects: the collector may run on another thread (what it reads of them — a
    /// buffer's bytes — stays valid, since the caller's frames keep the objects alive
    /// and the heap does not move them).
    public static func releasing<R>(_ body: () -> R) -> R {
        var result: R?
        withoutActuallyEscaping(body) { body in
            var run: () -> Void = { result = body() }
            withUnsafeMutablePointer(to: &run) { call in
                krait_gil_released_call(published, { context in
                    context!.assumingMemoryBound(to: (() -> Void).self).pointee()
                }, call)
            }
        }
        return result!
    }

    /// Lets a thread waiting for the lock run first, then takes the lock back.
    @inline(never)
    public static func yieldToWaiter() {
        krait_gil_released_call(published, nil, nil)
    }

    /// Interpreter shutdown: no other thread gets the lock again.
    public static func finalize() {
        krait_gil_finalize()
    }

    /// The switch interval in seconds (`sys.getswitchinterval`).
    public static var switchInterval: Double {
        get { 1e-6 * Double(krait_gil_interval()) }
        set { krait_gil_set_interval(Int(newValue * 1e6)) }
    }
}
