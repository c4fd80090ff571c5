import NativeStack

/// Runs the program on a thread with a large stack, so the recursion limit, not the
/// native stack, ends deep recursion (the main thread has 8 MiB, which unoptimised
/// builds use up before CPython's default limit of 1000 frames).
enum InterpreterThread {
    static let stackBytes = 512 << 20

    nonisolated(unsafe) static var body: (() -> Void)?

    /// Runs `body` there and waits for it; returns only if the thread could not start.
    static func run(_ body: @escaping () -> Void) -> Int32 {
        self.body = body
        return krait_run_with_stack(stackBytes) { InterpreterThread.body?() }
    }
}
