import ObjectLayout
import ObjectModel

/// `coroutine.__await__()`: the `coroutine_wrapper` iterator, whose `__next__`, `send`,
/// `throw` and `close` drive the coroutine, so code can `yield from` a coroutine's
/// `__await__()` (CPython's `PyCoroWrapper`).
enum CoroutineWrapper {
    static func coroutine(_ v: Value) -> Value { v.layout(KraitCoroutineWrapper.self).pointee.cw_coroutine }

    static func make(_ coroutine: Value) -> Value {
        let object = Allocation.object(Krait_coroutineWrapper_type, size: MemoryLayout<KraitCoroutineWrapper>.size)
        object.layout(KraitCoroutineWrapper.self).pointee.cw_coroutine = coroutine
        return Value(object)
    }

    static func setUp() {
        let async = UnsafeMutablePointer<PyAsyncMethods>.allocate(capacity: 1)
        async.initialize(to: PyAsyncMethods())
        async.pointee.am_await = { o in CoroutineWrapper.make(Value(o!)).object }
        Krait_coroutine_type.pointee.tp_as_async = async

        let t = Krait_coroutineWrapper_type!
        TypeSetup.begin(t, name: "coroutine_wrapper", basicSize: MemoryLayout<KraitCoroutineWrapper>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION), doc: "A wrapper object implementing __await__ for coroutines.")
        t.pointee.tp_traverse = { o, visit, arg in
            Trace.visit(o!.layout(KraitCoroutineWrapper.self).pointee.cw_coroutine, visit, arg)
            return 0
        }
        t.pointee.tp_iter = { o in o }
        // The generator's own step, which also reports the coroutine's return value.
        t.pointee.tp_iternext = { o in Krait_generator_type.pointee.tp_iternext!(Boxing.object(CoroutineWrapper.coroutine(Value(o!)))) }
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("send", doc: "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let value = try Arguments(a, n, k).one("\(TypeObject.name(s.type)).send")
                    let inner = CoroutineWrapper.coroutine(s)
                    guard let v = try Generators.resume(inner, value) else { throw Generators.stopIteration(inner) }
                    return v
                }
            },
            MethodSpec("throw", doc: "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.positional("throw", min: 1, max: 3)
                    let inner = CoroutineWrapper.coroutine(s)
                    guard let v = try Generators.throwInto(inner, try Generators.thrownException(args)) else { throw Generators.stopIteration(inner) }
                    return v
                }
            },
            MethodSpec("close", doc: "close() -> raise GeneratorExit inside coroutine.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    try Arguments(a, n, k).none("\(TypeObject.name(s.type)).close")
                    try Generators.close(CoroutineWrapper.coroutine(s))
                    return .none
                }
            },
        ])
    }
}
