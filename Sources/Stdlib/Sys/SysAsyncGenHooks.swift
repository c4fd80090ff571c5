import Interpreter
import ObjectLayout
import ObjectModel

/// `sys.set_asyncgen_hooks` and `sys.get_asyncgen_hooks` (PEP 525): the calling thread's
/// hooks, kept in its thread state (a root), which async generators read when first
/// iterated (`AsyncGenerators.initHooks`). asyncio's event loops install them.
enum SysAsyncGenHooks {
    nonisolated(unsafe) static var hooksType: TypePointer?

    static func resultType() throws(PyException) -> TypePointer {
        if let hooksType { return hooksType }
        let t = try StructSequence.makeType("asyncgen_hooks", fields: ["firstiter", "finalizer"],
                                            doc: "asyncgen_hooks\n\nA named tuple providing information about asynchronous\ngenerators hooks.  The attributes are read only.",
                                            fieldDocs: ["Hook to intercept first iteration", "Hook to intercept finalization"])
        hooksType = t
        return t
    }

    /// `PyArg_ParseTupleAndKeywords(args, kw, "|OO", ...)`, whose messages name no function.
    static func parse(_ args: Arguments) throws(PyException) -> (firstiter: Value?, finalizer: Value?) {
        let names = ["firstiter", "finalizer"]
        let given = args.count + args.keywordCount
        if given > 2 { throw PyException.typeError("function takes at most 2 arguments (\(given) given)") }
        var values: [Value?] = [args.optional(0), args.optional(1)]
        for k in 0..<args.keywordCount {
            let name = Str.swiftString(Tuple.item(args.kwnames, k))
            guard let i = names.firstIndex(of: name) else {
                throw PyException.typeError("'\(name)' is an invalid keyword argument for this function")
            }
            if i < args.count { throw PyException.typeError("argument for function given by name ('\(name)') and position (\(i + 1))") }
            values[i] = args.keyword(name)
        }
        return (values[0], values[1])
    }

    /// Validates and installs one hook (None removes it); CPython sets the finalizer
    /// before it looks at `firstiter`.
    static func install(_ value: Value?, _ what: String, _ slot: UnsafeMutablePointer<Value>) throws(PyException) {
        guard let value else { return }
        if value != .none && !ModuleTypes.isCallable(value) {
            throw PyException.typeError("callable \(what) expected, got \(TypeObject.name(value.type))")
        }
        try SysAudit.raise(Str.make("sys.set_asyncgen_hooks_\(what)"), Tuple.make([]))
        slot.pointee = value == .none ? .empty : value
    }

    static let all: [MethodSpec] = [
        MethodSpec("set_asyncgen_hooks", doc: "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let hooks = try parse(args)
                let thread = krait_thread_state()
                try install(hooks.finalizer, "finalizer", &thread.pointee.asyncgen_finalizer)
                try install(hooks.firstiter, "firstiter", &thread.pointee.asyncgen_firstiter)
                return .none
            }
        },
        MethodSpec("get_asyncgen_hooks", doc: "Return the installed asynchronous generators hooks.\n\nThis returns a namedtuple of the form (firstiter, finalizer).") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("sys.get_asyncgen_hooks")
                let thread = krait_thread_state()
                let values = [thread.pointee.asyncgen_firstiter, thread.pointee.asyncgen_finalizer]
                return StructSequence.make(try resultType(), values.map { $0.isEmpty ? .none : $0 })
            }
        },
    ]
}
