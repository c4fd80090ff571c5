import ObjectLayout
import ObjectModel

/// Async generators (PEP 525) as CPython 3.11 runs them: `yield` wraps its value
/// (ASYNC_GEN_WRAP) so the asend/athrow awaitables can tell it from what an `await`
/// inside passes up to the event loop; a wrapped value ends the awaitable with
/// StopIteration(value), the generator's return with StopAsyncIteration.
public enum AsyncGenerators {
    static let notStarted: Int32 = 0, iterating: Int32 = 1, closed: Int32 = 2

    @inline(__always)
    static func awaitable(_ v: Value) -> UnsafeMutablePointer<KraitAsyncGenAwaitable> { v.layout(KraitAsyncGenAwaitable.self) }

    static func makeAwaitable(_ type: TypePointer, _ gen: Value, _ value: Value) -> Value {
        let object = Allocation.object(type, size: MemoryLayout<KraitAsyncGenAwaitable>.size)
        let a = object.layout(KraitAsyncGenAwaitable.self)
        a.pointee.agt_gen = gen
        a.pointee.agt_value = value
        return Value(object)
    }

    /// ASYNC_GEN_WRAP.
    static func wrap(_ v: Value) -> Value {
        let object = Allocation.object(Krait_asyncGenWrappedValue_type, size: MemoryLayout<KraitAsyncGenWrappedValue>.size)
        object.layout(KraitAsyncGenWrappedValue.self).pointee.agw_val = v
        return Value(object)
    }

    static func isWrapped(_ v: Value?) -> Bool { v.map { $0.isExactly(Krait_asyncGenWrappedValue_type) } ?? false }

    /// One step of the generator (CPython's `async_gen_unwrap_value` around it): what
    /// an `await` passed up is returned; a `yield` raises StopIteration(value); the end
    /// raises StopAsyncIteration.
    static func unwrap(_ gen: Value, _ step: () throws(PyException) -> Value?) throws(PyException) -> Value {
        let g = Generators.generator(gen)
        let result: Value?
        do throws(PyException) {
            result = try step()
        } catch {
            if error.matches(Krait_exc_StopAsyncIteration) || error.matches(Krait_exc_GeneratorExit) { g.pointee.ag_closed = 1 }
            g.pointee.ag_running_async = 0
            throw error
        }
        guard let result else {
            g.pointee.ag_closed = 1
            g.pointee.ag_running_async = 0
            throw PyException(Krait_exc_StopAsyncIteration, arguments: [])
        }
        if isWrapped(result) {
            g.pointee.ag_running_async = 0
            throw Generators.stopIteration(value: result.layout(KraitAsyncGenWrappedValue.self).pointee.agw_val)
        }
        return result
    }

    /// Runs `body`; any exception closes the awaitable `o` first.
    static func closing(_ o: Value, _ body: () throws(PyException) -> Value) throws(PyException) -> Value {
        do throws(PyException) {
            return try body()
        } catch {
            awaitable(o).pointee.agt_state = closed
            throw error
        }
    }

    // MARK: asend

