import Compiler
import GC
import ObjectLayout
import ObjectModel

/// Generators, coroutines and async generators: a frame kept in the object, resumed by
/// `send`/`next` (and, for async generators, by their asend/athrow awaitables).
public enum Generators {
    @inline(__always)
    static func generator(_ v: Value) -> UnsafeMutablePointer<PyGenObject> { v.layout(PyGenObject.self) }

    @inline(__always)
    static func frame(_ v: Value) -> UnsafeMutablePointer<KraitFrame> {
        (UnsafeMutableRawPointer(v.object) + MemoryLayout<PyGenObject>.size).assumingMemoryBound(to: KraitFrame.self)
    }

    /// The first slot of the frame's value stack.
    static func stack(_ v: Value) -> UnsafeMutablePointer<Value> {
        let c = CodeObjects.code(generator(v).pointee.gi_code)
        return Interpreter.localsplus(frame(v)) + Int(c.pointee.co_nlocals + c.pointee.co_ncells + c.pointee.co_nfrees)
    }

    /// How messages name the object: "generator", "coroutine" or "async generator".
    static func kind(_ v: Value) -> String {
        v.isExactly(Krait_coroutine_type) ? "coroutine" : v.isExactly(Krait_asyncGenerator_type) ? "async generator" : "generator"
    }

    /// A generator holding a copy of `frame`, which has its arguments bound.
    static func make(from frame: UnsafeMutablePointer<KraitFrame>, code: CodeObjects.Pointer,
                     function f: UnsafeMutablePointer<PyFunctionObject>) -> Value {
        let (gen, target) = allocate(code, f)
        UnsafeMutableRawPointer(target).copyMemory(from: frame, byteCount: MemoryLayout<KraitFrame>.size + frameWords(code) * 8)
        // Resume after RETURN_GENERATOR; the first send's None is popped by POP_TOP.
        target.pointee.f_lasti = 1
        target.pointee.f_stackdepth = 0
        target.pointee.f_frame_object = .empty
        return gen
    }

    /// A generator (coroutine, async generator) for a call of `function` with exactly
    /// its positional parameters: the frame is built inside the new object, with no
    /// frame pushed and copied as `make(from:)` does.
    static func makeExactly(_ function: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int) -> Value {
        let f = Functions.function(function)
        let code = CodeObjects.code(f.pointee.func_code)
        let (gen, frame) = allocate(code, f)
        frame.pointee.f_code = f.pointee.func_code
        frame.pointee.f_func = function
        frame.pointee.f_globals = f.pointee.func_globals
        frame.pointee.f_builtins = f.pointee.func_builtins
        let locals = Interpreter.localsplus(frame)
        for i in 0..<count { locals[i] = args[i] }
        if code.pointee.co_ncells | code.pointee.co_nfrees != 0 { Interpreter.prepareCells(frame, code, f) }
        // Resume after RETURN_GENERATOR, as `make(from:)`.
        frame.pointee.f_lasti = 1
        return gen
    }

    /// The words of a frame of `code`: variables, cells, free variables and stack.
    @inline(__always)
    static func frameWords(_ code: CodeObjects.Pointer) -> Int {
        Int(code.pointee.co_nlocals + code.pointee.co_ncells + code.pointee.co_nfrees + code.pointee.co_stacksize)
    }

    /// A zeroed generator, coroutine or async generator (by the code's flags) for
    /// `code` of function `f`, with its names set, and the frame inside it.
    @inline(__always)
    static func allocate(_ code: CodeObjects.Pointer, _ f: UnsafeMutablePointer<PyFunctionObject>)
        -> (Value, UnsafeMutablePointer<KraitFrame>) {
        let words = frameWords(code)
        let flags = code.pointee.co_flags
        let type: TypePointer = flags & KRAIT_CO_ASYNC_GENERATOR != 0 ? Krait_asyncGenerator_type
            : flags & KRAIT_CO_COROUTINE != 0 ? Krait_coroutine_type : Krait_generator_type
        let object = Allocation.object(type, size: MemoryLayout<PyGenObject>.size + MemoryLayout<KraitFrame>.size + words * 8)
        let g = object.layout(PyGenObject.self)
        g.pointee.gi_code = f.pointee.func_code
        g.pointee.gi_name = f.pointee.func_name
        g.pointee.gi_qualname = f.pointee.func_qualname
        g.pointee.gi_frame_words = Int32(words)
        return (Value(object), Generators.frame(Value(object)))
    }

