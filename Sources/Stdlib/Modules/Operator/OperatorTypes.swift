import ObjectLayout
import ObjectModel

/// `itemgetter`, `attrgetter` and `methodcaller`: callables made once, applied to
/// one object at a time.
enum OperatorTypes {
    nonisolated(unsafe) static var typesReady = false

    static func setUp() throws(PyException) {
        if typesReady { return }
        typesReady = true
        let traverseGetter: traverseproc = { o, visit, arg in
            Trace.visit(o!.layout(KraitGetterObject.self).pointee.items, visit, arg)
            return 0
        }
        let items = Krait_itemgetter_type!
        ModuleTypes.define(items, "operator.itemgetter", size: MemoryLayout<KraitGetterObject>.size,
                           doc: "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
                           base: false, traverse: traverseGetter, constructor: { _, args throws(PyException) in
                               try args.noKeywords("itemgetter")
                               guard args.count > 0 else { throw PyException.typeError("itemgetter expected 1 argument, got 0") }
                               return OperatorTypes.makeGetter(Krait_itemgetter_type, Tuple.make(UnsafeBufferPointer(start: args.base, count: args.count)))
                           })
        items.pointee.kr_call = { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let object = try OperatorTypes.operand(Arguments(a, n, k), "itemgetter")
                return try OperatorTypes.apply(s, object) { object, item throws(PyException) in try Protocols.getItem(object, item) }
            }
        }
        items.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in try OperatorTypes.repr(Value(o!)) { item throws(PyException) in try Protocols.reprText(item) } }
        }
        items.pointee.tp_methods = TypeSetup.methodTable([reduceGetter])

        let attrs = Krait_attrgetter_type!
        ModuleTypes.define(attrs, "operator.attrgetter", size: MemoryLayout<KraitGetterObject>.size,
                           doc: "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).",
                           base: false, traverse: traverseGetter, constructor: { _, args throws(PyException) in
                               try args.noKeywords("attrgetter")
                               guard args.count > 0 else { throw PyException.typeError("attrgetter expected 1 argument, got 0") }
                               return OperatorTypes.makeGetter(Krait_attrgetter_type, try OperatorTypes.attributePaths(args))
                           })
        attrs.pointee.kr_call = { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let object = try OperatorTypes.operand(Arguments(a, n, k), "attrgetter")
                return try OperatorTypes.apply(s, object) { object, path throws(PyException) in
                    guard path.isExactly(Krait_tuple_type) else { return try Protocols.getAttribute(object, path) }
                    var value = object
                    for i in 0..<Tuple.count(path) { value = try Protocols.getAttribute(value, Tuple.item(path, i)) }
                    return value
                }
            }
        }
        attrs.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                try OperatorTypes.repr(Value(o!)) { path throws(PyException) in try Protocols.reprText(OperatorTypes.dottedName(path)) }
            }
        }
        attrs.pointee.tp_methods = TypeSetup.methodTable([reduceGetter])
        try MethodCaller.setUp()
        for type in [items, attrs, Krait_methodcaller_type!] { try TypeSetup.ready(type) }
    }

    /// The one object a getter or caller is applied to.
    static func operand(_ args: Arguments, _ name: String) throws(PyException) -> Value {
        try args.noKeywords(name)
        guard args.count == 1 else { throw PyException.typeError("\(name) expected 1 argument, got \(args.count)") }
        return args[0]
    }

    static func makeGetter(_ type: TypePointer, _ items: Value) -> Value {
        let object = ModuleTypes.allocate(type)
        object.layout(KraitGetterObject.self).pointee.items = items
        return Value(object)
    }

    /// `get` of the one item, or a tuple of each item's.
    static func apply(_ s: Value, _ object: Value, _ get: (Value, Value) throws(PyException) -> Value) throws(PyException) -> Value {
        let items = s.layout(KraitGetterObject.self).pointee.items
        let n = Tuple.count(items)
        if n == 1 { return try get(object, Tuple.item(items, 0)) }
        let result = Tuple.allocate(count: n)
        for i in 0..<n { Tuple.items(result)[i] = try get(object, Tuple.item(items, i)) }
        return result
    }

    /// Each attribute name interned, a dotted one as a tuple of its parts.
    static func attributePaths(_ args: Arguments) throws(PyException) -> Value {
        let paths = Tuple.allocate(count: args.count)
        for i in 0..<args.count {
            let name = args[i]
            guard TypeObject.hasFlag(name.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
                throw PyException.typeError("attribute name must be a string")
            }
            let parts = Str.swiftString(name).split(separator: ".", omittingEmptySubsequences: false)
            Tuple.items(paths)[i] = parts.count == 1 ? Interned.get(String(parts[0]))
                : Tuple.make(parts.map { Interned.get(String($0)) })
        }
        return paths
    }

    static func dottedName(_ path: Value) -> Value {
        guard path.isExactly(Krait_tuple_type) else { return path }
        var parts: [String] = []
        for i in 0..<Tuple.count(path) { parts.append(Str.swiftString(Tuple.item(path, i))) }
        return Str.make(parts.joined(separator: "."))
    }

    /// `operator.itemgetter(1, 'a')`: the type's name and each item's text.
    static func repr(_ v: Value, _ text: (Value) throws(PyException) -> String) throws(PyException) -> Value {
        let name = String(cString: v.type.pointee.tp_name)
        return try ReprGuard.run(v, placeholder: "\(name)(...)") { () throws(PyException) in
            let items = v.layout(KraitGetterObject.self).pointee.items
            var parts: [String] = []
            for i in 0..<Tuple.count(items) { parts.append(try text(Tuple.item(items, i))) }
            return Str.make("\(name)(\(parts.joined(separator: ", ")))")
        }
    }

    static let reduceGetter = MethodSpec("__reduce__", doc: "Return state information for pickling") { s, a, n, k in
        MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
            try args.none("__reduce__")
            let items = s.layout(KraitGetterObject.self).pointee.items
            guard s.isExactly(Krait_attrgetter_type) else { return Tuple.make(Value(s.type), items) }
            let names = Tuple.allocate(count: Tuple.count(items))
            for i in 0..<Tuple.count(items) { Tuple.items(names)[i] = OperatorTypes.dottedName(Tuple.item(items, i)) }
            return Tuple.make(Value(s.type), names)
        }
    }
}
