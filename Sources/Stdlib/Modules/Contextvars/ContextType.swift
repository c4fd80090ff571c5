import ObjectLayout
import ObjectModel

/// `contextvars.Context`: a read-only mapping from ContextVars to values, entered
/// by `run`.
enum ContextType {
    typealias Layout = KraitContextObject

    @inline(__always)
    static func state(_ v: Value) -> UnsafeMutablePointer<Layout> { v.layout(Layout.self) }

    static func make(vars: Value, shared: Bool = false) -> Value {
        let v = Value(ModuleTypes.allocate(Krait_context_type))
        state(v).pointee.vars = vars
        state(v).pointee.shared = shared ? 1 : 0
        return v
    }

    /// `ctx.copy()`: the new context shares the dict, which neither changes again.
    static func copy(_ ctx: Value) -> Value {
        state(ctx).pointee.shared = 1
        return make(vars: state(ctx).pointee.vars, shared: true)
    }

    /// The dict for iterators, which may no longer change.
    static func sharedVars(_ ctx: Value) -> Value {
        state(ctx).pointee.shared = 1
        return state(ctx).pointee.vars
    }

    /// The dict to change: the context's own, or a copy of a shared one.
    static func ownVars(_ ctx: Value) throws(PyException) -> Value {
        let s = state(ctx)
        if s.pointee.shared == 0 { return s.pointee.vars }
        let vars = Dict.new(capacity: Dict.count(s.pointee.vars) + 1)
        var position = 0
        while let (key, value, next) = Dict.next(s.pointee.vars, from: position) {
            try Dict.setItem(vars, key, value)
            position = next
        }
        s.pointee.vars = vars
        s.pointee.shared = 0
        return vars
    }

    static func isContext(_ v: Value) -> Bool { v.isObject && v.type == Krait_context_type }

    static func checkKey(_ key: Value) throws(PyException) {
        guard ContextVarType.isVar(key) else {
            throw PyException.typeError("a ContextVar key was expected, got \(try Protocols.reprText(key))")
        }
    }

    /// `PyContext_Enter`.
    static func enter(_ ctx: Value) throws(PyException) {
        if state(ctx).pointee.entered != 0 {
            throw PyException(Krait_exc_RuntimeError, "cannot enter context: \(try Protocols.reprText(ctx)) is already entered")
        }
        state(ctx).pointee.prev = ContextModule.current
        state(ctx).pointee.entered = 1
        ContextModule.current = ctx
    }

    /// `PyContext_Exit`.
    static func exit(_ ctx: Value) throws(PyException) {
        if state(ctx).pointee.entered == 0 {
            throw PyException(Krait_exc_RuntimeError, "cannot exit context: \(try Protocols.reprText(ctx)) has not been entered")
        }
        if ContextModule.current != ctx {
            throw PyException(Krait_exc_RuntimeError, "cannot exit context: thread state references a different context object")
        }
        ContextModule.current = state(ctx).pointee.prev
        state(ctx).pointee.prev = .empty
        state(ctx).pointee.entered = 0
    }

    /// `ctx.run(callable, *args, **kwargs)`: the call runs with `ctx` entered.
    static func run(_ ctx: Value, _ args: Arguments) throws(PyException) -> Value {
        if args.count < 1 { throw PyException.typeError("run() missing 1 required positional argument") }
        try enter(ctx)
        let result: Value
        do throws(PyException) {
            result = try Protocols.call(args[0], Arguments(args.base.unsafelyUnwrapped + 1, args.count - 1, args.kwnames))
        } catch {
            try exit(ctx)
            throw error
        }
        try exit(ctx)
        return result
    }

    static func find(_ ctx: Value, _ key: Value) throws(PyException) -> Value? {
        try checkKey(key)
        return try Dict.getItem(state(ctx).pointee.vars, key)
    }