    /// Resumes the generator with `value` (or `exception` thrown in). Returns the
    /// yielded value, or nil when it returned (its value kept in `gi_return_value`).
    static func resume(_ gen: Value, _ value: Value, throwing exception: PyException? = nil) throws(PyException) -> Value? {
        let g = generator(gen)
        if g.pointee.gi_running != 0 { throw PyException.valueError("\(kind(gen)) already executing") }
        let f = frame(gen)
        if g.pointee.gi_finished != 0 {
            // A finished coroutine cannot be resumed, nor thrown into, again; a finished
            // generator re-raises what is thrown, or just stops.
            if gen.isExactly(Krait_coroutine_type) { throw PyException(Krait_exc_RuntimeError, "cannot reuse already awaited coroutine") }
            if let exception { throw exception }
            return nil
        }
        if f.pointee.f_lasti == 1 && exception == nil && value != .none {
            throw PyException.typeError("can't send non-None value to a just-started \(kind(gen))")
        }
        if exception == nil {
            stack(gen)[Int(f.pointee.f_stackdepth)] = value
            f.pointee.f_stackdepth += 1
        }
        let thread = krait_thread_state()
        let outerHandled = thread.pointee.handled_exception
        let outerCallers = thread.pointee.callers_handled_exception
        if !outerHandled.isEmpty { thread.pointee.callers_handled_exception = outerHandled }
        thread.pointee.handled_exception = g.pointee.gi_exc_state
        g.pointee.gi_running = 1
        defer {
            g.pointee.gi_running = 0
            g.pointee.gi_exc_state = thread.pointee.handled_exception
            thread.pointee.handled_exception = outerHandled
            thread.pointee.callers_handled_exception = outerCallers
        }
        let result: Value
        do throws(PyException) {
            result = try Interpreter.run(f, throwing: exception)
            FrameObjects.noteOwner(f, gen)
        } catch {
            finish(gen)
            if error.matches(Krait_exc_StopIteration) {
                throw replaced(error, "\(kind(gen)) raised StopIteration")
            }
            if gen.isExactly(Krait_asyncGenerator_type) && error.matches(Krait_exc_StopAsyncIteration) {
                throw replaced(error, "async generator raised StopAsyncIteration")
            }
            throw error
        }
        if f.pointee.f_lasti < 0 {
            finish(gen)
            g.pointee.gi_return_value = result
            return nil
        }
        return result
    }

    /// A RuntimeError caused by `error` (CPython's `_PyErr_FormatFromCause`).
    static func replaced(_ error: PyException, _ message: String) -> PyException {
        PyException.fromCause(error, Krait_exc_RuntimeError, message)
    }

    /// What the generator is suspended on in a `yield from` or `await` (CPython's
    /// `_PyGen_yf`), or nil. There it waits on `JUMP` back to the loop's `SEND`, with
    /// the receiver on top of its stack.
    static func delegate(_ gen: Value) -> Value? {
        let g = generator(gen)
        let f = frame(gen)
        guard g.pointee.gi_finished == 0, g.pointee.gi_running == 0, f.pointee.f_lasti > 1 else { return nil }
        let code = CodeObjects.code(g.pointee.gi_code)
        let instructions = Bytes.data(code.pointee.co_code).assumingMemoryBound(to: UInt32.self)
        let word = TraceResume.original(instructions + Int(f.pointee.f_lasti))
        guard Opcode.decode(word) == .jump, TraceResume.opcode(instructions + Int(word >> 8)) == .send else { return nil }
        return stack(gen)[Int(f.pointee.f_stackdepth) - 1]
    }

