import Compiler
import ObjectLayout
import ObjectModel

/// Generators: a frame kept in the generator object, resumed by `send`/`next`.
public enum Generators {
    @inline(__always)
    static func generator(_ v: Value) -> UnsafeMutablePointer<PyGenObject> { v.layout(PyGenObject.self) }

    @inline(__always)
    static func frame(_ v: Value) -> UnsafeMutablePointer<KraitFrame> {
        (UnsafeMutableRawPointer(v.object) + MemoryLayout<PyGenObject>.size).assumingMemoryBound(to: KraitFrame.self)
    }

    /// A generator holding a copy of `frame`, which has its arguments bound.
    static func make(from frame: UnsafeMutablePointer<KraitFrame>, code: CodeObjects.Pointer,
                     function f: UnsafeMutablePointer<PyFunctionObject>) -> Value {
        let words = Int(code.pointee.co_nlocals + code.pointee.co_ncells + code.pointee.co_nfrees + code.pointee.co_stacksize)
        let frameBytes = MemoryLayout<KraitFrame>.size + words * 8
        let type: TypePointer = code.pointee.co_flags & KRAIT_CO_COROUTINE != 0 ? Krait_coroutine_type : Krait_generator_type
        let object = Allocation.object(type, size: MemoryLayout<PyGenObject>.size + frameBytes)
        let g = object.layout(PyGenObject.self)
        g.pointee.gi_code = frame.pointee.f_code
        g.pointee.gi_name = f.pointee.func_name
        g.pointee.gi_qualname = f.pointee.func_qualname
        g.pointee.gi_frame_words = Int32(words)
        let target = Generators.frame(Value(object))
        UnsafeMutableRawPointer(target).copyMemory(from: frame, byteCount: frameBytes)
        // Resume after RETURN_GENERATOR; the first send's None is popped by POP_TOP.
        target.pointee.f_lasti = 1
        target.pointee.f_stackdepth = 0
        target.pointee.f_frame_object = .empty
        return Value(object)
    }

    /// Resumes the generator with `value` (or `exception` thrown in). Returns the
    /// yielded value, or nil when it returned (its value kept in `gi_return_value`).
    static func resume(_ gen: Value, _ value: Value, throwing exception: PyException? = nil) throws(PyException) -> Value? {
        let g = generator(gen)
        let kind = gen.isExactly(Krait_coroutine_type) ? "coroutine" : "generator"
        if g.pointee.gi_running != 0 { throw PyException.valueError("\(kind) already executing") }
        let f = frame(gen)
        if g.pointee.gi_finished != 0 {
            if let exception { throw exception }
            // A finished coroutine cannot be awaited again; a finished generator just stops.
            if kind == "coroutine" { throw PyException(Krait_exc_RuntimeError, "cannot reuse already awaited coroutine") }
            return nil
        }
        if f.pointee.f_lasti == 1 && exception == nil && value != .none {
            throw PyException.typeError("can't send non-None value to a just-started \(kind)")
        }
        let stack = Interpreter.localsplus(f) + Int(CodeObjects.code(g.pointee.gi_code).pointee.co_nlocals
            + CodeObjects.code(g.pointee.gi_code).pointee.co_ncells + CodeObjects.code(g.pointee.gi_code).pointee.co_nfrees)
        if exception == nil {
            stack[Int(f.pointee.f_stackdepth)] = value
            f.pointee.f_stackdepth += 1
        }
        let thread = krait_thread_state()!
        let outerHandled = thread.pointee.handled_exception
        thread.pointee.handled_exception = g.pointee.gi_exc_state
        g.pointee.gi_running = 1
        defer {
            g.pointee.gi_running = 0
            g.pointee.gi_exc_state = thread.pointee.handled_exception
            thread.pointee.handled_exception = outerHandled
        }
        let result: Value
        do throws(PyException) {
            result = try Interpreter.run(f, throwing: exception)
            FrameObjects.noteOwner(f, gen)
        } catch {
            g.pointee.gi_finished = 1
            if error.matches(Krait_exc_StopIteration) {
                let replacement = PyException(Krait_exc_RuntimeError, "\(kind) raised StopIteration")
                replacement.value.layout(PyBaseExceptionObject.self).pointee.cause = error.value.object
                replacement.value.layout(PyBaseExceptionObject.self).pointee.context = error.value.object
                replacement.value.layout(PyBaseExceptionObject.self).pointee.suppress_context = 1
                throw replacement
            }
            throw error
        }
        if f.pointee.f_lasti < 0 {
            g.pointee.gi_finished = 1
            g.pointee.gi_return_value = result
            return nil
        }
        return result
    }

    /// `yield from` / `SEND`: the next value of `receiver`, or nil when it finished.
    static func send(_ receiver: Value, _ value: Value) throws(PyException) -> Value? {
        if isGeneratorLike(receiver) { return try resume(receiver, value) }
        if value == .none { return try Protocols.next(receiver) }
        return try Protocols.callMethod(receiver, "send", value)
    }

