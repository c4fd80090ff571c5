import ObjectLayout

/// `types.MappingProxyType` (`mappingproxy`): a read-only view of a mapping, which is
/// what a class's `__dict__` gives, so class dicts change only through `setattr`.
public enum MappingProxy {
    @inline(__always)
    static func mapping(_ v: Value) -> Value { v.layout(KraitMappingProxyObject.self).pointee.mapping }

    public static func make(_ mapping: Value) -> Value {
        let object = Allocation.object(Krait_mappingProxy_type, size: MemoryLayout<KraitMappingProxyObject>.size)
        object.layout(KraitMappingProxyObject.self).pointee.mapping = mapping
        return Value(object)
    }

    /// What `mappingproxy(m)` accepts: mappings, not sequences.
    static func check(_ v: Value) throws(PyException) {
        let type = v.type
        let isMapping = type.pointee.tp_as_mapping?.pointee.mp_subscript != nil
        if !isMapping || TypeObject.hasFlag(type, UInt(Py_TPFLAGS_LIST_SUBCLASS)) || TypeObject.hasFlag(type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) {
            throw PyException.typeError("mappingproxy() argument must be a mapping, not \(TypeObject.name(type))")
        }
    }

    /// The mapping behind a proxy, or the value itself (for `|`).
    static func unwrapped(_ v: Value) -> Value { v.isExactly(Krait_mappingProxy_type) ? mapping(v) : v }

    static func setUp() {
        let t = Krait_mappingProxy_type!
        TypeSetup.begin(t, name: "mappingproxy", basicSize: MemoryLayout<KraitMappingProxyObject>.size)
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in Str.make("mappingproxy(\(try Protocols.reprText(MappingProxy.mapping(Value(o!)))))") }
        }
        t.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try Protocols.str(MappingProxy.mapping(Value(o!))) } }
        t.pointee.tp_hash = Hashing.notImplemented
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                try Protocols.richCompare(MappingProxy.mapping(Value(a!)), Value(b!), CompareOp(rawValue: op)!)
            }
        }
        t.pointee.tp_iter = { o in CBoundary.object { () throws(PyException) in try Protocols.iterator(MappingProxy.mapping(Value(o!))) } }
        t.pointee.tp_traverse = { object, visit, arg in
            Trace.visit(object!.layout(KraitMappingProxyObject.self).pointee.mapping, visit, arg)
            return 0
        }
        t.pointee.tp_as_mapping = Subscripts.mappingMethods({ o, key in
            CBoundary.object { () throws(PyException) in try Protocols.getItem(MappingProxy.mapping(Value(o!)), Value(key!)) }
        }, length: { o in CBoundary.integer { () throws(PyException) in try Protocols.length(MappingProxy.mapping(Value(o!))) } })
        t.pointee.tp_as_sequence = containsMethods
        t.pointee.tp_as_number = orMethods
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("get", doc: "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.positional("get", min: 1, max: 2)
                    return try Protocols.callMethod(MappingProxy.mapping(s), "get", args[0], args.optional(1) ?? .none)
                }
            },
            MethodSpec("keys", doc: "D.keys() -> a set-like object providing a view on D's keys") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("mappingproxy.keys"); return try Protocols.callMethod(MappingProxy.mapping(s), "keys") }
            },
            MethodSpec("values", doc: "D.values() -> an object providing a view on D's values") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("mappingproxy.values"); return try Protocols.callMethod(MappingProxy.mapping(s), "values") }
            },
            MethodSpec("items", doc: "D.items() -> a set-like object providing a view on D's items") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("mappingproxy.items"); return try Protocols.callMethod(MappingProxy.mapping(s), "items") }
            },
            MethodSpec("copy", doc: "D.copy() -> a shallow copy of D") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("mappingproxy.copy"); return try Protocols.callMethod(MappingProxy.mapping(s), "copy") }
            },
            GenericAlias.classGetItem,
            MethodSpec("__reversed__", doc: "D.__reversed__() -> reverse iterator") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("mappingproxy.__reversed__")
                    return try Protocols.call(Value(Krait_reversed_type), MappingProxy.mapping(s))
                }
            },
        ])
        NativeConstructors.register(t) { _, args throws(PyException) in
            let mapping = try args.parse("mappingproxy", ["mapping"], required: 1)[0]!
            try MappingProxy.check(mapping)
            return MappingProxy.make(mapping)
        }
    }

    static let containsMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_contains = { o, key in
            Int32(CBoundary.integer { () throws(PyException) in try Protocols.contains(MappingProxy.mapping(Value(o!)), Value(key!)) ? 1 : 0 })
        }
        return table
    }()

    /// `proxy | other` is the union of the mappings, a new dict.
    static let orMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_or = { a, b in
            CBoundary.object { () throws(PyException) in
                try Protocols.binary(MappingProxy.unwrapped(Value(a!)), MappingProxy.unwrapped(Value(b!)), .or)
            }
        }
        table.pointee.nb_inplace_or = { a, b in
            CBoundary.object { () throws(PyException) in
                throw PyException.typeError("'|=' is not supported by mappingproxy; use '|' instead")
            }
        }
        return table
    }()
}
