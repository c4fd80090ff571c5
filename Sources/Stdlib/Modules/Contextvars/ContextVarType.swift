import ObjectLayout
import ObjectModel

/// `contextvars.ContextVar`: a name, an optional default, and the value each
/// context gives it.
enum ContextVarType {
    typealias Layout = KraitContextVarObject

    @inline(__always)
    static func state(_ v: Value) -> UnsafeMutablePointer<Layout> { v.layout(Layout.self) }

    static func isVar(_ v: Value) -> Bool { v.isObject && v.type == Krait_contextVar_type }

    static func setUp() {
        let t = Krait_contextVar_type!
        TypeSetup.begin(t, name: "_contextvars.ContextVar", basicSize: MemoryLayout<Layout>.size)
        t.pointee.tp_traverse = { o, visit, arg in
            let s = o!.layout(Layout.self).pointee
            Trace.visit(s.name, visit, arg)
            Trace.visit(s.default_value, visit, arg)
            return 0
        }
        t.pointee.tp_new = { _, args, kwargs in
            CBoundary.object { () throws(PyException) in
                try ContextVarType.new(Arguments.from(tuple: args, keywords: kwargs))
            }
        }
        t.pointee.tp_hash = { o in o!.layout(Layout.self).pointee.hash }
        t.pointee.tp_repr = { o in ModuleTypes.repr(o) { v throws(PyException) in try ContextVarType.repr(v) } }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("name", Int32(T_KRAIT_VALUE), MemoryLayout<Layout>.offset(of: \.name)!, true, nil),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(methods)
    }

    /// `ContextVar(name, *, default=<none>)`, with `PyArg_ParseTupleAndKeywords`'s
    /// messages for "O|$O".
    static func new(_ args: Arguments) throws(PyException) -> Value {
        let total = args.count + args.keywordCount
        if total > 2 {
            throw PyException.typeError("ContextVar() takes at most 2 \(args.count == 0 ? "keyword " : "")arguments (\(total) given)")
        }
        if args.count > 1 { throw PyException.typeError("ContextVar() takes at most 1 positional argument (\(args.count) given)") }
        if args.count < 1 { throw PyException.typeError("ContextVar() takes exactly 1 positional argument (0 given)") }
        var defaultValue = Value.empty
        for k in 0..<args.keywordCount {
            let name = Str.swiftString(Tuple.item(args.kwnames, k))
            guard name == "default" else { throw PyException.typeError("'\(name)' is an invalid keyword argument for ContextVar()") }
            defaultValue = args.base.unsafelyUnwrapped[args.count + k]
        }
        let name = args[0]
        guard ModuleTypes.isStr(name) else { throw PyException.typeError("context variable name must be a str") }
        let nameHash = try Protocols.hash(name)
        let v = Value(ModuleTypes.allocate(Krait_contextVar_type))
        state(v).pointee.name = name
        state(v).pointee.default_value = defaultValue
        let h = Hashing.pointer(Int(bitPattern: UInt(bitPattern: v.object))) ^ nameHash
        state(v).pointee.hash = h == -1 ? -2 : h
        return v
    }

    static func repr(_ v: Value) throws(PyException) -> String {
        var text = "<ContextVar name=\(try Protocols.reprText(state(v).pointee.name))"
        let d = state(v).pointee.default_value
        if !d.isEmpty { text += " default=\(try Protocols.reprText(d))" }
        return text + " at 0x\(String(UInt(bitPattern: v.object), radix: 16))>"
    }

    /// The variable's value in the current context, else `fallback`, else its
    /// default; nil when there is none of these.
    static func get(_ v: Value, _ fallback: Value?) throws(PyException) -> Value? {
        let ctx = ContextModule.current
        if !ctx.isEmpty, let found = try Dict.getItem(ContextType.state(ctx).pointee.vars, v) { return found }
        if let fallback { return fallback }
        let d = state(v).pointee.default_value
        return d.isEmpty ? nil : d
    }

    /// `var.set(value)`: a Token recording the old value.
    static func set(_ v: Value, _ value: Value) throws(PyException) -> Value {
        let ctx = ContextModule.currentContext()
        let old = try Dict.getItem(ContextType.state(ctx).pointee.vars, v) ?? .empty
        let token = ContextToken.make(ctx, v, old)
        try Dict.setItem(try ContextType.ownVars(ctx), v, value)
        return token
    }

    /// `var.reset(token)`.
    static func reset(_ v: Value, _ token: Value) throws(PyException) {
        guard ContextToken.isToken(token) else {
            throw PyException.typeError("expected an instance of Token, got \(try Protocols.reprText(token))")
        }
        let t = ContextToken.state(token)
        if t.pointee.used != 0 {
            throw PyException(Krait_exc_RuntimeError, "\(try Protocols.reprText(token)) has already been used once")
        }
        if t.pointee.var != v {
            throw PyException.valueError("\(try Protocols.reprText(token)) was created by a different ContextVar")
        }
        let ctx = ContextModule.currentContext()
        if t.pointee.context != ctx {
            throw PyException.valueError("\(try Protocols.reprText(token)) was created in a different Context")
        }
        t.pointee.used = 1
        let vars = try ContextType.ownVars(ctx)
        if t.pointee.old_value.isEmpty {
            if !(try Dict.deleteItem(vars, v)) { throw PyException(Krait_exc_LookupError, arguments: [v]) }
        } else {
            try Dict.setItem(vars, v, t.pointee.old_value)
        }
    }

    static let methods: [MethodSpec] = [
        MethodSpec("get", doc: "get($self, default=<unrepresentable>, /)\n--\n\nReturn a value for the context variable for the current context.\n\nIf there is no value for the variable in the current context, the method will:\n * return the value of the default argument of the method, if provided; or\n * return the default value for the context variable, if it was created\n   with one; or\n * raise a LookupError.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("ContextVar.get")
                try args.positional("get", min: 0, max: 1)
                guard let value = try ContextVarType.get(s, args.optional(0)) else {
                    throw PyException(Krait_exc_LookupError, arguments: [s])
                }
                return value
            }
        },
        MethodSpec("set", doc: "set($self, value, /)\n--\n\nCall to set a new value for the context variable in the current context.\n\nThe required value argument is the new value for the context variable.\n\nReturns a Token object that can be used to restore the variable to its previous\nvalue via the `ContextVar.reset()` method.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try ContextVarType.set(s, args.one("ContextVar.set")) }
        },
        MethodSpec("reset", doc: "reset($self, token, /)\n--\n\nReset the context variable.\n\nThe variable is reset to the value it had before the `ContextVar.set()` that\ncreated the token was used.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try ContextVarType.reset(s, args.one("ContextVar.reset"))
                return .none
            }
        },
        GenericAlias.classGetItem,
    ]
}