    @inline(__always)
    static func isGeneratorLike(_ v: Value) -> Bool { v.isExactly(Krait_generator_type) || v.isExactly(Krait_coroutine_type) }

    static func lastReturnValue(_ receiver: Value) -> Value {
        guard isGeneratorLike(receiver) else { return .none }
        let v = generator(receiver).pointee.gi_return_value
        return v.isEmpty ? .none : v
    }

    static func stopIteration(_ gen: Value) -> PyException {
        let v = generator(gen).pointee.gi_return_value
        if v.isEmpty || v == .none { return PyException(Krait_exc_StopIteration, arguments: []) }
        return PyException(Krait_exc_StopIteration, arguments: [v])
    }

    static func close(_ gen: Value) throws(PyException) {
        let g = generator(gen)
        guard g.pointee.gi_finished == 0, frame(gen).pointee.f_lasti != 1 else {
            g.pointee.gi_finished = 1
            return
        }
        do throws(PyException) {
            if try resume(gen, .none, throwing: PyException(Krait_exc_GeneratorExit, arguments: [])) != nil {
                throw PyException(Krait_exc_RuntimeError, "generator ignored GeneratorExit")
            }
        } catch where error.matches(Krait_exc_GeneratorExit) || error.matches(Krait_exc_StopIteration) {
            return
        }
    }

    static func setUp() {
        define(Krait_generator_type, "generator")
        define(Krait_coroutine_type, "coroutine")
        let t = Krait_generator_type!
        t.pointee.tp_iter = { o in o }
        t.pointee.tp_iternext = { o in
            do throws(PyException) {
                guard let v = try Generators.resume(Value(o!), .none) else {
                    let g = Generators.generator(Value(o!))
                    if !g.pointee.gi_return_value.isEmpty && g.pointee.gi_return_value != .none {
                        CBoundary.setPending(Generators.stopIteration(Value(o!)))
                        g.pointee.gi_return_value = .none
                    }
                    return nil
                }
                return Boxing.object(v)
            } catch {
                CBoundary.setPending(error)
                return nil
            }
        }
    }

    /// What generators and coroutines share: tracing, repr, send/throw/close, names.
    static func define(_ type: TypePointer, _ name: String) {
        TypeSetup.begin(type, name: name, basicSize: MemoryLayout<PyGenObject>.size)
        let prefix = type == Krait_coroutine_type ? "cr" : "gi"
        type.pointee.tp_traverse = { o, visit, arg in
            let gen = Value(o!)
            let g = Generators.generator(gen)
            for v in [g.pointee.gi_code, g.pointee.gi_name, g.pointee.gi_qualname, g.pointee.gi_exc_state, g.pointee.gi_return_value] {
                Trace.visit(v, visit, arg)
            }
            let f = Generators.frame(gen)
            for v in [f.pointee.f_code, f.pointee.f_func, f.pointee.f_globals, f.pointee.f_builtins, f.pointee.f_locals, f.pointee.f_frame_object] {
                Trace.visit(v, visit, arg)
            }
            let slots = Interpreter.localsplus(f)
            for i in 0..<Int(g.pointee.gi_frame_words) { Trace.visit(slots[i], visit, arg) }
            return 0
        }
        type.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let g = Generators.generator(Value(o!))
                let address = String(UInt(bitPattern: o!), radix: 16)
                return Str.make("<\(TypeObject.name(Value(o!).type)) object \(Str.swiftString(g.pointee.gi_qualname)) at 0x\(address)>")
            }
        }
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("send", doc: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let value = try Arguments(a, n, k).one("send")
                    guard let v = try Generators.resume(s, value) else { throw Generators.stopIteration(s) }
                    return v
                }
            },
            MethodSpec("throw", doc: "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.positional("throw", min: 1, max: 3)
                    let exc = try Interpreter.instantiate(args[0], what: "exceptions must be classes or instances deriving from BaseException, not \(TypeObject.name(args[0].type))")
                    guard let v = try Generators.resume(s, .none, throwing: PyException(exc)) else { throw Generators.stopIteration(s) }
                    return v
                }
            },
            MethodSpec("close", doc: "close() -> raise GeneratorExit inside generator.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    try Arguments(a, n, k).none("close")
                    try Generators.close(s)
                    return .none
                }
            },
        ])
        type.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("__name__", get: { o, _ in Generators.generator(Value(o!)).pointee.gi_name.object }),
            GetSetSpec("__qualname__", get: { o, _ in Generators.generator(Value(o!)).pointee.gi_qualname.object }),
            GetSetSpec(prefix + "_code", get: { o, _ in Generators.generator(Value(o!)).pointee.gi_code.object }),
            GetSetSpec(prefix + "_running", get: { o, _ in Value.bool(Generators.generator(Value(o!)).pointee.gi_running != 0).object }),
        ])
    }
}
