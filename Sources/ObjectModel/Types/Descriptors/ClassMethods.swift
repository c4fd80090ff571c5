import ObjectLayout

/// `classmethod`, `staticmethod` and bound methods (`method`).
public enum ClassMethods {
    @inline(__always)
    static func wrapper(_ v: Value) -> UnsafeMutablePointer<KraitClassMethodObject> { v.layout(KraitClassMethodObject.self) }

    static func make(_ type: TypePointer, _ callable: Value) -> Value {
        let object = Allocation.object(type, size: Swift.max(type.pointee.tp_basicsize, MemoryLayout<KraitClassMethodObject>.size))
        object.layout(KraitClassMethodObject.self).pointee.cm_callable = callable
        return Value(object)
    }

    /// A bound method of `function` to `instance`.
    public static func bind(_ function: Value, _ instance: Value) -> Value {
        let object = Allocation.object(Krait_method_type, size: MemoryLayout<PyMethodObject>.size)
        let m = object.layout(PyMethodObject.self)
        m.pointee.im_func = function
        m.pointee.im_self = instance
        return Value(object)
    }

    static func setUp() {
        let members: [(name: String, type: Int32, offset: Int, readOnly: Bool, doc: String?)] = [
            ("__func__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitClassMethodObject>.offset(of: \.cm_callable)!, true, nil),
            ("__wrapped__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitClassMethodObject>.offset(of: \.cm_callable)!, true, nil),
        ]
        let traverse: traverseproc = { object, visit, arg in
            let w = object!.layout(KraitClassMethodObject.self)
            Trace.visit(w.pointee.cm_callable, visit, arg)
            Trace.visit(w.pointee.cm_dict, visit, arg)
            return 0
        }

        let c = Krait_classmethod_type!
        TypeSetup.begin(c, name: "classmethod", basicSize: MemoryLayout<KraitClassMethodObject>.size, flags: UInt(Py_TPFLAGS_BASETYPE),
                        doc: "classmethod(function) -> method\n\nConvert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin.")
        c.pointee.tp_members = MemberDescriptors.memberTable(members)
        c.pointee.tp_getset = AbstractMethods.wrapperGetSet
        c.pointee.tp_repr = repr
        c.pointee.tp_dictoffset = MemoryLayout<KraitClassMethodObject>.offset(of: \.cm_dict)!
        c.pointee.tp_traverse = traverse
        c.pointee.tp_descr_get = { o, instance, owner in
            CBoundary.object { () throws(PyException) in
                let callable = ClassMethods.wrapper(Value(o!)).pointee.cm_callable
                let type = owner.map { Value($0) } ?? Value(instance!).type.asValue
                if let get = callable.type.pointee.tp_descr_get, !RuntimeHooks.isPythonFunction(callable) {
                    return try CBoundary.check(get(Boxing.object(callable), Boxing.object(type), Boxing.object(type)))
                }
                return ClassMethods.bind(callable, type)
            }
        }
        c.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try ClassMethods.initialize(Value(o!), "classmethod", args, kwargs) }
        }
        c.pointee.tp_new = Krait_object_type.pointee.tp_new

        let s = Krait_staticmethod_type!
        TypeSetup.begin(s, name: "staticmethod", basicSize: MemoryLayout<KraitClassMethodObject>.size, flags: UInt(Py_TPFLAGS_BASETYPE),
                        doc: "staticmethod(function) -> method\n\nConvert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin.")
        s.pointee.tp_members = MemberDescriptors.memberTable(members)
        s.pointee.tp_getset = AbstractMethods.wrapperGetSet
        s.pointee.tp_repr = repr
        s.pointee.tp_dictoffset = MemoryLayout<KraitClassMethodObject>.offset(of: \.cm_dict)!
        s.pointee.tp_traverse = traverse
        s.pointee.tp_descr_get = { o, _, _ in Boxing.object(ClassMethods.wrapper(Value(o!)).pointee.cm_callable) }
        s.pointee.kr_call = { o, a, n, k in
            CBoundary.value { () throws(PyException) in try Protocols.call(ClassMethods.wrapper(o).pointee.cm_callable, Arguments(a, n, k)) }
        }
        s.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try ClassMethods.initialize(Value(o!), "staticmethod", args, kwargs) }
        }
        s.pointee.tp_new = Krait_object_type.pointee.tp_new

        let m = Krait_method_type!
        TypeSetup.begin(m, name: "method", basicSize: MemoryLayout<PyMethodObject>.size,
                        doc: "method(function, instance)\n--\n\nCreate a bound instance method object.")
        m.pointee.tp_members = MemberDescriptors.memberTable([
            ("__func__", Int32(T_KRAIT_VALUE), MemoryLayout<PyMethodObject>.offset(of: \.im_func)!, true, "the function (or other callable) implementing a method"),
            ("__self__", Int32(T_KRAIT_VALUE), MemoryLayout<PyMethodObject>.offset(of: \.im_self)!, true, "the instance to which a method is bound"),
        ])
        m.pointee.tp_traverse = { object, visit, arg in
            let b = object!.layout(PyMethodObject.self)
            Trace.visit(b.pointee.im_func, visit, arg)
            Trace.visit(b.pointee.im_self, visit, arg)
            return 0
        }
        m.pointee.kr_call = { o, a, n, k in
            CBoundary.value { () throws(PyException) in try ClassMethods.callBound(o, Arguments(a, n, k)) }
        }
        m.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("__doc__", get: { o, _ in
                CBoundary.object { () throws(PyException) in
                    try Protocols.getAttribute(Value(o!).layout(PyMethodObject.self).pointee.im_func, "__doc__")
                }
            }),
        ])
        m.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let b = Value(o!).layout(PyMethodObject.self)
                var name = try Protocols.lookupAttribute(b.pointee.im_func, Interned.literal("__qualname__"))
                if name == nil { name = try Protocols.lookupAttribute(b.pointee.im_func, Interned.literal("__name__")) }
                return Str.make("<bound method \(try name.map { v throws(PyException) in try Protocols.strText(v) } ?? "?") of \(try Protocols.reprText(b.pointee.im_self))>")
            }
        }
        m.pointee.tp_getattro = { o, name in
            CBoundary.object { () throws(PyException) in
                // Unknown attributes come from the function (`m.__name__`, `m.__doc__`).
                do throws(PyException) {
                    return try Attributes.genericGet(Value(o!), Value(name!))
                } catch where error.matches(Krait_exc_AttributeError) {
                    return try Protocols.getAttribute(Value(o!).layout(PyMethodObject.self).pointee.im_func, Value(name!))
                }
            }
        }
        NativeConstructors.register(m) { _, args throws(PyException) in
            try args.positional("method", min: 2, max: 2)
            guard args[1] != .none else { throw PyException.typeError("self must not be None") }
            return ClassMethods.bind(args[0], args[1])
        }
        m.pointee.tp_new = Krait_object_type.pointee.tp_new
    }

    static func initialize(_ v: Value, _ name: String, _ args: ObjectPointer?, _ kwargs: ObjectPointer?) throws(PyException) {
        if let kwargs, Dict.count(Value(kwargs)) > 0 { throw PyException.typeError("\(name)() takes no keyword arguments") }
        let count = args.map { Tuple.count(Value($0)) } ?? 0
        guard count == 1 else { throw PyException.typeError("\(name) expected 1 argument, got \(count)") }
        let callable = Tuple.item(Value(args!), 0)
        wrapper(v).pointee.cm_callable = callable
        try copyAttributes(v, from: callable)
    }

    /// Calls the function with the bound instance first.
    static func callBound(_ m: Value, _ args: Arguments) throws(PyException) -> Value {
        let b = m.layout(PyMethodObject.self)
        let total = args.count + args.keywordCount
        return try withUnsafeTemporaryAllocation(of: Value.self, capacity: total + 1) { buffer throws(PyException) in
            buffer[0] = b.pointee.im_self
            for i in 0..<total { buffer[i + 1] = args.base.unsafelyUnwrapped[i] }
            return try Protocols.call(b.pointee.im_func, Arguments(UnsafePointer(buffer.baseAddress), args.count + 1, args.kwnames))
        }
    }
}

extension TypePointer {
    var asValue: Value { Value(self) }
}
