import ObjectLayout
import ObjectModel

/// `_contextvars` (PEP 567), which `contextvars.py` re-exports: CPython's
/// `Python/context.c`, with a copy-on-write dict where CPython has a HAMT.
enum ContextModule {
    nonisolated(unsafe) static var typesReady = false

    /// The calling thread's current context, kept in its thread state (empty until
    /// a variable is first used; a new thread starts with none, as in CPython).
    static var current: Value {
        get { krait_thread_state().pointee.context }
        set { krait_thread_state().pointee.context = newValue }
    }

    /// CPython's `context_get`: the current context, made empty on first use.
    static func currentContext() -> Value {
        if current.isEmpty { current = ContextType.make(vars: Dict.new()) }
        return current
    }

    static func setUp() throws(PyException) {
        if typesReady { return }
        typesReady = true
        ContextType.setUp()
        ContextVarType.setUp()
        ContextToken.setUp()
        ContextIterator.setUp()
        for t in [Krait_context_type, Krait_contextVar_type, Krait_contextToken_type, Krait_tokenMissing_type,
                  Krait_contextItems_type, Krait_contextKeys_type, Krait_contextValues_type] {
            try TypeSetup.ready(t!)
        }
        try ContextToken.addMissing()
    }

    static func create() throws(PyException) -> Value {
        try setUp()
        let m = try NativeModule.make("_contextvars", doc: "Context Variables", functions: [
            MethodSpec("copy_context", doc: "copy_context($module, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("_contextvars.copy_context")
                    return ContextType.copy(ContextModule.currentContext())
                }
            },
        ])
        return try ModuleTypes.add(m, [("Context", Krait_context_type), ("ContextVar", Krait_contextVar_type),
                                       ("Token", Krait_contextToken_type)])
    }
}
