import NativeStack
import ObjectLayout

/// CPython's recursion limit (`sys.getrecursionlimit()`), checked where Python code can
/// recurse through native code (repr, comparison, calls), plus a check that enough of
/// the native stack is left, so deep recursion is a RecursionError, never a crash.
public enum Recursion {
    /// Bytes of native stack kept in reserve below the limit.
    static let stackReserve = 256 * 1024

    @inline(__always)
    public static func guarded<R>(_ suffix: String, _ body: () throws(PyException) -> R) throws(PyException) -> R {
        let state = krait_thread_state()
        state.pointee.recursion_depth += 1
        defer { state.pointee.recursion_depth -= 1 }
        if state.pointee.recursion_depth > state.pointee.recursion_limit || nativeStackIsLow() {
            throw PyException(Krait_exc_RecursionError, "maximum recursion depth exceeded" + suffix)
        }
        return try body()
    }

    /// Inlinable: the interpreter asks at every call.
    @inlinable @inline(__always)
    public static func nativeStackIsLow() -> Bool {
        var limit = krait_thread_state().pointee.native_stack_limit
        if limit == 0 { limit = measureStack() }
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { p in UInt(bitPattern: p) < limit }
    }

    /// The thread's native stack limit, asked of the system once per thread.
    @usableFromInline @inline(never)
    static func measureStack() -> UInt {
        let limit = krait_stack_low_address() + UInt(stackReserve)
        krait_thread_state().pointee.native_stack_limit = limit
        return limit
    }
}