    static let sequenceMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_contains = { o, key in
            Int32(CBoundary.integer { () throws(PyException) in try ContextType.find(Value(o!), Value(key!)) != nil ? 1 : 0 })
        }
        return table
    }()

    static let mappingMethods: UnsafeMutablePointer<PyMappingMethods> = {
        let table = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
        table.initialize(to: PyMappingMethods())
        table.pointee.mp_length = { o in Dict.count(ContextType.state(Value(o!)).pointee.vars) }
        table.pointee.mp_subscript = { o, key in
            CBoundary.object { () throws(PyException) in
                guard let v = try ContextType.find(Value(o!), Value(key!)) else { throw PyException.keyError(Value(key!)) }
                return v
            }
        }
        return table
    }()

    static func setUp() {
        let t = Krait_context_type!
        TypeSetup.begin(t, name: "_contextvars.Context", basicSize: MemoryLayout<Layout>.size)
        t.pointee.tp_traverse = { o, visit, arg in
            let s = o!.layout(Layout.self).pointee
            Trace.visit(s.vars, visit, arg)
            Trace.visit(s.prev, visit, arg)
            return 0
        }
        t.pointee.tp_weaklistoffset = MemoryLayout<Layout>.offset(of: \.weakreflist)!
        t.pointee.tp_new = { _, args, kwargs in
            CBoundary.object { () throws(PyException) in
                if Tuple.count(Value(args!)) > 0 || kwargs.map({ Dict.count(Value($0)) > 0 }) == true {
                    throw PyException.typeError("Context() does not accept any arguments")
                }
                return ContextType.make(vars: Dict.new())
            }
        }
        t.pointee.tp_hash = Hashing.notImplemented
        t.pointee.tp_iter = { o in ContextIterator.make(Krait_contextKeys_type, Value(o!)).object }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in try ContextType.compare(Value(a!), Value(b!), op) }
        }
        t.pointee.tp_as_sequence = sequenceMethods
        t.pointee.tp_as_mapping = mappingMethods
        t.pointee.tp_methods = TypeSetup.methodTable(methods)
    }

    static func compare(_ a: Value, _ b: Value, _ op: Int32) throws(PyException) -> Value {
        guard isContext(a), isContext(b), op == CompareOp.eq.rawValue || op == CompareOp.ne.rawValue else { return .notImplemented }
        let x = state(a).pointee.vars, y = state(b).pointee.vars
        let equal = x == y ? true : try Protocols.isTrue(try Protocols.richCompare(x, y, .eq))
        return .bool(op == CompareOp.eq.rawValue ? equal : !equal)
    }

    static let methods: [MethodSpec] = [
        MethodSpec("get", doc: "get($self, key, default=None, /)\n--\n\nReturn the value for `key` if `key` has the value in the context object.\n\nIf `key` does not exist, return `default`. If `default` is not given,\nreturn None.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("Context.get")
                try args.positional("get", min: 1, max: 2)
                return try ContextType.find(s, args[0]) ?? args.optional(1) ?? .none
            }
        },
        MethodSpec("items", doc: "items($self, /)\n--\n\nReturn all variables and their values in the context object.\n\nThe result is returned as a list of 2-tuples (variable, value).") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("Context.items")
                return ContextIterator.make(Krait_contextItems_type, s)
            }
        },
        MethodSpec("keys", doc: "keys($self, /)\n--\n\nReturn a list of all variables in the context object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("Context.keys")
                return ContextIterator.make(Krait_contextKeys_type, s)
            }
        },
        MethodSpec("values", doc: "values($self, /)\n--\n\nReturn a list of all variables' values in the context object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("Context.values")
                return ContextIterator.make(Krait_contextValues_type, s)
            }
        },
        MethodSpec("copy", doc: "copy($self, /)\n--\n\nReturn a shallow copy of the context object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("Context.copy")
                return ContextType.copy(s)
            }
        },
        MethodSpec("run") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try ContextType.run(s, args) }
        },
    ]
}
