import ObjectLayout

/// `types.GenericAlias`: `list[int]`, what `__class_getitem__` of the builtin
/// containers returns. It forwards attributes to its origin, calls it to make
/// instances, and substitutes type variables when subscripted.
public enum GenericAlias {
    @inline(__always)
    static func alias(_ v: Value) -> UnsafeMutablePointer<KraitGenericAliasObject> { v.layout(KraitGenericAliasObject.self) }

    public static func make(_ origin: Value, _ args: Value, type: TypePointer = Krait_genericAlias_type) -> Value {
        let tuple = args.isExactly(Krait_tuple_type) ? args : Tuple.make(args)
        let object = Allocation.object(type, size: type.pointee.tp_basicsize)
        let a = object.layout(KraitGenericAliasObject.self)
        a.pointee.origin = origin
        a.pointee.args = tuple
        a.pointee.parameters = .empty
        a.pointee.weakreflist = .empty
        a.pointee.starred = 0
        return Value(object)
    }

    static func parameters(_ v: Value) throws(PyException) -> Value {
        let a = alias(v)
        if a.pointee.parameters.isEmpty { a.pointee.parameters = try UnionType.parameters(of: a.pointee.args) }
        return a.pointee.parameters
    }

    /// `__class_getitem__` of list, dict, tuple, type, …: a classmethod making an alias.
    public static let classGetItem = MethodSpec("__class_getitem__", flags: Int32(METH_CLASS),
                                         doc: "See PEP 585") { s, a, n, k in
        MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
            GenericAlias.make(s, try args.one("\(TypeObject.qualname(s.object.layout(PyTypeObject.self))).__class_getitem__"))
        }
    }

    /// `alias[...]` and `union[...]`: each type variable among the arguments replaced by
    /// the corresponding item, nested aliases substituted in turn.
    static func substitute(_ v: Value, _ item: Value) throws(PyException) -> Value {
        let isUnion = v.isExactly(Krait_unionType_type)
        let params = isUnion ? try Protocols.getAttribute(v, "__parameters__") : try parameters(v)
        let count = Tuple.count(params)
        guard count > 0 else { throw PyException.typeError("\(try Protocols.reprText(v)) is not a generic class") }
        let items = item.isExactly(Krait_tuple_type) ? item : Tuple.make(item)
        let given = Tuple.count(items)
        if given != count {
            throw PyException.typeError(
                "Too \(given > count ? "many" : "few") arguments for \(try Protocols.reprText(v)); actual \(given), expected \(count)")
        }
        let args = isUnion ? UnionType.arguments(v) : alias(v).pointee.args
        var substituted: [Value] = []
        for i in 0..<Tuple.count(args) {
            substituted.append(try substituteOne(Tuple.item(args, i), params, items))
        }
        if isUnion {
            var result = substituted[0]
            for next in substituted.dropFirst() { result = try Protocols.binary(result, next, .or) }
            return result
        }
        return make(alias(v).pointee.origin, Tuple.make(substituted), type: v.type)
    }

    static func substituteOne(_ arg: Value, _ params: Value, _ items: Value) throws(PyException) -> Value {
        if Protocols.isType(arg) { return arg }
        if let subst = try Protocols.lookupAttribute(arg, Interned.literal("__typing_subst__")) {
            for j in 0..<Tuple.count(params) where Tuple.item(params, j) == arg {
                return try Protocols.call(subst, Tuple.item(items, j))
            }
            return arg
        }
        guard let nested = try Protocols.lookupAttribute(arg, Interned.literal("__parameters__")),
              nested.isExactly(Krait_tuple_type), Tuple.count(nested) > 0 else { return arg }
        var inner: [Value] = []
        for k in 0..<Tuple.count(nested) {
            let p = Tuple.item(nested, k)
            var replacement = p
            for j in 0..<Tuple.count(params) where Tuple.item(params, j) == p { replacement = Tuple.item(items, j) }
            inner.append(replacement)
        }
        return try Protocols.getItem(arg, Tuple.make(inner))
    }

    static func repr(_ v: Value) throws(PyException) -> String {
        let a = alias(v).pointee
        var text = try UnionType.memberRepr(a.origin) + "["
        let count = Tuple.count(a.args)
        if count == 0 { text += "()" }
        for i in 0..<count {
            if i > 0 { text += ", " }
            let arg = Tuple.item(a.args, i)
            if arg.isExactly(Krait_list_type) {
                var inner: [String] = []
                for j in 0..<List.count(arg) { inner.append(try UnionType.memberRepr(List.item(arg, j))) }
                text += "[" + inner.joined(separator: ", ") + "]"
            } else {
                text += try UnionType.memberRepr(arg)
            }
        }
        return (a.starred != 0 ? "*" : "") + text + "]"
    }

    /// Names an alias answers itself; every other attribute comes from the origin.
    static let ownAttributes: Set<String> = [
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    ]

    static func setUp() {
        let t = Krait_genericAlias_type!
        TypeSetup.begin(t, name: "types.GenericAlias", basicSize: MemoryLayout<KraitGenericAliasObject>.size,
                        flags: UInt(Py_TPFLAGS_BASETYPE),
                        doc: "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).")
        t.pointee.tp_weaklistoffset = MemoryLayout<KraitGenericAliasObject>.offset(of: \.weakreflist)!
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in Str.make(try GenericAlias.repr(Value(o!))) } }
        t.pointee.tp_hash = { o in
            CBoundary.integer { () throws(PyException) in
                let a = GenericAlias.alias(Value(o!)).pointee
                return try Protocols.hash(a.origin) ^ Protocols.hash(a.args)
            }
        }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                let op = CompareOp(rawValue: op)!
                guard TypeObject.isSubtype(y.type, of: Krait_genericAlias_type), op == .eq || op == .ne else { return .notImplemented }
                let ax = GenericAlias.alias(x).pointee, ay = GenericAlias.alias(y).pointee
                var equal = ax.starred == ay.starred
                if equal { equal = try Protocols.isTrue(try Protocols.richCompare(ax.origin, ay.origin, .eq)) }
                if equal { equal = try Protocols.isTrue(try Protocols.richCompare(ax.args, ay.args, .eq)) }
                return .bool(equal == (op == .eq))
            }
        }
        t.pointee.kr_call = { callable, a, n, k in
            CBoundary.value { () throws(PyException) in
                let instance = try Protocols.call(GenericAlias.alias(callable).pointee.origin, Arguments(a, n, k))
                // Instances remember the alias when they can take attributes.
                do throws(PyException) {
                    try Protocols.setAttribute(instance, Interned.literal("__orig_class__"), callable)
                } catch {
                    guard error.matches(Krait_exc_AttributeError) || error.matches(Krait_exc_TypeError) else { throw error }
                }
                return instance
            }
        }
        t.pointee.tp_getattro = { o, name in
            CBoundary.object { () throws(PyException) in
                let v = Value(o!), key = Value(name!)
                if key.isExactly(Krait_str_type), !GenericAlias.ownAttributes.contains(Str.swiftString(key)) {
                    return try Protocols.getAttribute(GenericAlias.alias(v).pointee.origin, key)
                }
                return try Attributes.genericGet(v, key)
            }
        }
        t.pointee.tp_traverse = { object, visit, arg in
            let a = object!.layout(KraitGenericAliasObject.self).pointee
            Trace.visit(a.origin, visit, arg)
            Trace.visit(a.args, visit, arg)
            Trace.visit(a.parameters, visit, arg)
            return 0
        }
        t.pointee.tp_as_number = UnionType.orMethods
        t.pointee.tp_as_mapping = Subscripts.mappingMethods({ o, key in
            CBoundary.object { () throws(PyException) in try GenericAlias.substitute(Value(o!), Value(key!)) }
        }, length: nil)
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("__origin__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitGenericAliasObject>.offset(of: \.origin)!, true, nil),
            ("__args__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitGenericAliasObject>.offset(of: \.args)!, true, nil),
            ("__unpacked__", Int32(T_BOOL), MemoryLayout<KraitGenericAliasObject>.offset(of: \.starred)!, true, nil),
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("__parameters__", doc: "Type variables in the GenericAlias.", get: { o, _ in
                CBoundary.object { () throws(PyException) in try GenericAlias.parameters(Value(o!)) }
            }),
            // PEP 646: the arguments of `*tuple[...]`, else None.
            GetSetSpec("__typing_unpacked_tuple_args__", get: { o, _ in
                let a = GenericAlias.alias(Value(o!)).pointee
                return a.starred != 0 && a.origin == Value(Krait_tuple_type) ? Boxing.object(a.args) : Krait_None
            }),
        ])
        // `*alias` (PEP 646) iterates once, giving the starred alias. (CPython's iterator
        // type is `generic_alias_iterator`; a tuple's iterator yields the same.)
        t.pointee.tp_iter = { o in
            let v = Value(o!)
            let a = GenericAlias.alias(v).pointee
            let starred = GenericAlias.make(a.origin, a.args, type: v.type)
            GenericAlias.alias(starred).pointee.starred = 1
            return SequenceIterator.make(Tuple.make(starred), type: Krait_tupleIterator_type).object
        }
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__mro_entries__") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                _ = try args.one("__mro_entries__")
                return Tuple.make(GenericAlias.alias(s).pointee.origin)
            } },
            MethodSpec("__instancecheck__") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in
                throw PyException.typeError("isinstance() argument 2 cannot be a parameterized generic")
            } },
            MethodSpec("__subclasscheck__") { s, a, n, k in MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in
                throw PyException.typeError("issubclass() argument 2 cannot be a parameterized generic")
            } },
            MethodSpec("__reduce__") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("__reduce__")
                let alias = GenericAlias.alias(s).pointee
                // A starred alias is rebuilt as `next(iter(alias))`.
                if alias.starred != 0 {
                    let iterator = try Protocols.iterator(GenericAlias.make(alias.origin, alias.args))
                    return Tuple.make(try BuiltinNames.get("next"), Tuple.make(iterator))
                }
                return Tuple.make(Value(s.type), Tuple.make(alias.origin, alias.args))
            } },
            MethodSpec("__dir__") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("__dir__")
                let names = try Protocols.call(Value(Krait_list_type), try Protocols.callMethod(GenericAlias.alias(s).pointee.origin, "__dir__"))
                for name in GenericAlias.ownAttributes.sorted() where name != "__class__" {
                    let key = Interned.get(name)
                    if !(try Protocols.contains(names, key)) { List.append(names, key) }
                }
                return names
            } },
        ])
        // Subclasses (collections.abc's `_CallableGenericAlias`) construct through this too.
        t.pointee.tp_new = NativeConstructors.newThroughBase
        NativeConstructors.register(t) { type, args throws(PyException) in
            try args.positional("GenericAlias", min: 2, max: 2)
            return GenericAlias.make(args[0], args[1], type: type)
        }
    }
}
