import Compiler
import ObjectLayout
import ObjectModel

/// `frame` objects: made on demand (tracebacks, `sys._getframe`) for a running frame,
/// they read it live; when the frame ends they keep its line, locals and caller.
public enum FrameObjects {
    @inline(__always)
    static func object(_ v: Value) -> UnsafeMutablePointer<PyFrameObject> { v.layout(PyFrameObject.self) }

    /// The frame object of `frame`, made on first use.
    public static func object(for frame: UnsafeMutablePointer<KraitFrame>) -> Value {
        if !frame.pointee.f_frame_object.isEmpty { return frame.pointee.f_frame_object }
        let o = Allocation.object(Krait_frame_type, size: MemoryLayout<PyFrameObject>.size)
        let f = o.layout(PyFrameObject.self)
        f.pointee.f_frame = frame
        f.pointee.f_trace_lines = 1
        f.pointee.f_code = frame.pointee.f_code
        f.pointee.f_globals = frame.pointee.f_globals
        f.pointee.f_builtins = frame.pointee.f_builtins
        f.pointee.f_locals = frame.pointee.f_locals
        f.pointee.f_back = .empty
        f.pointee.f_owner = .empty
        f.pointee.f_trace = .none
        f.pointee.f_lasti = frame.pointee.f_lasti
        frame.pointee.f_frame_object = Value(o)
        return Value(o)
    }

    /// The frame `depth` calls out from the running one (`sys._getframe`).
    public static func current(depth: Int) throws(PyException) -> Value {
        var frame = krait_thread_state().pointee.current_frame?.assumingMemoryBound(to: KraitFrame.self)
        var remaining = depth
        while remaining > 0, let f = frame {
            frame = f.pointee.f_previous
            remaining -= 1
        }
        guard let frame else { throw PyException.valueError("call stack is not deep enough") }
        return object(for: frame)
    }

    /// The frame ends: its object keeps the last line, the locals and the caller.
    static func detach(_ frame: UnsafeMutablePointer<KraitFrame>) {
        let v = frame.pointee.f_frame_object
        frame.pointee.f_frame_object = .empty
        let f = object(v)
        f.pointee.f_lineno = Int32(Tracebacks.line(frame.pointee.f_code, Int(max(f.pointee.f_lasti, 0))) ?? 0)
        f.pointee.f_locals = (try? FrameLocals.refresh(frame)) ?? frame.pointee.f_locals
        if let previous = frame.pointee.f_previous { f.pointee.f_back = object(for: previous) }
        f.pointee.f_frame = nil
        f.pointee.f_owner = .empty
    }

    /// A generator's frame object must keep the generator, which holds the frame.
    static func noteOwner(_ frame: UnsafeMutablePointer<KraitFrame>, _ generator: Value) {
        guard !frame.pointee.f_frame_object.isEmpty else { return }
        object(frame.pointee.f_frame_object).pointee.f_owner = generator
    }

    /// The frame is ending at instruction `index` (its `f_lasti` becomes -1).
    static func recordEnd(_ frame: UnsafeMutablePointer<KraitFrame>, at index: Int) {
        object(frame.pointee.f_frame_object).pointee.f_lasti = Int32(index)
    }

    /// Whether `frame` is on the thread's chain of running frames (a suspended
    /// generator's is not, and has no caller).
    static func isRunning(_ frame: UnsafeMutablePointer<KraitFrame>) -> Bool {
        var f = krait_thread_state().pointee.current_frame?.assumingMemoryBound(to: KraitFrame.self)
        while let current = f {
            if current == frame { return true }
            f = current.pointee.f_previous
        }
        return false
    }

    /// A running frame's line is read live (but for the event's line while a trace or
    /// profile function is told of it), an ended one's was stored; a suspended
    /// generator is at its `yield` (the instruction before its resume point), or at its
    /// `def` line before it started, as CPython shows them.
    static func lineno(_ v: Value) -> Int {
        let f = object(v)
        guard let frame = f.pointee.f_frame, f.pointee.f_lineno_reported == 0 else { return Int(f.pointee.f_lineno) }
        let lasti = Int(frame.pointee.f_lasti)
        if isRunning(frame) { return Tracebacks.line(frame.pointee.f_code, max(lasti, 0)) ?? Int(f.pointee.f_lineno) }
        if lasti <= 1 { return Int(CodeObjects.code(frame.pointee.f_code).pointee.co_firstlineno) }
        return Tracebacks.line(frame.pointee.f_code, lasti - 1) ?? 0
    }

