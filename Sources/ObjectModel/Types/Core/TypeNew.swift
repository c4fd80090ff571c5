import ObjectLayout

/// `__new__`: the entry every type with a `tp_new` gets in its dict (CPython's
/// `tp_new_wrapper`), the slot of classes that define `__new__` in Python, and `type`'s
/// own `tp_new`/`tp_init` (class creation).
public enum TypeNew {
    /// One method definition serves every type: the wrapper is bound to its type.
    static let wrapperDefinition: UnsafeMutablePointer<PyMethodDef> = TypeSetup.methodTable([
        MethodSpec("__new__", doc: "__new__($type, *args, **kwargs)\n--\n\nCreate and return a new object.  See help(type) for accurate signature.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try TypeNew.callWrapper(s.object.layout(PyTypeObject.self), args) }
        },
    ])

    /// `T.__dict__['__new__']`: the wrapper bound to `T`.
    static func wrapper(for type: TypePointer) -> Value { BuiltinFunction.make(wrapperDefinition, self: Value(type)) }

    /// Whether `v` is some type's `__new__` wrapper, and which type's.
    static func wrappedType(_ v: Value) -> TypePointer? {
        guard v.isExactly(Krait_builtinFunction_type) else { return nil }
        let f = v.layout(PyCFunctionObject.self)
        guard f.pointee.m_ml == wrapperDefinition else { return nil }
        return f.pointee.m_self.object.layout(PyTypeObject.self)
    }

    /// `T.__new__(S, *args, **kwargs)`: `T`'s `tp_new` for the subtype `S`, when `S`'s
    /// layout comes from `T` (CPython's safety check).
    static func callWrapper(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        let name = String(cString: type.pointee.tp_name)
        guard args.count >= 1 else { throw PyException.typeError("\(name).__new__(): not enough arguments") }
        let first = args[0]
        guard TypeObject.isSubtype(first.type, of: Krait_type_type) else {
            throw PyException.typeError("\(name).__new__(X): X is not a type object (\(TypeObject.name(first.type)))")
        }
        let subtype = first.object.layout(PyTypeObject.self)
        let subname = String(cString: subtype.pointee.tp_name)
        guard TypeObject.isSubtype(subtype, of: type) else {
            throw PyException.typeError("\(name).__new__(\(subname)): \(subname) is not a subtype of \(name)")
        }
        // The nearest class whose `tp_new` is not a Python `__new__` must use this one.
        var staticBase: TypePointer? = subtype
        while let b = staticBase, isSlotNew(b.pointee.tp_new) { staticBase = b.pointee.tp_base }
        if let b = staticBase, !sameFunction(b.pointee.tp_new, type.pointee.tp_new) {
            throw PyException.typeError("\(name).__new__(\(subname)) is not safe, use \(String(cString: b.pointee.tp_name)).__new__()")
        }
        guard let new = type.pointee.tp_new else { throw PyException.typeError("cannot create '\(name)' instances") }
        let rest = Tuple.make(UnsafeBufferPointer(start: args.base.map { $0 + 1 }, count: args.count - 1))
        let kwargs = try SlotWrapper.keywordDict(args)
        return try CBoundary.check(new(subtype, rest.object, kwargs?.object))
    }

    static func sameFunction(_ a: newfunc?, _ b: newfunc?) -> Bool {
        unsafeBitCast(a, to: UInt.self) == unsafeBitCast(b, to: UInt.self)
    }

    static func isSlotNew(_ f: newfunc?) -> Bool { sameFunction(f, slotNew) }

    /// `tp_new` of a class whose `__new__` is written in Python: calls `cls.__new__(cls, …)`.
    static let slotNew: newfunc = { type, args, kwargs in
        CBoundary.object { () throws(PyException) in
            let cls = Value(type!)
            let new = try Protocols.getAttribute(cls, "__new__")
            let tuple = Value(args!)
            var positional = [cls]
            for i in 0..<Tuple.count(tuple) { positional.append(Tuple.item(tuple, i)) }
            if let kwargs, Dict.count(Value(kwargs)) > 0 {
                return try Protocols.callWithKeywords(new, positional, Value(kwargs))
            }
            return try Protocols.callArray(new, positional)
        }
    }

    /// The `tp_new` a class's `__new__` attribute stands for: a builtin type's own, or
    /// the slot that calls Python code.
    static func fixUpNew(_ type: TypePointer) {
        guard let new = TypeObject.lookup(type, Interned.literal("__new__")) else { return }
        if let owner = wrappedType(new) {
            type.pointee.tp_new = owner.pointee.tp_new
        } else {
            type.pointee.tp_new = slotNew
        }
    }

    // MARK: type.__new__ and type.__init__

    /// `type.__new__(metatype, name, bases, namespace, **keywords)`.
    static let typeNew: newfunc = { metatype, args, kwargs in
        CBoundary.object { () throws(PyException) in
            let tuple = Value(args!)
            let count = Tuple.count(tuple)
            let keywords = kwargs.map { Value($0) }
            guard count == 3 else { throw PyException.typeError("type.__new__() takes exactly 3 arguments (\(count) given)") }
            let bases = Tuple.item(tuple, 1)
            guard TypeObject.hasFlag(bases.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) else {
                throw PyException.typeError("type.__new__() argument 2 must be tuple, not \(TypeObject.argumentTypeName(bases))")
            }
            let winner = try HeapType.calculateMetaclass(metatype!, bases)
            // A more derived metaclass with a `__new__` of its own takes over.
            if winner != metatype, !sameFunction(winner.pointee.tp_new, typeNew), let new = winner.pointee.tp_new {
                return try CBoundary.check(new(winner, args, kwargs))
            }
            return try HeapType.new(winner, name: Tuple.item(tuple, 0), bases: bases, namespace: Tuple.item(tuple, 2),
                                    keywords: keywords)
        }
    }

    /// `type.__init__` only checks the arguments; `type.__new__` did the work.
    static let typeInit: initproc = { _, args, kwargs in
        CBoundary.status { () throws(PyException) in
            let count = Tuple.count(Value(args!))
            if let kwargs, Dict.count(Value(kwargs)) > 0, count == 1 {
                throw PyException.typeError("type.__init__() takes no keyword arguments")
            }
            if count != 1 && count != 3 { throw PyException.typeError("type.__init__() takes 1 or 3 arguments") }
        }
    }
}
