import ObjectLayout

/// `types.UnionType`: `int | str` (PEP 604). The members are flattened and
/// deduplicated; a union of one member is that member.
public enum UnionType {
    @inline(__always)
    static func union(_ v: Value) -> UnsafeMutablePointer<KraitUnionObject> { v.layout(KraitUnionObject.self) }

    public static func arguments(_ v: Value) -> Value { union(v).pointee.args }

    /// What `|` accepts on both sides: None, classes, generic aliases and unions.
    static func isUnionable(_ v: Value) -> Bool {
        v == .none || Protocols.isType(v) || isAlias(v) || v.isExactly(Krait_unionType_type)
    }

    /// A `types.GenericAlias` or an instance of a subclass of it.
    static func isAlias(_ v: Value) -> Bool { v.isObject && TypeObject.isSubtype(v.type, of: Krait_genericAlias_type) }

    /// `a | b` for types and aliases (`type.__or__`, `GenericAlias.__or__`, …).
    static func or(_ a: Value, _ b: Value) throws(PyException) -> Value {
        guard isUnionable(a) && isUnionable(b) else { return .notImplemented }
        var members: [Value] = []
        for side in [a, b] {
            if side.isExactly(Krait_unionType_type) {
                let args = arguments(side)
                for i in 0..<Tuple.count(args) { members.append(Tuple.item(args, i)) }
            } else {
                members.append(side == .none ? Value(Krait_none_type) : side)
            }
        }
        var unique: [Value] = []
        for member in members {
            var duplicate = false
            for seen in unique {
                // Aliases compare by value (`list[int] | list[int]`), the rest by identity.
                if isAlias(member) && isAlias(seen) {
                    duplicate = try Protocols.isTrue(try Protocols.richCompare(member, seen, .eq))
                } else {
                    duplicate = member == seen
                }
                if duplicate { break }
            }
            if !duplicate { unique.append(member) }
        }
        if unique.count == 1 { return unique[0] }
        let object = Allocation.object(Krait_unionType_type, size: MemoryLayout<KraitUnionObject>.size)
        let u = object.layout(KraitUnionObject.self)
        u.pointee.args = Tuple.make(unique)
        u.pointee.parameters = .empty
        return Value(object)
    }

    /// How unions and aliases show a member: `None`, `int`, `mod.Class`, `list[int]`, `...`.
    static func memberRepr(_ v: Value) throws(PyException) -> String {
        if v == Value(Krait_none_type) || v == .none { return "None" }
        if v == .ellipsis { return "..." }
        if try Protocols.lookupAttribute(v, Interned.literal("__origin__")) != nil,
           try Protocols.lookupAttribute(v, Interned.literal("__args__")) != nil {
            return try Protocols.reprText(v)
        }
        guard let qualname = try Protocols.lookupAttribute(v, Interned.literal("__qualname__")),
              let module = try Protocols.lookupAttribute(v, Interned.literal("__module__")) else {
            return try Protocols.reprText(v)
        }
        if module.isExactly(Krait_str_type) && Str.swiftString(module) == "builtins" { return try Protocols.strText(qualname) }
        return "\(try Protocols.strText(module)).\(try Protocols.strText(qualname))"
    }

    /// The type variables among the members (anything with `__typing_subst__`, and
    /// the parameters of nested aliases), each once.
    static func parameters(of args: Value) throws(PyException) -> Value {
        var found: [Value] = []
        func add(_ p: Value) { if !found.contains(p) { found.append(p) } }
        for i in 0..<Tuple.count(args) {
            let arg = Tuple.item(args, i)
            if Protocols.isType(arg) { continue }
            if try Protocols.lookupAttribute(arg, Interned.literal("__typing_subst__")) != nil {
                add(arg)
            } else if let nested = try Protocols.lookupAttribute(arg, Interned.literal("__parameters__")),
                      nested.isExactly(Krait_tuple_type) {
                for j in 0..<Tuple.count(nested) { add(Tuple.item(nested, j)) }
            }
        }
        return Tuple.make(found)
    }

    static func setUp() {
        let t = Krait_unionType_type!
        TypeSetup.begin(t, name: "types.UnionType", basicSize: MemoryLayout<KraitUnionObject>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION),
                        doc: "Represent a PEP 604 union type\n\nE.g. for int | str")
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let args = UnionType.arguments(Value(o!))
                var parts: [String] = []
                for i in 0..<Tuple.count(args) { parts.append(try UnionType.memberRepr(Tuple.item(args, i))) }
                return Str.make(parts.joined(separator: " | "))
            }
        }
        t.pointee.tp_hash = { o in
            CBoundary.integer { () throws(PyException) in
                try Protocols.hash(try Protocols.call(Value(Krait_frozenset_type), UnionType.arguments(Value(o!))))
            }
        }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                let op = CompareOp(rawValue: op)!
                guard y.isExactly(Krait_unionType_type), op == .eq || op == .ne else { return .notImplemented }
                let left = try Protocols.call(Value(Krait_frozenset_type), UnionType.arguments(x))
                let right = try Protocols.call(Value(Krait_frozenset_type), UnionType.arguments(y))
                return try Protocols.richCompare(left, right, op)
            }
        }
        t.pointee.tp_traverse = { object, visit, arg in
            let u = object!.layout(KraitUnionObject.self).pointee
            Trace.visit(u.args, visit, arg)
            Trace.visit(u.parameters, visit, arg)
            return 0
        }
        t.pointee.tp_as_number = orMethods
        t.pointee.tp_as_mapping = Subscripts.mappingMethods({ o, key in
            CBoundary.object { () throws(PyException) in try GenericAlias.substitute(Value(o!), Value(key!)) }
        }, length: nil)
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("__args__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitUnionObject>.offset(of: \.args)!, true, nil),
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("__parameters__", doc: "Type variables in the types.UnionType.", get: { o, _ in
                CBoundary.object { () throws(PyException) in
                    let u = UnionType.union(Value(o!))
                    if u.pointee.parameters.isEmpty { u.pointee.parameters = try UnionType.parameters(of: u.pointee.args) }
                    return u.pointee.parameters
                }
            }),
        ])
    }

    /// `nb_or` for unions and aliases: `int | None`, `None | list[int]`.
    static let orMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_or = { a, b in CBoundary.object { () throws(PyException) in try UnionType.or(Value(a!), Value(b!)) } }
        return table
    }()
}