    static func back(_ v: Value) -> Value {
        let f = object(v)
        guard let frame = f.pointee.f_frame else { return f.pointee.f_back.isEmpty ? .none : f.pointee.f_back }
        guard isRunning(frame), let previous = frame.pointee.f_previous else { return .none }
        return object(for: previous)
    }

    static func locals(_ v: Value) throws(PyException) -> Value {
        let f = object(v)
        guard let frame = f.pointee.f_frame else { return f.pointee.f_locals.isEmpty ? Dict.new() : f.pointee.f_locals }
        return try FrameLocals.refresh(frame)
    }

    static func repr(_ v: Value) throws(PyException) -> String {
        let address = String(UInt(bitPattern: Boxing.object(v)), radix: 16)
        let code = CodeObjects.code(object(v).pointee.f_code)
        let file = try Protocols.reprText(code.pointee.co_filename)
        return "<frame at 0x\(address), file \(file), line \(lineno(v)), code \(Str.swiftString(code.pointee.co_name))>"
    }

    static func setUp() {
        let t = Krait_frame_type!
        TypeSetup.begin(t, name: "frame", basicSize: MemoryLayout<PyFrameObject>.size, flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        t.pointee.tp_traverse = { o, visit, arg in
            let f = o!.layout(PyFrameObject.self).pointee
            for v in [f.f_code, f.f_globals, f.f_back, f.f_builtins, f.f_locals, f.f_owner, f.f_trace] { Trace.visit(v, visit, arg) }
            return 0
        }
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in Str.make(try FrameObjects.repr(Value(o!))) } }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("f_globals", Int32(T_KRAIT_VALUE), MemoryLayout<PyFrameObject>.offset(of: \.f_globals)!, true, nil),
            ("f_builtins", Int32(T_KRAIT_VALUE), MemoryLayout<PyFrameObject>.offset(of: \.f_builtins)!, true, nil),
            ("f_code", Int32(T_KRAIT_VALUE), MemoryLayout<PyFrameObject>.offset(of: \.f_code)!, true, nil),
            ("f_trace", Int32(T_KRAIT_VALUE), MemoryLayout<PyFrameObject>.offset(of: \.f_trace)!, false, nil),
            ("f_trace_lines", Int32(T_BOOL), MemoryLayout<PyFrameObject>.offset(of: \.f_trace_lines)!, false, nil),
            ("f_trace_opcodes", Int32(T_BOOL), MemoryLayout<PyFrameObject>.offset(of: \.f_trace_opcodes)!, false, nil),
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("f_back", get: { o, _ in Boxing.object(FrameObjects.back(Value(o!))) }),
            GetSetSpec("f_locals", get: { o, _ in CBoundary.object { () throws(PyException) in try FrameObjects.locals(Value(o!)) } }),
            GetSetSpec("f_lineno", get: { o, _ in Boxing.object(IntObject.make(FrameObjects.lineno(Value(o!)))) },
                       set: { o, v, _ in CBoundary.status { () throws(PyException) in try LineJump.set(Value(o!), v.map { Value(normalizing: $0) }) } }),
            GetSetSpec("f_lasti", get: { o, _ in
                let f = FrameObjects.object(Value(o!))
                let index = f.pointee.f_frame.map { Int($0.pointee.f_lasti) } ?? Int(f.pointee.f_lasti)
                // CPython counts bytes of 2-byte code units.
                return Boxing.object(IntObject.make(max(index, 0) * 2))
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("clear", doc: "F.clear(): clear most references held by the frame") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("clear")
                    if FrameObjects.object(s).pointee.f_frame != nil {
                        throw PyException(Krait_exc_RuntimeError, "cannot clear an executing frame")
                    }
                    FrameObjects.object(s).pointee.f_locals = .empty
                    return .none
                }
            },
        ])
    }
}