    /// `send` of the asend awaitable (`arg` nil for `__next__`).
    static func asendSend(_ o: Value, _ arg: Value) throws(PyException) -> Value {
        let a = awaitable(o)
        let gen = a.pointee.agt_gen
        if a.pointee.agt_state == closed {
            throw PyException(Krait_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()")
        }
        var value = arg
        if a.pointee.agt_state == notStarted {
            if Generators.generator(gen).pointee.ag_running_async != 0 {
                throw PyException(Krait_exc_RuntimeError, "anext(): asynchronous generator is already running")
            }
            if value == .none { value = a.pointee.agt_value }
            a.pointee.agt_state = iterating
        }
        Generators.generator(gen).pointee.ag_running_async = 1
        return try closing(o) { () throws(PyException) in
            try unwrap(gen) { () throws(PyException) in try Generators.resume(gen, value) }
        }
    }

    static func asendThrow(_ o: Value, _ args: Arguments) throws(PyException) -> Value {
        let a = awaitable(o)
        if a.pointee.agt_state == closed {
            throw PyException(Krait_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()")
        }
        let gen = a.pointee.agt_gen
        let exception = try Generators.thrownException(args)
        return try closing(o) { () throws(PyException) in
            try unwrap(gen) { () throws(PyException) in try Generators.throwInto(gen, exception) }
        }
    }

    // MARK: athrow and aclose

    static func isAclose(_ a: UnsafeMutablePointer<KraitAsyncGenAwaitable>) -> Bool { a.pointee.agt_value.isEmpty }

    /// The end of an aclose() step: a `yield` means GeneratorExit was ignored; the
    /// generator ending (StopAsyncIteration, GeneratorExit) ends the awaitable.
    static func acloseStep(_ o: Value, _ step: () throws(PyException) -> Value?) throws(PyException) -> Value {
        let a = awaitable(o)
        let g = Generators.generator(a.pointee.agt_gen)
        let result: Value?
        do throws(PyException) {
            result = try step()
        } catch {
            g.pointee.ag_running_async = 0
            a.pointee.agt_state = closed
            if error.matches(Krait_exc_StopAsyncIteration) || error.matches(Krait_exc_GeneratorExit) {
                throw PyException(Krait_exc_StopIteration, arguments: [])
            }
            throw error
        }
        if isWrapped(result) {
            g.pointee.ag_running_async = 0
            a.pointee.agt_state = closed
            throw PyException(Krait_exc_RuntimeError, "async generator ignored GeneratorExit")
        }
        guard let result else {
            // The generator returned: aclose() is done.
            g.pointee.ag_running_async = 0
            a.pointee.agt_state = closed
            throw PyException(Krait_exc_StopIteration, arguments: [])
        }
        return result
    }

    static func athrowSend(_ o: Value, _ arg: Value) throws(PyException) -> Value {
        let a = awaitable(o)
        let gen = a.pointee.agt_gen
        let g = Generators.generator(gen)
        if a.pointee.agt_state == closed {
            throw PyException(Krait_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()")
        }
        if g.pointee.gi_finished != 0 {
            a.pointee.agt_state = closed
            throw PyException(Krait_exc_StopIteration, arguments: [])
        }
        if a.pointee.agt_state == notStarted {
            if g.pointee.ag_running_async != 0 {
                a.pointee.agt_state = closed
                throw PyException(Krait_exc_RuntimeError, "\(isAclose(a) ? "aclose" : "athrow")(): asynchronous generator is already running")
            }
            if g.pointee.ag_closed != 0 {
                a.pointee.agt_state = closed
                throw PyException(Krait_exc_StopAsyncIteration, arguments: [])
            }
            if arg != .none { throw PyException(Krait_exc_RuntimeError, "can't send non-None value to a just-started coroutine") }
            a.pointee.agt_state = iterating
            g.pointee.ag_running_async = 1
            if isAclose(a) {
                g.pointee.ag_closed = 1
                return try acloseStep(o) { () throws(PyException) in
                    try Generators.throwInto(gen, PyException(Krait_exc_GeneratorExit, arguments: []), closing: false)
                }
            }
            let args = a.pointee.agt_value
            let exception = try withExtendedLifetime(args) { () throws(PyException) in
                let arguments = Arguments(Tuple.items(args), Tuple.count(args), .empty)
                try arguments.positional("athrow", min: 1, max: 3)
                return try Generators.thrownException(arguments)
            }
            return try closing(o) { () throws(PyException) in
                try unwrap(gen) { () throws(PyException) in try Generators.throwInto(gen, exception, closing: false) }
            }
        }
        if isAclose(a) {
            return try acloseStep(o) { () throws(PyException) in try Generators.resume(gen, arg) }
        }
        return try unwrap(gen) { () throws(PyException) in try Generators.resume(gen, arg) }
    }

    static func athrowThrow(_ o: Value, _ args: Arguments) throws(PyException) -> Value {
        let a = awaitable(o)
        if a.pointee.agt_state == closed {
            throw PyException(Krait_exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()")
        }
        let gen = a.pointee.agt_gen
        let exception = try Generators.thrownException(args)
        if isAclose(a) {
            return try acloseStep(o) { () throws(PyException) in try Generators.throwInto(gen, exception) }
        }
        return try unwrap(gen) { () throws(PyException) in try Generators.throwInto(gen, exception) }
    }

    // MARK: anext(iterator, default)

    public static func anextAwaitable(_ awaitable: Value, default value: Value) -> Value {
        let object = Allocation.object(Krait_anextAwaitable_type, size: MemoryLayout<KraitAnextAwaitable>.size)
        let a = object.layout(KraitAnextAwaitable.self)
        a.pointee.wrapped = awaitable
        a.pointee.default_value = value
        return Value(object)
    }

    /// Runs `action` on the iterator awaiting the wrapped awaitable; StopAsyncIteration
    /// becomes StopIteration(default).
    static func anextStep(_ o: Value, _ action: (Value) throws(PyException) -> Value) throws(PyException) -> Value {
        let a = o.layout(KraitAnextAwaitable.self)
        let iterator = try Interpreter.awaitable(a.pointee.wrapped)
        do throws(PyException) {
            return try action(iterator)
        } catch where error.matches(Krait_exc_StopAsyncIteration) {
            throw Generators.stopIteration(value: a.pointee.default_value)
        }
    }

    static func sendTo(_ iterator: Value, _ value: Value) throws(PyException) -> Value {
        switch try Generators.send(iterator, value) {
        case .yielded(let v): return v
        case .returned(let result): throw Generators.stopIteration(value: result)
        }
    }

    // MARK: sys.set_asyncgen_hooks

    /// CPython's `async_gen_init_hooks`, run by the first `__anext__`, `asend`,
    /// `athrow` or `aclose`: the generator keeps the thread's finalizer of that moment
    /// (what finalizing it calls instead of closing it), then `firstiter` sees it.
    static func initHooks(_ gen: Value) throws(PyException) {
        let g = Generators.generator(gen)
        guard g.pointee.ag_finalizer.isEmpty else { return }
        let thread = krait_thread_state()
        let finalizer = thread.pointee.asyncgen_finalizer
        g.pointee.ag_finalizer = finalizer.isEmpty ? .none : finalizer
        let firstiter = thread.pointee.asyncgen_firstiter
        if !firstiter.isEmpty { _ = try Protocols.call(firstiter, gen) }
    }

    /// The finalizer hook that finalizing `gen` calls, if it has one and is not closed.
    static func finalizerHook(_ gen: Value) -> Value? {
        let g = Generators.generator(gen)
        let finalizer = g.pointee.ag_finalizer
        guard !finalizer.isEmpty, finalizer != .none, g.pointee.ag_closed == 0 else { return nil }
        return finalizer
    }

    // MARK: Types

    /// The async generator's own methods.
    static let methods = [
        MethodSpec("__aiter__", doc: "Return an awaitable, that resolves in asynchronous iterator.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("__aiter__")
                return s
            }
        },
        MethodSpec("__anext__", doc: "Return a value or raise StopAsyncIteration.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("__anext__")
                try AsyncGenerators.initHooks(s)
                return AsyncGenerators.makeAwaitable(Krait_asyncGenASend_type, s, .none)
            }
        },
        MethodSpec("asend", doc: "asend(v) -> send 'v' in generator.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let value = try Arguments(a, n, k).one("asend")
                try AsyncGenerators.initHooks(s)
                return AsyncGenerators.makeAwaitable(Krait_asyncGenASend_type, s, value)
            }
        },
        MethodSpec("athrow", doc: "athrow(typ[,val[,tb]]) -> raise exception in generator.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.noKeywords("athrow")
                try AsyncGenerators.initHooks(s)
                return AsyncGenerators.makeAwaitable(Krait_asyncGenAThrow_type, s, Tuple.make(UnsafeBufferPointer(start: a, count: n)))
            }
        },
        MethodSpec("aclose", doc: "aclose() -> raise GeneratorExit inside generator.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("aclose")
                try AsyncGenerators.initHooks(s)
                return AsyncGenerators.makeAwaitable(Krait_asyncGenAThrow_type, s, .empty)
            }
        },
    ]

    /// send/throw/close, `__await__`, and iteration for an awaitable type.
    static func defineAwaitable(_ type: TypePointer, _ name: String, size: Int, send: @escaping @convention(c) (UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>?,
                                methods: [MethodSpec]) {
        TypeSetup.begin(type, name: name, basicSize: size)
        type.pointee.tp_iter = { o in o }
        type.pointee.tp_iternext = send
        type.pointee.tp_methods = TypeSetup.methodTable(methods + [
            MethodSpec("__await__", doc: "Return an iterator to be used in await expression.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    try Arguments(a, n, k).none("__await__")
                    return s
                }
            },
        ])
    }

    static func setUp() {
        for type in [Krait_asyncGenASend_type!, Krait_asyncGenAThrow_type!] {
            let isSend = type == Krait_asyncGenASend_type
            defineAwaitable(type, isSend ? "async_generator_asend" : "async_generator_athrow", size: MemoryLayout<KraitAsyncGenAwaitable>.size,
                            send: isSend ? { o in CBoundary.object { () throws(PyException) in try AsyncGenerators.asendSend(Value(o!), .none) } }
                                         : { o in CBoundary.object { () throws(PyException) in try AsyncGenerators.athrowSend(Value(o!), .none) } },
                            methods: [
                MethodSpec("send", doc: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.") { s, a, n, k in
                    CBoundary.value { () throws(PyException) in
                        let value = try Arguments(a, n, k).one("\(TypeObject.name(s.type)).send")
                        return s.isExactly(Krait_asyncGenASend_type) ? try AsyncGenerators.asendSend(s, value) : try AsyncGenerators.athrowSend(s, value)
                    }
                },
                MethodSpec("throw", doc: "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.") { s, a, n, k in
                    CBoundary.value { () throws(PyException) in
                        let args = Arguments(a, n, k)
                        try args.positional("throw", min: 1, max: 3)
                        return s.isExactly(Krait_asyncGenASend_type) ? try AsyncGenerators.asendThrow(s, args) : try AsyncGenerators.athrowThrow(s, args)
                    }
                },
                MethodSpec("close", doc: "close() -> raise GeneratorExit inside generator.") { s, a, n, k in
                    CBoundary.value { () throws(PyException) in
                        try Arguments(a, n, k).none("\(TypeObject.name(s.type)).close")
                        AsyncGenerators.awaitable(s).pointee.agt_state = AsyncGenerators.closed
                        return .none
                    }
                },
            ])
            type.pointee.tp_traverse = { o, visit, arg in
                let a = o!.layout(KraitAsyncGenAwaitable.self)
                Trace.visit(a.pointee.agt_gen, visit, arg)
                Trace.visit(a.pointee.agt_value, visit, arg)
                return 0
            }
        }
        let wrapped = Krait_asyncGenWrappedValue_type!
        TypeSetup.begin(wrapped, name: "async_generator_wrapped_value", basicSize: MemoryLayout<KraitAsyncGenWrappedValue>.size)
        wrapped.pointee.tp_traverse = { o, visit, arg in
            Trace.visit(o!.layout(KraitAsyncGenWrappedValue.self).pointee.agw_val, visit, arg)
            return 0
        }
        let anext = Krait_anextAwaitable_type!
        defineAwaitable(anext, "anext_awaitable", size: MemoryLayout<KraitAnextAwaitable>.size, send: { o in
            CBoundary.object { () throws(PyException) in
                try AsyncGenerators.anextStep(Value(o!)) { it throws(PyException) in try AsyncGenerators.sendTo(it, .none) }
            }
        }, methods: [
            MethodSpec("send", doc: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let value = try Arguments(a, n, k).one("\(TypeObject.name(s.type)).send")
                    return try AsyncGenerators.anextStep(s) { it throws(PyException) in try AsyncGenerators.sendTo(it, value) }
                }
            },
            MethodSpec("throw", doc: "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.positional("throw", min: 1, max: 3)
                    let exception = try Generators.thrownException(args)
                    return try AsyncGenerators.anextStep(s) { it throws(PyException) in
                        if Generators.isGeneratorLike(it) {
                            guard let v = try Generators.throwInto(it, exception) else { throw Generators.stopIteration(value: Generators.lastReturnValue(it)) }
                            return v
                        }
                        return try Protocols.callMethod(it, "throw", exception.value)
                    }
                }
            },
            MethodSpec("close", doc: "close() -> raise GeneratorExit inside generator.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    try Arguments(a, n, k).none("\(TypeObject.name(s.type)).close")
                    return try AsyncGenerators.anextStep(s) { it throws(PyException) in
                        try Generators.closeIterator(it)
                        return .none
                    }
                }
            },
        ])
        anext.pointee.tp_traverse = { o, visit, arg in
            let a = o!.layout(KraitAnextAwaitable.self)
            Trace.visit(a.pointee.wrapped, visit, arg)
            Trace.visit(a.pointee.default_value, visit, arg)
            return 0
        }
    }
}