    /// Ends the generator's `yield from` (or `await`) early: pops the receiver and moves
    /// to where the loop ends, so that resuming with a value makes it the result.
    static func leaveDelegation(_ gen: Value) {
        let f = frame(gen)
        let instructions = Bytes.data(CodeObjects.code(generator(gen).pointee.gi_code).pointee.co_code).assumingMemoryBound(to: UInt32.self)
        let send = TraceResume.original(instructions + Int(TraceResume.original(instructions + Int(f.pointee.f_lasti)) >> 8))
        f.pointee.f_stackdepth -= 1
        f.pointee.f_lasti = Int32(send >> 8)
    }

    /// `throw()` (CPython's `_gen_throw`): into what the generator delegates to, when it
    /// is in a `yield from` or `await`, else at its `yield`. GeneratorExit closes the
    /// delegate instead, unless `closing` is false (async generators' athrow/aclose).
    static func throwInto(_ gen: Value, _ exception: PyException, closing: Bool = true) throws(PyException) -> Value? {
        guard let inner = delegate(gen) else { return try resume(gen, .none, throwing: exception) }
        let g = generator(gen)
        // What the delegate did. The generator resumes after the `do` block, so that an
        // exception the generator itself raises is not taken for the delegate's.
        enum Outcome { case yielded(Value), returned, raiseHere }
        let outcome: Outcome
        g.pointee.gi_running = 1
        do throws(PyException) {
            if closing && exception.matches(Krait_exc_GeneratorExit) {
                try closeIterator(inner)
                outcome = .raiseHere
            } else if isGeneratorLike(inner) {
                outcome = try throwInto(inner, exception, closing: closing).map { .yielded($0) } ?? .returned
            } else if let method = try Protocols.lookupAttribute(inner, Interned.literal("throw")) {
                outcome = .yielded(try Protocols.call(method, exception.value))
            } else {
                outcome = .raiseHere
            }
        } catch {
            g.pointee.gi_running = 0
            leaveDelegation(gen)
            if error.matches(Krait_exc_StopIteration) {
                return try resume(gen, try Protocols.getAttribute(error.value, "value"))
            }
            return try resume(gen, .none, throwing: error)
        }
        g.pointee.gi_running = 0
        switch outcome {
        case .yielded(let value):
            return value
        case .returned:
            // The delegate returned: its value is the result of the `yield from`.
            leaveDelegation(gen)
            return try resume(gen, lastReturnValue(inner))
        case .raiseHere:
            // Closed the delegate, or it has no `throw`: raised at the `yield from`.
            return try resume(gen, .none, throwing: exception)
        }
    }

    /// CPython's `gen_close_iter`: closes a delegate (through its `close`, if it has one).
    static func closeIterator(_ inner: Value) throws(PyException) {
        if isGeneratorLike(inner) {
            try close(inner)
        } else if let method = try Protocols.lookupAttribute(inner, Interned.literal("close")) {
            _ = try Protocols.call(method)
        }
    }

    /// What one step of a `yield from` or `await` gave: a value to pass up, or the result.
    enum SendResult {
        case yielded(Value)
        case returned(Value)
    }

    /// `yield from` / `SEND`: sends `value` to `receiver` (None through `__next__`).
    static func send(_ receiver: Value, _ value: Value) throws(PyException) -> SendResult {
        if isGeneratorLike(receiver) {
            if let v = try resume(receiver, value) { return .yielded(v) }
            return .returned(lastReturnValue(receiver))
        }
        do throws(PyException) {
            if value != .none { return .yielded(try Protocols.callMethod(receiver, "send", value)) }
            guard let slot = receiver.type.pointee.tp_iternext else {
                throw PyException.typeError("'\(TypeObject.name(receiver.type))' object is not an iterator")
            }
            if let result = slot(receiver.object) { return .yielded(Value(normalizing: result)) }
            if !CBoundary.hasPending { return .returned(.none) }
            throw CBoundary.takePending()
        } catch where error.matches(Krait_exc_StopIteration) {
            return .returned(try Protocols.getAttribute(error.value, "value"))
        }
    }

