import ObjectLayout
import ObjectModel

/// `collections.defaultdict`: a dict subclass whose `__missing__` stores and returns
/// `default_factory()`.
enum DefaultDict {
    static let numberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_or = { a, b in CBoundary.object { () throws(PyException) in try DefaultDict.or(Value(a!), Value(b!)) } }
        return table
    }()

    static func factory(_ v: Value) -> Value { v.layout(KraitDefaultDictObject.self).pointee.default_factory }

    static func setUp() {
        let t = Krait_defaultdict_type!
        TypeSetup.begin(t, name: "collections.defaultdict", basicSize: MemoryLayout<KraitDefaultDictObject>.size,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_MAPPING), base: Krait_dict_type,
                        doc: "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n")
        t.pointee.tp_traverse = { o, visit, arg in
            _ = Krait_dict_type.pointee.tp_traverse!(o, visit, arg)
            Trace.visit(o!.layout(KraitDefaultDictObject.self).pointee.default_factory, visit, arg)
            return 0
        }
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try DefaultDict.initialize(Value(o!), args, kwargs) }
        }
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try DefaultDict.repr(Value(o!)) } }
        t.pointee.tp_as_number = numberMethods
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("default_factory", Int32(T_KRAIT_VALUE), MemoryLayout<KraitDefaultDictObject>.offset(of: \.default_factory)!, false,
             "Factory for default value called by __missing__()."),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__missing__", doc: "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try DefaultDict.missing(s, try args.one("defaultdict.__missing__")) }
            },
            MethodSpec("copy", doc: "D.copy() -> a shallow copy of D.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("defaultdict.copy")
                    return try DefaultDict.copy(s, s)
                }
            },
            MethodSpec("__copy__", doc: "D.copy() -> a shallow copy of D.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("defaultdict.__copy__")
                    return try DefaultDict.copy(s, s)
                }
            },
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("defaultdict.__reduce__")
                    let f = DefaultDict.factory(s)
                    let arguments = f.isEmpty || f == .none ? Tuple.make([]) : Tuple.make(f)
                    let items = try Protocols.iterator(try Protocols.callMethod(s, "items"))
                    return Tuple.make([Value(s.type), arguments, .none, .none, items])
                }
            },
            GenericAlias.classGetItem,
        ])
    }

    /// `defaultdict(default_factory=None, /, *args, **kwargs)`: the rest goes to dict's `__init__`.
    static func initialize(_ v: Value, _ args: ObjectPointer?, _ kwargs: ObjectPointer?) throws(PyException) {
        let positional = args.map { Value($0) } ?? Tuple.make([])
        var rest = positional
        var factory = Value.none
        if Tuple.count(positional) > 0 {
            factory = Tuple.item(positional, 0)
            guard factory == .none || ModuleTypes.isCallable(factory) else {
                throw PyException.typeError("first argument must be callable or None")
            }
            rest = Tuple.make(UnsafeBufferPointer(start: Tuple.items(positional) + 1, count: Tuple.count(positional) - 1))
        }
        v.layout(KraitDefaultDictObject.self).pointee.default_factory = factory
        try CBoundary.check(status: Krait_dict_type.pointee.tp_init!(v.object, rest.object, kwargs))
    }

    static func missing(_ s: Value, _ key: Value) throws(PyException) -> Value {
        let f = factory(s)
        guard !f.isEmpty, f != .none else { throw PyException.keyError(key) }
        let value = try Protocols.call(f)
        try Protocols.setItem(s, key, value)
        return value
    }

    /// `type(self)(self.default_factory, items)`.
    static func copy(_ s: Value, _ items: Value) throws(PyException) -> Value {
        let f = factory(s)
        return try Protocols.call(Value(s.type), f.isEmpty ? .none : f, items)
    }

    static func or(_ a: Value, _ b: Value) throws(PyException) -> Value {
        let (s, other) = TypeObject.isSubtype(a.type, of: Krait_defaultdict_type) ? (a, b) : (b, a)
        guard TypeObject.hasFlag(other.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else { return .notImplemented }
        let result = try copy(s, a)
        _ = try Protocols.callMethod(result, "update", b)
        return result
    }

    static func repr(_ v: Value) throws(PyException) -> Value {
        let base = try CBoundary.check(Krait_dict_type.pointee.tp_repr!(v.object))
        let f = factory(v)
        let factoryText = f.isEmpty || f == .none ? "None"
            : Str.swiftString(try ReprGuard.run(f, placeholder: "...") { () throws(PyException) in try Protocols.repr(f) })
        return Str.make("\(TypeObject.name(v.type))(\(factoryText), \(Str.swiftString(base)))")
    }
}
