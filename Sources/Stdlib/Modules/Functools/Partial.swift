import ObjectLayout
import ObjectModel

/// `functools.partial(func, /, *args, **keywords)`: a callable that calls `func` with
/// its arguments first. A partial of a plain partial is flattened into one.
enum Partial {
    static func setUp() {
        let type = Krait_partial_type!
        ModuleTypes.define(type, "functools.partial", size: MemoryLayout<KraitPartialObject>.size,
                           doc: "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
                           traverse: { o, visit, arg in
                               let p = o!.layout(KraitPartialObject.self)
                               Trace.visit(p.pointee.fn, visit, arg)
                               Trace.visit(p.pointee.args, visit, arg)
                               Trace.visit(p.pointee.kw, visit, arg)
                               Trace.visit(p.pointee.dict, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in try Partial.make(type, args) })
        type.pointee.tp_dictoffset = MemoryLayout<KraitPartialObject>.offset(of: \.dict)!
        type.pointee.tp_weaklistoffset = MemoryLayout<KraitPartialObject>.offset(of: \.weakreflist)!
        type.pointee.kr_call = { s, a, n, k in CBoundary.value { () throws(PyException) in try Partial.call(s, Arguments(a, n, k)) } }
        type.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try Partial.repr(Value(o!)) } }
        type.pointee.tp_getset = SlotFunctions.dictGetSet
        type.pointee.tp_members = MemberDescriptors.memberTable([
            ("func", Int32(T_KRAIT_VALUE), MemoryLayout<KraitPartialObject>.offset(of: \.fn)!, true, "function object to use in future partial calls"),
            ("args", Int32(T_KRAIT_VALUE), MemoryLayout<KraitPartialObject>.offset(of: \.args)!, true, "tuple of arguments to future partial calls"),
            ("keywords", Int32(T_KRAIT_VALUE), MemoryLayout<KraitPartialObject>.offset(of: \.kw)!, true, "dictionary of keyword arguments to future partial calls"),
        ])
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let p = s.layout(KraitPartialObject.self).pointee
                    let state = Tuple.make([p.fn, p.args, p.kw, p.dict.isEmpty ? .none : p.dict])
                    return Tuple.make([Value(s.type), Tuple.make(p.fn), state])
                }
            },
            MethodSpec("__setstate__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try Partial.setState(s, try args.one("__setstate__"))
                    return .none
                }
            },
            GenericAlias.classGetItem,
        ])
    }

    static func make(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        guard args.count >= 1 else { throw PyException.typeError("type 'partial' takes at least one argument") }
        var function = args[0]
        guard ModuleTypes.isCallable(function) else { throw PyException.typeError("the first argument must be callable") }
        var inner = Tuple.make([])
        var innerKeywords = Value.empty
        if TypeObject.isSubtype(function.type, of: Krait_partial_type),
           unsafeBitCast(function.type.pointee.tp_new, to: UInt.self) == unsafeBitCast(NativeConstructors.newThroughBase, to: UInt.self),
           function.layout(KraitPartialObject.self).pointee.dict.isEmpty {
            let p = function.layout(KraitPartialObject.self).pointee
            inner = p.args
            innerKeywords = p.kw
            function = p.fn
        }
        let m = Tuple.count(inner)
        let all = Tuple.allocate(count: m + args.count - 1)
        for i in 0..<m { Tuple.items(all)[i] = Tuple.item(inner, i) }
        for i in 1..<args.count { Tuple.items(all)[m + i - 1] = args[i] }
        let keywords = innerKeywords.isEmpty ? Dict.new() : try Protocols.callMethod(innerKeywords, "copy")
        for i in 0..<args.keywordCount { try Dict.setItem(keywords, Tuple.item(args.kwnames, i), args[args.count + i]) }
        let object = ModuleTypes.allocate(type)
        let p = object.layout(KraitPartialObject.self)
        p.pointee.fn = function
        p.pointee.args = all
        p.pointee.kw = keywords
        return Value(object)
    }

    /// `fn(*args, *call_args, **{**keywords, **call_keywords})`.
    static func call(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        let p = s.layout(KraitPartialObject.self).pointee
        let m = Tuple.count(p.args)
        if Dict.count(p.kw) > 0 {
            // The stored keywords, overridden by the call's, as names and values after the positional ones.
            let keywords = Dict.new(capacity: Dict.count(p.kw) + args.keywordCount)
            var position = 0
            while let (key, value, next) = Dict.next(p.kw, from: position) {
                try Dict.setItem(keywords, key, value)
                position = next
            }
            for i in 0..<args.keywordCount { try Dict.setItem(keywords, Tuple.item(args.kwnames, i), args[args.count + i]) }
            let positional = m + args.count, named = Dict.count(keywords)
            let all = Tuple.allocate(count: positional + named), names = Tuple.allocate(count: named)
            Tuple.items(all).update(from: Tuple.items(p.args), count: m)
            if args.count > 0 { (Tuple.items(all) + m).update(from: args.base!, count: args.count) }
            position = 0
            var j = 0
            while let (key, value, next) = Dict.next(keywords, from: position) {
                Tuple.items(names)[j] = key
                Tuple.items(all)[positional + j] = value
                j += 1
                position = next
            }
            return try withExtendedLifetime((all, names)) { () throws(PyException) in
                try Protocols.call(p.fn, Arguments(Tuple.items(all), positional, names))
            }
        }
        if m == 0 { return try Protocols.call(p.fn, args) }
        // The stored arguments, then the call's positional and keyword values in order.
        let total = args.count + args.keywordCount
        let all = Tuple.allocate(count: m + total)
        Tuple.items(all).update(from: Tuple.items(p.args), count: m)
        if total > 0 { (Tuple.items(all) + m).update(from: args.base!, count: total) }
        return try withExtendedLifetime(all) { () throws(PyException) in
            try Protocols.call(p.fn, Arguments(Tuple.items(all), m + args.count, args.kwnames))
        }
    }

    static func repr(_ v: Value) throws(PyException) -> Value {
        try ReprGuard.run(v, placeholder: "...") { () throws(PyException) in
            let p = v.layout(KraitPartialObject.self).pointee
            var text = "\(String(cString: v.type.pointee.tp_name))(\(try Protocols.reprText(p.fn))"
            for i in 0..<Tuple.count(p.args) { text += ", " + (try Protocols.reprText(Tuple.item(p.args, i))) }
            var position = 0
            while let (key, value, next) = Dict.next(p.kw, from: position) {
                text += ", \(try Protocols.strText(key))=\(try Protocols.reprText(value))"
                position = next
            }
            return Str.make(text + ")")
        }
    }

    static func setState(_ s: Value, _ state: Value) throws(PyException) {
        let invalid = PyException.typeError("invalid partial state")
        guard TypeObject.isSubtype(state.type, of: Krait_tuple_type), Tuple.count(state) == 4 else { throw invalid }
        let function = Tuple.item(state, 0), args = Tuple.item(state, 1)
        let keywords = Tuple.item(state, 2), dict = Tuple.item(state, 3)
        guard ModuleTypes.isCallable(function), TypeObject.isSubtype(args.type, of: Krait_tuple_type),
              keywords == .none || TypeObject.hasFlag(keywords.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else { throw invalid }
        let p = s.layout(KraitPartialObject.self)
        p.pointee.fn = function
        p.pointee.args = try ModuleTypes.tuple(args)
        p.pointee.kw = keywords == .none ? Dict.new() : keywords.isExactly(Krait_dict_type) ? keywords : try Protocols.call(Value(Krait_dict_type), keywords)
        p.pointee.dict = dict == .none ? .empty : dict
    }
}