    @inline(__always)
    static func isGeneratorLike(_ v: Value) -> Bool { v.isExactly(Krait_generator_type) || v.isExactly(Krait_coroutine_type) }

    static func lastReturnValue(_ receiver: Value) -> Value {
        guard isGeneratorLike(receiver) else { return .none }
        let v = generator(receiver).pointee.gi_return_value
        return v.isEmpty ? .none : v
    }

    static func stopIteration(_ gen: Value) -> PyException {
        stopIteration(value: generator(gen).pointee.gi_return_value)
    }

    /// StopIteration carrying `value` (none for None, as `_PyGen_SetStopIterationValue`).
    static func stopIteration(value v: Value) -> PyException {
        if v.isEmpty || v == .none { return PyException(Krait_exc_StopIteration, arguments: []) }
        return PyException(Krait_exc_StopIteration, arguments: [v])
    }

    /// Marks the generator finished; its finalizer (`finalize`) has nothing left to do.
    static func finish(_ gen: Value) {
        generator(gen).pointee.gi_finished = 1
        Heap.skipFinalizer(gen.object)
    }

    /// `close()` (CPython's `gen_close`): closes the delegate, then raises GeneratorExit
    /// (or what closing the delegate raised) at the generator's `yield`.
    static func close(_ gen: Value) throws(PyException) {
        let g = generator(gen)
        guard g.pointee.gi_finished == 0, frame(gen).pointee.f_lasti != 1 else {
            finish(gen)
            return
        }
        var exception = PyException(Krait_exc_GeneratorExit, arguments: [])
        if let inner = delegate(gen) {
            g.pointee.gi_running = 1
            do throws(PyException) {
                try closeIterator(inner)
            } catch {
                exception = error
            }
            g.pointee.gi_running = 0
        }
        do throws(PyException) {
            if try resume(gen, .none, throwing: exception) != nil {
                throw PyException(Krait_exc_RuntimeError, "\(kind(gen)) ignored GeneratorExit")
            }
        } catch where error.matches(Krait_exc_GeneratorExit) || error.matches(Krait_exc_StopIteration) {
            return
        }
    }

    /// A suspended generator or coroutine that dies is closed, so its `finally` blocks
    /// and `with` exits run (CPython's `_PyGen_Finalize`); one never started has
    /// nothing to close. An async generator with a finalizer hook (asyncio's) is handed
    /// to it instead, to be closed by its event loop.
    static let finalize: destructor = { o in
        let gen = Value(o!)
        guard generator(gen).pointee.gi_finished == 0, frame(gen).pointee.f_lasti != 1 else { return }
        do throws(PyException) {
            if gen.isExactly(Krait_asyncGenerator_type), let hook = AsyncGenerators.finalizerHook(gen) {
                _ = try Protocols.call(hook, gen)
                return
            }
            try close(gen)
        } catch {
            RuntimeHooks.writeUnraisable?(error, nil, gen)
        }
    }

    /// The exception `throw(type[, value[, traceback]])` raises.
    static func thrownException(_ args: Arguments) throws(PyException) -> PyException {
        let type = args[0]
        let value = args.optional(1) ?? .none
        if Interpreter.isExceptionClass(type) && value != .none {
            if Interpreter.isException(value) && TypeObject.isSubtype(value.type, of: type.object.layout(PyTypeObject.self)) {
                return PyException(value)
            }
            return PyException(try Protocols.call(type, value))
        }
        if Interpreter.isException(type) && value != .none {
            throw PyException.typeError("instance exception may not have a separate value")
        }
        return PyException(try Interpreter.instantiate(type, what: "exceptions must be classes or instances deriving from BaseException, not \(TypeObject.name(type.type))"))
    }

