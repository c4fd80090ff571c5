import Compiler
import ObjectLayout
import ObjectModel

/// The points where the tracing loop reports events, each one place of CPython 3.11's
/// `ceval.c` under `use_tracing`.
extension Tracing {
    /// The first instruction that reports events: a generator's RETURN_GENERATOR and
    /// the POP_TOP of its first send come before its start, as before CPython's RESUME.
    @inline(__always)
    static func firstTraceable(_ code: CodeObjects.Pointer) -> Int {
        code.pointee.co_flags & (KRAIT_CO_GENERATOR | KRAIT_CO_COROUTINE | KRAIT_CO_ASYNC_GENERATOR) != 0 ? 2 : 0
    }

    /// A frame starts, resumes or is thrown into: 'call' to both functions. A new frame
    /// is on its `def` line (a module on line 0, as CPython's RESUME there has none);
    /// a resumed one on its `yield`.
    static func enter(_ frame: UnsafeMutablePointer<KraitFrame>) throws(PyException) {
        let code = CodeObjects.code(frame.pointee.f_code)
        let lasti = Int(frame.pointee.f_lasti)
        let line: Int
        if lasti < firstTraceable(code) || lasti == 0 {
            line = Str.swiftString(code.pointee.co_name) == "<module>" ? 0 : Int(code.pointee.co_firstlineno)
        } else {
            line = Tracebacks.line(frame.pointee.f_code, lasti - 1) ?? 0
        }
        try reportToBoth(frame, .call, .none, line: line)
    }

    /// The frame returns or yields `value`, or an exception leaves it (`value` None):
    /// 'return' to both functions.
    static func leave(_ frame: UnsafeMutablePointer<KraitFrame>, _ value: Value) throws(PyException) {
        try reportToBoth(frame, .return, value, line: currentLine(frame))
    }

    /// An exception was raised in the frame (not re-raised): 'exception' with
    /// (type, value, traceback), to the trace function only.
    static func exception(_ frame: UnsafeMutablePointer<KraitFrame>, _ exc: Value) throws(PyException) {
        guard !krait_thread_state().pointee.trace_function.isEmpty else { return }
        let traceback = exc.layout(PyBaseExceptionObject.self).pointee.traceback.map { Value($0) } ?? .none
        let arg = Tuple.make([Value(exc.type), exc, traceback])
        try report(.trace, frame, .exception, arg, line: currentLine(frame))
    }

    /// FOR_ITER's step while tracing: as `iterate`, but an iterator ending by raising
    /// StopIteration (a Python `__next__`) is reported as an 'exception' in the looping
    /// frame before it is cleared, as CPython's FOR_ITER calls `call_exc_trace`; one
    /// that just ends (a generator, a builtin iterator) reports nothing.
    static func iterate(_ frame: UnsafeMutablePointer<KraitFrame>, _ iterator: Value) throws(PyException) -> Value? {
        guard let slot = iterator.type.pointee.tp_iternext,
              !iterator.isExactly(Krait_rangeIterator_type), !iterator.isExactly(Krait_listIterator_type),
              !iterator.isExactly(Krait_tupleIterator_type) else { return try Interpreter.iterate(iterator) }
        if let result = slot(iterator.object) { return Value(normalizing: result) }
        if !CBoundary.hasPending { return nil }
        let error = CBoundary.takePending()
        guard error.matches(Krait_exc_StopIteration) else { throw error }
        try exception(frame, error.value)
        return nil
    }

    /// Before instruction `index` runs (`previous` ran before it, -1 at the start):
    /// a 'line' event when it starts a line other than the previous instruction's, or
    /// when a backward jump other than a `yield from` loop's reaches it; an 'opcode'
    /// event for every instruction when the frame asks for them (CPython's
    /// `maybe_call_line_trace`). True when the trace function moved the frame to
    /// another line (`f_lineno`): `f_lasti` and `f_stackdepth` say where.
    static func instruction(_ frame: UnsafeMutablePointer<KraitFrame>, _ index: Int, previous: Int,
                            _ instructions: UnsafeMutablePointer<UInt32>) throws(PyException) -> Bool {
        let object = frame.pointee.f_frame_object
        // A frame without a frame object has no f_trace yet, so nothing to report.
        guard !object.isEmpty else { return false }
        let f = object.layout(PyFrameObject.self)
        guard f.pointee.f_trace != .none && !f.pointee.f_trace.isEmpty else { return false }
        let code = frame.pointee.f_code
        let line = Tracebacks.line(code, index) ?? -1
        let before = frame.pointee.f_lasti
        if line != -1 && f.pointee.f_trace_lines != 0 {
            let lastLine = previous < 0 ? -1 : Tracebacks.line(code, previous) ?? -1
            let backward = index < previous && TraceResume.opcode(instructions + index) != .send
            if line != lastLine || backward { try report(.trace, frame, .line, .none, line: line) }
        }
        if frame.pointee.f_lasti == before && f.pointee.f_trace_opcodes != 0 {
            try report(.trace, frame, .opcode, .none, line: line)
        }
        return frame.pointee.f_lasti != before
    }

    /// A `yield from` or `await` ended: CPython's SEND, calling `__next__` or `send`
    /// under tracing, sees the StopIteration and reports it, unless a generator's
    /// `__next__` returned None (which raises nothing).
    static func delegationEnded(_ frame: UnsafeMutablePointer<KraitFrame>, _ receiver: Value, sent: Value,
                                result: Value) throws(PyException) {
        guard !krait_thread_state().pointee.trace_function.isEmpty else { return }
        if sent == .none && result == .none && !receiver.isExactly(Krait_coroutine_type) { return }
        let stop = result == .none ? try Protocols.call(Value(Krait_exc_StopIteration))
            : try Protocols.call(Value(Krait_exc_StopIteration), result)
        let arg = Tuple.make([Value(Krait_exc_StopIteration), stop, .none])
        try report(.trace, frame, .exception, arg, line: currentLine(frame))
    }

    static func currentLine(_ frame: UnsafeMutablePointer<KraitFrame>) -> Int {
        Tracebacks.line(frame.pointee.f_code, max(Int(frame.pointee.f_lasti), 0)) ?? 0
    }
}
