import ObjectLayout

/// The two conventions for a raised exception meet here (DESIGN.md §4): Swift code
/// throws `PyException`; C ABI code (slots, `KraitMethod`s, the C API) returns an
/// error value with the exception pending in the thread state.
public enum CBoundary {
    @inline(__always)
    static var state: UnsafeMutablePointer<KraitThreadState> { krait_thread_state() }

    /// Makes `error` the calling thread's pending exception.
    @inline(__always)
    public static func setPending(_ error: PyException) {
        state.pointee.current_exception = error.value
    }

    /// Takes the pending exception, which a C ABI call signalled by its error return.
    public static func takePending() -> PyException {
        let value = state.pointee.current_exception
        state.pointee.current_exception = .empty
        guard !value.isEmpty else {
            return .systemError("error return without exception set")
        }
        return PyException(value)
    }

    public static var hasPending: Bool { !state.pointee.current_exception.isEmpty }

    // MARK: Swift → C

    /// Runs `body` for a C ABI caller: its result, or the empty Value with the error pending.
    @inline(__always)
    public static func value(_ body: () throws(PyException) -> Value) -> Value {
        do { return try body() } catch { setPending(error); return .empty }
    }

    /// Same, for slots returning an object pointer (small ints are boxed).
    @inline(__always)
    public static func object(_ body: () throws(PyException) -> Value) -> ObjectPointer? {
        do { return try Boxing.object(body()) } catch { setPending(error); return nil }
    }

    /// Same, for slots returning a status: 0, or -1 with the error pending.
    @inline(__always)
    public static func status(_ body: () throws(PyException) -> Void) -> Int32 {
        do { try body(); return 0 } catch { setPending(error); return -1 }
    }

    /// Same, for slots returning a size or hash: the value, or -1 with the error pending.
    @inline(__always)
    public static func integer(_ body: () throws(PyException) -> Int) -> Int {
        do { return try body() } catch { setPending(error); return -1 }
    }

    // MARK: C → Swift

    /// The result of a C ABI call that returned a Value.
    @inline(__always)
    public static func check(_ result: Value) throws(PyException) -> Value {
        if result.isEmpty { throw takePending() }
        return result
    }

    /// The result of a C ABI call that returned an object pointer; an `int` box of a
    /// value that fits is tagged again, so Swift code sees one form of small ints.
    @inline(__always)
    public static func check(_ result: ObjectPointer?) throws(PyException) -> Value {
        guard let result else { throw takePending() }
        return Value(normalizing: result)
    }

    /// The result of a C ABI call that returned a status.
    @inline(__always)
    public static func check(status: Int32) throws(PyException) {
        if status < 0 { throw takePending() }
    }

    /// The result of a C ABI call that returned a size or hash (-1 and a pending error
    /// on failure; -1 alone is a valid result).
    @inline(__always)
    public static func check(integer: Int) throws(PyException) -> Int {
        if integer == -1 && hasPending { throw takePending() }
        return integer
    }
}
