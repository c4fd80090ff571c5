import GC
import ObjectLayout
import ObjectModel

/// `sys.settrace` and `sys.setprofile` with CPython 3.11's rules. The two functions live
/// in the thread state, and `use_tracing` says whether one is set and none is running:
/// only then does a frame entered run the tracing copy of the evaluation loop, so the
/// plain loop never reads any of this (docs/ARCHITECTURE.md, "Tracing").
public enum Tracing {
    /// CPython's PyTrace_* numbers (what `tracing_what` holds) and the names Python sees.
    enum Event: Int32 {
        case call = 0, exception, line, `return`, cCall, cException, cReturn, opcode

        var name: String {
            switch self {
            case .call: "call"
            case .exception: "exception"
            case .line: "line"
            case .return: "return"
            case .cCall: "c_call"
            case .cException: "c_exception"
            case .cReturn: "c_return"
            case .opcode: "opcode"
            }
        }
    }

    /// Which function an event is for. The trace function itself only gets 'call'
    /// events; the others go to the frame's `f_trace`, what 'call' returned.
    enum Hook { case trace, profile }

    /// Keep the functions alive: the thread state is not scanned by the collector.
    nonisolated(unsafe) static var traceHandle: Handle?
    nonisolated(unsafe) static var profileHandle: Handle?

    public static func setTrace(_ function: Value) { install(.trace, function) }
    public static func setProfile(_ function: Value) { install(.profile, function) }

    /// `sys.gettrace()` and `sys.getprofile()`.
    public static var traceFunction: Value { orNone(krait_thread_state().pointee.trace_function) }
    public static var profileFunction: Value { orNone(krait_thread_state().pointee.profile_function) }

    static func orNone(_ v: Value) -> Value { v.isEmpty ? .none : v }

    static func install(_ hook: Hook, _ function: Value) {
        let thread = krait_thread_state()
        let value = function == .none ? Value.empty : function
        let handle = value.isObject ? Heap.shared.retain(value.object) : nil
        switch hook {
        case .trace:
            if let old = traceHandle { Heap.shared.release(old) }
            traceHandle = handle
            thread.pointee.trace_function = value
        case .profile:
            if let old = profileHandle { Heap.shared.release(old) }
            profileHandle = handle
            thread.pointee.profile_function = value
        }
        update(thread)
        if !value.isEmpty {
            TraceResume.patchRunningFrames()
        } else if thread.pointee.trace_function.isEmpty && thread.pointee.profile_function.isEmpty {
            TraceResume.restoreAll()
        }
    }

    /// CPython's `_PyThreadState_UpdateTracingState`.
    static func update(_ thread: UnsafeMutablePointer<KraitThreadState>) {
        let set = !thread.pointee.trace_function.isEmpty || !thread.pointee.profile_function.isEmpty
        thread.pointee.use_tracing = thread.pointee.tracing == 0 && set ? 1 : 0
    }

    /// Reports `event` in `frame` to the hook's function, with `line` as the frame's
    /// `f_lineno` meanwhile (CPython's `call_trace` with the trampolines of sysmodule.c).
    /// Nothing is reported from inside a trace or profile function. A function that
    /// raises is removed (and a trace function leaves the frame's `f_trace`), and the
    /// error propagates.
    static func report(_ hook: Hook, _ frame: UnsafeMutablePointer<KraitFrame>, _ event: Event, _ arg: Value,
                       line: Int) throws(PyException) {
        let thread = krait_thread_state()
        guard thread.pointee.tracing == 0 else { return }
        let function = hook == .trace ? thread.pointee.trace_function : thread.pointee.profile_function
        guard !function.isEmpty else { return }
        let frameObject = FrameObjects.object(for: frame)
        let f = frameObject.layout(PyFrameObject.self)
        let callback = hook == .trace && event != .call ? f.pointee.f_trace : function
        guard !callback.isEmpty && callback != .none else { return }
        let outerEvent = thread.pointee.tracing_what
        thread.pointee.tracing_what = event.rawValue
        thread.pointee.tracing += 1
        thread.pointee.use_tracing = 0
        f.pointee.f_lineno = Int32(line)
        f.pointee.f_lineno_reported = 1
        defer {
            f.pointee.f_lineno_reported = 0
            thread.pointee.tracing -= 1
            thread.pointee.tracing_what = outerEvent
            update(thread)
        }
        let result: Value
        do throws(PyException) {
            // The function sees the variables in `f_locals`, and what it changes there
            // is what the frame goes on with (CPython's `call_trampoline`).
            _ = try FrameLocals.refresh(frame)
            defer { FrameLocals.writeBack(frame) }
            result = try Protocols.call(callback, frameObject, Interned.get(event.name), arg)
        } catch {
            if hook == .trace {
                install(.trace, .none)
                f.pointee.f_trace = .none
            } else {
                install(.profile, .none)
            }
            throw error
        }
        if hook == .trace && result != .none { f.pointee.f_trace = result }
    }

    /// Reports to both functions, the trace function first, as CPython's
    /// `trace_function_entry` and `trace_function_exit` do.
    static func reportToBoth(_ frame: UnsafeMutablePointer<KraitFrame>, _ event: Event, _ arg: Value, line: Int) throws(PyException) {
        try report(.trace, frame, event, arg, line: line)
        try report(.profile, frame, event, arg, line: line)
    }
}
