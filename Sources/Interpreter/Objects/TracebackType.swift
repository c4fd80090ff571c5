import Compiler
import ObjectLayout
import ObjectModel

/// `traceback` entries (one per frame an exception passed through) and the `frame`
/// objects they point to.
public enum Tracebacks {
    /// The line of instruction `index` of `code`, or nil when it has none.
    public static func line(_ code: Value, _ index: Int) -> Int? {
        position(code, index).map { $0.line }
    }

    /// Line, end line, column and end column (UTF-8 bytes) of an instruction.
    public static func position(_ code: Value, _ index: Int) -> (line: Int, endLine: Int, column: Int, endColumn: Int)? {
        let c = CodeObjects.code(code)
        guard index >= 0 && index < Int(c.pointee.co_ninstructions) else { return nil }
        let p = Bytes.data(c.pointee.co_positions).assumingMemoryBound(to: Int32.self) + index * 4
        guard p[0] > 0 else { return nil }
        return (Int(p[0]), Int(p[1]), Int(p[2]), Int(p[3]))
    }

    static func frameObject(_ frame: UnsafeMutablePointer<KraitFrame>) -> Value { FrameObjects.object(for: frame) }

    /// Adds the entry for `frame` at the head of the exception's traceback.
    static func add(_ exception: Value, _ frame: UnsafeMutablePointer<KraitFrame>) {
        guard TypeObject.isSubtype(exception.type, of: Krait_exc_BaseException) else { return }
        let e = exception.layout(PyBaseExceptionObject.self)
        let object = Allocation.object(Krait_traceback_type, size: MemoryLayout<PyTracebackObject>.size)
        let tb = object.layout(PyTracebackObject.self)
        tb.pointee.tb_next = e.pointee.traceback.map { Value($0) } ?? .empty
        if tb.pointee.tb_next == .none { tb.pointee.tb_next = .empty }
        tb.pointee.tb_frame = frameObject(frame)
        tb.pointee.tb_lasti = frame.pointee.f_lasti
        tb.pointee.tb_lineno = Int32(line(frame.pointee.f_code, Int(frame.pointee.f_lasti)) ?? -1)
        e.pointee.traceback = object
    }

    /// The entries of a traceback, outermost first: (code, instruction index, line).
    public static func entries(_ traceback: Value) -> [(code: Value, index: Int, line: Int)] {
        var out: [(Value, Int, Int)] = []
        var tb = traceback
        while tb.isObject && tb.isExactly(Krait_traceback_type) {
            let t = tb.layout(PyTracebackObject.self)
            let frame = t.pointee.tb_frame.layout(PyFrameObject.self)
            out.append((frame.pointee.f_code, Int(t.pointee.tb_lasti), Int(t.pointee.tb_lineno)))
            tb = t.pointee.tb_next
        }
        return out
    }

    /// `tb.tb_next = next`: None or a traceback that does not lead back to `tb`.
    static func setNext(_ tb: Value, _ next: Value?) throws(PyException) {
        guard let next else { throw PyException.typeError("can't delete tb_next attribute") }
        if next != .none {
            guard next.isExactly(Krait_traceback_type) else {
                throw PyException.typeError("expected traceback object, got '\(TypeObject.name(next.type))'")
            }
            var cursor = next
            while !cursor.isEmpty {
                if cursor == tb { throw PyException.valueError("traceback loop detected") }
                cursor = cursor.layout(PyTracebackObject.self).pointee.tb_next
            }
        }
        tb.layout(PyTracebackObject.self).pointee.tb_next = next == .none ? .empty : next
    }

    /// `TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`. Krait keeps instruction
    /// indices, so an odd byte offset reads back one lower.
    static func construct(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("TracebackType", ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], required: 4)
        let next = p[0]!, frame = p[1]!
        if next != .none && !next.isExactly(Krait_traceback_type) {
            throw PyException.typeError("expected traceback object or None, got '\(TypeObject.name(next.type))'")
        }
        guard frame.isExactly(Krait_frame_type) else {
            throw PyException.typeError("TracebackType() argument 'tb_frame' must be frame, not \(TypeObject.argumentTypeName(frame))")
        }
        let lasti = try CodeType.cInt(p[2]!), line = try CodeType.cInt(p[3]!)
        let object = Allocation.object(Krait_traceback_type, size: MemoryLayout<PyTracebackObject>.size)
        let tb = object.layout(PyTracebackObject.self)
        tb.pointee.tb_next = next == .none ? .empty : next
        tb.pointee.tb_frame = frame
        tb.pointee.tb_lasti = lasti / 2
        tb.pointee.tb_lineno = line
        return Value(object)
    }

    static func setUp() {
        let t = Krait_traceback_type!
        TypeSetup.begin(t, name: "traceback", basicSize: MemoryLayout<PyTracebackObject>.size,
                        doc: "TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)\n--\n\nCreate a new traceback object.")
        t.pointee.tp_traverse = { o, visit, arg in
            let tb = o!.layout(PyTracebackObject.self)
            Trace.visit(tb.pointee.tb_next, visit, arg)
            Trace.visit(tb.pointee.tb_frame, visit, arg)
            return 0
        }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("tb_frame", Int32(T_KRAIT_VALUE), MemoryLayout<PyTracebackObject>.offset(of: \.tb_frame)!, true, nil),
            ("tb_lineno", Int32(T_INT), MemoryLayout<PyTracebackObject>.offset(of: \.tb_lineno)!, true, nil),
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            // An offset in bytes of 2-byte code units, as `f_lasti` (the field is an index).
            GetSetSpec("tb_lasti", get: { o, _ in Boxing.object(IntObject.make(Int(o!.layout(PyTracebackObject.self).pointee.tb_lasti) * 2)) }),
            GetSetSpec("tb_next", get: { o, _ in
                let next = o!.layout(PyTracebackObject.self).pointee.tb_next
                return next.isEmpty ? Krait_None : Boxing.object(next)
            }, set: { o, v, _ in
                CBoundary.status { () throws(PyException) in try Tracebacks.setNext(Value(o!), v.map { Value($0) }) }
            }),
        ])
        NativeConstructors.register(t) { _, args throws(PyException) in try Tracebacks.construct(args) }
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__dir__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("traceback.__dir__")
                    return List.make(strings: ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"])
                }
            },
        ])
        FrameObjects.setUp()
    }
}
