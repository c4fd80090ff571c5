import ObjectLayout
import ObjectModel

/// Profile events for calls of builtin functions and methods ('c_call', 'c_return',
/// 'c_exception'), as CPython 3.11's `trace_call_function` and `do_call_core`: only a
/// `builtin_function_or_method`, or a `method_descriptor` given its receiver (reported
/// bound to it), counts; calls of types, slot wrappers and other callables do not.
extension Tracing {
    /// What the events report for a call of `callee` with `first` as its first
    /// argument (empty when there is none), or nil when the call reports none.
    static func builtinCallee(_ callee: Value, first: Value) throws(PyException) -> Value? {
        guard !krait_thread_state().pointee.profile_function.isEmpty, callee.isObject else { return nil }
        let type = callee.object.pointee.ob_type
        if type == Krait_builtinFunction_type { return callee }
        guard type == Krait_methodDescriptor_type, !first.isEmpty, let get = type?.pointee.tp_descr_get else { return nil }
        let receiver = Boxing.object(first)
        return try withExtendedLifetime(first) { () throws(PyException) in
            try CBoundary.check(get(callee.object, receiver, UnsafeMutableRawPointer(first.type).assumingMemoryBound(to: PyObject.self)))
        }
    }

    /// Runs `call`, reporting it to the profile function as a call of `reported`.
    static func profiled(_ frame: UnsafeMutablePointer<KraitFrame>, _ reported: Value,
                         _ call: () throws(PyException) -> Value) throws(PyException) -> Value {
        let line = currentLine(frame)
        try report(.profile, frame, .cCall, reported, line: line)
        let result: Value
        do throws(PyException) {
            result = try call()
        } catch {
            // The profile function may have removed itself meanwhile; an error it
            // raises here replaces the call's.
            try report(.profile, frame, .cException, reported, line: line)
            throw error
        }
        try withExtendedLifetime(result) { () throws(PyException) in
            try report(.profile, frame, .cReturn, reported, line: line)
        }
        return result
    }
}