    /// The frame object of a generator that has not finished, else None.
    static func frameObject(_ gen: Value) -> Value {
        let g = generator(gen)
        guard g.pointee.gi_finished == 0 else { return .none }
        let f = frame(gen)
        let object = Tracebacks.frameObject(f)
        FrameObjects.noteOwner(f, gen)
        return object
    }

    static func setUp() {
        define(Krait_generator_type, "generator", prefix: "gi")
        define(Krait_coroutine_type, "coroutine", prefix: "cr")
        define(Krait_asyncGenerator_type, "async_generator", prefix: "ag")
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
        t.pointee.tp_methods = TypeSetup.methodTable(sendThrowClose)
        Krait_coroutine_type.pointee.tp_methods = TypeSetup.methodTable(sendThrowClose)
        Krait_asyncGenerator_type.pointee.tp_methods = TypeSetup.methodTable(AsyncGenerators.methods + [GenericAlias.classGetItem])
        AsyncGenerators.setUp()
    }

    static let sendThrowClose = [
        MethodSpec("send", doc: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let value = try Arguments(a, n, k).one("\(TypeObject.name(s.type)).send")
                guard let v = try Generators.resume(s, value) else { throw Generators.stopIteration(s) }
                return v
            }
        },
        MethodSpec("throw", doc: "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("throw", min: 1, max: 3)
                guard let v = try Generators.throwInto(s, try Generators.thrownException(args)) else { throw Generators.stopIteration(s) }
                return v
            }
        },
        MethodSpec("close", doc: "close() -> raise GeneratorExit inside generator.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("\(TypeObject.name(s.type)).close")
                try Generators.close(s)
                return .none
            }
        },
    ]

    /// What the three kinds share: tracing, repr, names and the `gi_`/`cr_`/`ag_` attributes.
    static func define(_ type: TypePointer, _ name: String, prefix: String) {
        TypeSetup.begin(type, name: name, basicSize: MemoryLayout<PyGenObject>.size)
        type.pointee.tp_weaklistoffset = MemoryLayout<PyGenObject>.offset(of: \.gi_weakreflist)!
        type.pointee.tp_finalize = finalize
        type.pointee.tp_traverse = { o, visit, arg in
            let gen = Value(o!)
            let g = Generators.generator(gen)
            for v in [g.pointee.gi_code, g.pointee.gi_name, g.pointee.gi_qualname, g.pointee.gi_exc_state, g.pointee.gi_return_value,
                      g.pointee.ag_finalizer] {
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
        var attributes = [
            GetSetSpec("__name__", get: { o, _ in Generators.generator(Value(o!)).pointee.gi_name.object }),
            GetSetSpec("__qualname__", get: { o, _ in Generators.generator(Value(o!)).pointee.gi_qualname.object }),
            GetSetSpec(prefix + "_code", get: { o, _ in Generators.generator(Value(o!)).pointee.gi_code.object }),
            GetSetSpec(prefix + "_frame", get: { o, _ in Generators.frameObject(Value(o!)).object }),
            GetSetSpec(prefix == "gi" ? "gi_yieldfrom" : prefix + "_await", get: { o, _ in (Generators.delegate(Value(o!)) ?? .none).object }),
        ]
        if prefix == "ag" {
            attributes.append(GetSetSpec("ag_running", get: { o, _ in Value.bool(Generators.generator(Value(o!)).pointee.ag_running_async != 0).object }))
        } else {
            attributes.append(GetSetSpec(prefix + "_running", get: { o, _ in Value.bool(Generators.generator(Value(o!)).pointee.gi_running != 0).object }))
            attributes.append(GetSetSpec(prefix + "_suspended", get: { o, _ in
                let g = Generators.generator(Value(o!))
                let started = Generators.frame(Value(o!)).pointee.f_lasti > 1
                return Value.bool(started && g.pointee.gi_finished == 0 && g.pointee.gi_running == 0).object
            }))
        }
        if prefix == "cr" { attributes.append(GetSetSpec("cr_origin", get: { _, _ in Value.none.object })) }
        type.pointee.tp_getset = MemberDescriptors.getSetTable(attributes)
    }
}
