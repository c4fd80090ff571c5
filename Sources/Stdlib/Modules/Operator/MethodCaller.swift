import ObjectLayout
import ObjectModel

/// `methodcaller(name, /, *args, **kwargs)`: calls `obj.name(*args, **kwargs)`.
enum MethodCaller {
    static func setUp() throws(PyException) {
        let type = Krait_methodcaller_type!
        ModuleTypes.define(type, "operator.methodcaller", size: MemoryLayout<KraitMethodCallerObject>.size,
                           doc: "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).",
                           base: false, traverse: { o, visit, arg in
                               let m = o!.layout(KraitMethodCallerObject.self)
                               Trace.visit(m.pointee.name, visit, arg)
                               Trace.visit(m.pointee.args, visit, arg)
                               Trace.visit(m.pointee.kwds, visit, arg)
                               return 0
                           }, constructor: { _, args throws(PyException) in try MethodCaller.make(args) })
        type.pointee.kr_call = { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let object = try OperatorTypes.operand(Arguments(a, n, k), "methodcaller")
                let m = s.layout(KraitMethodCallerObject.self).pointee
                let method = try Protocols.getAttribute(object, m.name)
                if Dict.count(m.kwds) == 0 { return try Protocols.call(method, Arguments(Tuple.items(m.args), Tuple.count(m.args), .empty)) }
                return try Protocols.callWithKeywords(method, Array(UnsafeBufferPointer(start: Tuple.items(m.args), count: Tuple.count(m.args))), m.kwds)
            }
        }
        type.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try MethodCaller.repr(Value(o!)) } }
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "Return state information for pickling") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    return try MethodCaller.reduce(s)
                }
            },
        ])
    }

    static func make(_ args: Arguments) throws(PyException) -> Value {
        guard args.count > 0 else { throw PyException.typeError("methodcaller needs at least one argument, the method name") }
        let name = args[0]
        guard TypeObject.hasFlag(name.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("method name must be a string")
        }
        let kwds = Dict.new()
        for i in 0..<args.keywordCount { try Dict.setItem(kwds, Tuple.item(args.kwnames, i), args[args.count + i]) }
        let rest = Tuple.make(UnsafeBufferPointer(start: args.base! + 1, count: args.count - 1))
        let object = ModuleTypes.allocate(Krait_methodcaller_type)
        let m = object.layout(KraitMethodCallerObject.self)
        m.pointee.name = Interned.get(Str.swiftString(name))
        m.pointee.args = rest
        m.pointee.kwds = kwds
        return Value(object)
    }

    static func repr(_ v: Value) throws(PyException) -> Value {
        let name = String(cString: v.type.pointee.tp_name)
        return try ReprGuard.run(v, placeholder: "\(name)(...)") { () throws(PyException) in
            let m = v.layout(KraitMethodCallerObject.self).pointee
            var parts = [try Protocols.reprText(m.name)]
            for i in 0..<Tuple.count(m.args) { parts.append(try Protocols.reprText(Tuple.item(m.args, i))) }
            var position = 0
            while let (key, value, next) = Dict.next(m.kwds, from: position) {
                parts.append("\(Str.swiftString(key))=\(try Protocols.reprText(value))")
                position = next
            }
            return Str.make("\(name)(\(parts.joined(separator: ", ")))")
        }
    }

    /// Without keywords `(type, (name, *args))`; with them the keywords go into a
    /// `partial` of the type, as CPython's.
    static func reduce(_ s: Value) throws(PyException) -> Value {
        let m = s.layout(KraitMethodCallerObject.self).pointee
        let n = Tuple.count(m.args)
        guard Dict.count(m.kwds) > 0 else {
            let args = Tuple.allocate(count: n + 1)
            Tuple.items(args)[0] = m.name
            for i in 0..<n { Tuple.items(args)[i + 1] = Tuple.item(m.args, i) }
            return Tuple.make(Value(s.type), args)
        }
        try FunctoolsModule.setUpTypes()
        let constructor = try Protocols.callWithKeywords(Value(Krait_partial_type), [Value(s.type), m.name], m.kwds)
        return Tuple.make(constructor, m.args)
    }
}
