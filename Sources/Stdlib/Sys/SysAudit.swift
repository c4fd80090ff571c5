import Interpreter
import ObjectLayout
import ObjectModel

/// `sys.audit` and `sys.addaudithook` (PEP 578). Krait's own code raises no events yet;
/// hooks see the events that Python code raises with `sys.audit`.
enum SysAudit {
    /// The hooks, in the order they were added; immortal so the collector keeps them.
    nonisolated(unsafe) static var hooks: Value = .empty

    static func hookList() -> Value {
        if hooks.isEmpty {
            hooks = List.new()
            Allocation.makeImmortal(hooks.object)
        }
        return hooks
    }

    /// Calls every hook with `event` and the tuple of its arguments.
    static func raise(_ event: Value, _ arguments: Value) throws(PyException) {
        guard !hooks.isEmpty else { return }
        for i in 0..<List.count(hooks) {
            _ = try Protocols.call(List.item(hooks, i), event, arguments)
        }
    }

    static let all: [MethodSpec] = [
        MethodSpec("audit", doc: "audit(event, *args)\n\nPasses the event to any audit hooks that are attached.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.noKeywords("audit")
                guard args.count > 0 else { throw PyException.typeError("audit() missing 1 required positional argument: 'event'") }
                let event = args[0]
                guard TypeObject.hasFlag(event.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
                    throw PyException.typeError("expected str for argument 'event', not \(TypeObject.argumentTypeName(event))")
                }
                guard !hooks.isEmpty, List.count(hooks) > 0 else { return .none }
                try raise(event, Tuple.make((1..<args.count).map { args[$0] }))
                return .none
            }
        },
        MethodSpec("addaudithook", doc: "addaudithook($module, /, hook)\n--\n\nAdds a new audit hook callback.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                guard let hook = args.keyword("hook") ?? args.optional(0), args.count + args.keywordCount == 1 else {
                    throw PyException.typeError("addaudithook() takes exactly one argument (\(args.count + args.keywordCount) given)")
                }
                // Existing hooks may veto the new one; a veto that is an Exception
                // (not a BaseException) is swallowed, as CPython does.
                do throws(PyException) {
                    try raise(Str.make("sys.addaudithook"), Tuple.make([]))
                } catch where error.matches(Krait_exc_Exception) {
                    return .none
                }
                List.append(hookList(), hook)
                return .none
            }
        },
    ]
}
