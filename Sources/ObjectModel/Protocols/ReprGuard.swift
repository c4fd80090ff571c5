import ObjectLayout

/// CPython's `Py_ReprEnter`/`Py_ReprLeave`: a container met again while its own repr is
/// being computed shows as `[...]` / `{...}` / `(...)` instead of recursing forever.
public enum ReprGuard {
    /// Runs `body` unless `v`'s repr is already in progress on this thread, in which
    /// case the result is `placeholder`.
    public static func run(_ v: Value, placeholder: String, _ body: () throws(PyException) -> Value) throws(PyException) -> Value {
        let state = krait_thread_state()
        if state.pointee.repr_active.isEmpty { state.pointee.repr_active = List.new() }
        let active = state.pointee.repr_active
        for i in 0..<List.count(active) where List.item(active, i) == v { return Str.make(placeholder) }
        List.append(active, v)
        defer {
            let n = List.count(active)
            for i in stride(from: n - 1, through: 0, by: -1) where List.item(active, i) == v {
                List.removeLast(active, from: i)
                break
            }
        }
        return try body()
    }
}
