import ObjectLayout

/// `types.SimpleNamespace`: attributes kept in a dict, shown as `namespace(a=1)`.
public enum SimpleNamespace {
    static let dictOffset = MemoryLayout<KraitNamespaceObject>.offset(of: \.dict)!

    /// An empty namespace; attributes are set on it one by one (so each new value is
    /// kept alive by the namespace before the next is made).
    public static func make() -> Value {
        let object = Allocation.object(Krait_simpleNamespace_type, size: MemoryLayout<KraitNamespaceObject>.size)
        let dict = Dict.new()
        object.layout(KraitNamespaceObject.self).pointee.dict = dict
        return Value(object)
    }

    static func dict(_ v: Value) -> Value { v.layout(KraitNamespaceObject.self).pointee.dict }

    static func repr(_ v: Value) throws(PyException) -> String {
        // A subclass shows its own name; the type itself is `namespace`.
        let name = v.isExactly(Krait_simpleNamespace_type) ? "namespace" : TypeObject.name(v.type)
        var parts: [String] = []
        let d = dict(v)
        var position = 0
        while let (key, value, next) = Dict.next(d, from: position) {
            position = next
            if key.isExactly(Krait_str_type) { parts.append("\(Str.swiftString(key))=\(try Protocols.reprText(value))") }
        }
        return "\(name)(\(parts.joined(separator: ", ")))"
    }

    static func setUp() {
        let t = Krait_simpleNamespace_type!
        TypeSetup.begin(t, name: "types.SimpleNamespace", basicSize: MemoryLayout<KraitNamespaceObject>.size,
                        flags: UInt(Py_TPFLAGS_BASETYPE),
                        doc: "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)")
        t.pointee.tp_dictoffset = dictOffset
        t.pointee.tp_hash = Hashing.notImplemented
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let v = Value(o!)
                let name = v.isExactly(Krait_simpleNamespace_type) ? "namespace" : TypeObject.name(v.type)
                return try ReprGuard.run(v, placeholder: "\(name)(...)") { () throws(PyException) in Str.make(try SimpleNamespace.repr(v)) }
            }
        }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                let op = CompareOp(rawValue: op)!
                guard TypeObject.isSubtype(x.type, of: Krait_simpleNamespace_type), TypeObject.isSubtype(y.type, of: Krait_simpleNamespace_type),
                      op == .eq || op == .ne else { return .notImplemented }
                return try Protocols.richCompare(SimpleNamespace.dict(x), SimpleNamespace.dict(y), op)
            }
        }
        t.pointee.tp_traverse = { object, visit, arg in
            Trace.visit(object!.layout(KraitNamespaceObject.self).pointee.dict, visit, arg)
            return 0
        }
        t.pointee.tp_new = { type, _, _ in
            CBoundary.object { () throws(PyException) in
                let object = Allocation.object(type!, size: type!.pointee.tp_basicsize)
                object.layout(KraitNamespaceObject.self).pointee.dict = Dict.new()
                return Value(object)
            }
        }
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                if let args, Tuple.count(Value(args)) > 0 { throw PyException.typeError("no positional arguments expected") }
                guard let kwargs else { return }
                var position = 0
                while let (key, _, next) = Dict.next(Value(kwargs), from: position) {
                    position = next
                    guard TypeObject.hasFlag(key.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else { throw PyException.typeError("keywords must be strings") }
                }
                _ = try Protocols.callMethod(SimpleNamespace.dict(Value(o!)), "update", Value(kwargs))
            }
        }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("__dict__", Int32(T_KRAIT_VALUE), dictOffset, true, nil),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "Return state information for pickling") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    return Tuple.make([Value(s.type), Tuple.make([]), SimpleNamespace.dict(s)])
                }
            },
        ])
    }
}
