import ObjectLayout

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
enum Property {
    @inline(__always)
    static func property(_ v: Value) -> UnsafeMutablePointer<KraitPropertyObject> { v.layout(KraitPropertyObject.self) }

    /// The name used in error messages: the one `__set_name__` gave, else the getter's.
    static func name(_ p: UnsafeMutablePointer<KraitPropertyObject>) -> String? {
        let name = p.pointee.prop_name
        if !name.isEmpty && name != .none { return Str.swiftString(name) }
        return nil
    }

    static func missing(_ p: UnsafeMutablePointer<KraitPropertyObject>, _ instance: Value, _ what: String) -> PyException {
        if let name = name(p) {
            return .attributeError("property '\(name)' of '\(TypeObject.name(instance.type))' object has no \(what)")
        }
        return .attributeError("property of '\(TypeObject.name(instance.type))' object has no \(what)")
    }

    static func initialize(_ v: Value, _ args: Arguments) throws(PyException) {
        let parsed = try args.parse("property", ["fget", "fset", "fdel", "doc"])
        let values: [Value] = (0..<4).map { parsed[$0] ?? .none }
        let p = property(v)
        p.pointee.prop_get = values[0]
        p.pointee.prop_set = values[1]
        p.pointee.prop_del = values[2]
        p.pointee.getter_doc = 0
        if values[3] != .none {
            p.pointee.prop_doc = values[3]
        } else {
            var doc = Value.none
            let exact = v.isExactly(Krait_property_type)
            if values[0] != .none, let getterDoc = try Protocols.lookupAttribute(values[0], Interned.literal("__doc__")),
               exact || getterDoc != .none {
                doc = getterDoc
                p.pointee.getter_doc = 1
            }
            // A subclass's instance keeps the getter's doc in its own dict, where the
            // class's `__doc__` does not shadow it, as CPython's `property_init`.
            if exact {
                p.pointee.prop_doc = doc
            } else {
                try Protocols.setAttribute(v, Interned.literal("__doc__"), doc)
            }
        }
        if values[0] != .none, let name = try Protocols.lookupAttribute(values[0], Interned.literal("__name__")) {
            p.pointee.prop_name = name
        }
    }

    /// `p.getter(f)` and friends: a copy with one accessor replaced.
    static func copy(_ v: Value, replacing index: Int, with f: Value) throws(PyException) -> Value {
        let p = property(v)
        var accessors = [p.pointee.prop_get, p.pointee.prop_set, p.pointee.prop_del]
        accessors[index] = f
        let doc = p.pointee.getter_doc != 0 && index == 0 ? Value.none : p.pointee.prop_doc
        let result = try Protocols.callArray(Value(v.type), accessors.map { $0.isEmpty ? .none : $0 } + [doc.isEmpty ? .none : doc])
        if !p.pointee.prop_name.isEmpty { property(result).pointee.prop_name = p.pointee.prop_name }
        return result
    }

    static func setUp() {
        let t = Krait_property_type!
        TypeSetup.begin(t, name: "property", basicSize: MemoryLayout<KraitPropertyObject>.size, flags: UInt(Py_TPFLAGS_BASETYPE),
                        doc: "property(fget=None, fset=None, fdel=None, doc=None)\n--\n\nProperty attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring\n\nTypical use is to define a managed attribute x:\n\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\n\nclass C(object):\n    @property\n    def x(self):\n        \"I am the 'x' property.\"\n        return self._x\n    @x.setter\n    def x(self, value):\n        self._x = value\n    @x.deleter\n    def x(self):\n        del self._x")
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("fget", Int32(T_KRAIT_VALUE), MemoryLayout<KraitPropertyObject>.offset(of: \.prop_get)!, true, nil),
            ("fset", Int32(T_KRAIT_VALUE), MemoryLayout<KraitPropertyObject>.offset(of: \.prop_set)!, true, nil),
            ("fdel", Int32(T_KRAIT_VALUE), MemoryLayout<KraitPropertyObject>.offset(of: \.prop_del)!, true, nil),
            ("__doc__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitPropertyObject>.offset(of: \.prop_doc)!, false, nil),
        ])
        t.pointee.tp_getset = AbstractMethods.propertyGetSet
        t.pointee.tp_traverse = { object, visit, arg in
            let p = object!.layout(KraitPropertyObject.self)
            Trace.visit(p.pointee.prop_get, visit, arg)
            Trace.visit(p.pointee.prop_set, visit, arg)
            Trace.visit(p.pointee.prop_del, visit, arg)
            Trace.visit(p.pointee.prop_doc, visit, arg)
            Trace.visit(p.pointee.prop_name, visit, arg)
            return 0
        }
        t.pointee.tp_descr_get = { o, instance, _ in
            CBoundary.object { () throws(PyException) in
                let v = Value(o!)
                guard let instance, Value(instance) != .none else { return v }
                let p = Property.property(v)
                guard !p.pointee.prop_get.isEmpty, p.pointee.prop_get != .none else {
                    throw Property.missing(p, Value(instance), "getter")
                }
                return try Protocols.call(p.pointee.prop_get, Value(instance))
            }
        }
        t.pointee.tp_descr_set = { o, instance, value in
            CBoundary.status { () throws(PyException) in
                let p = Property.property(Value(o!))
                let target = Value(instance!)
                if let value {
                    guard !p.pointee.prop_set.isEmpty, p.pointee.prop_set != .none else { throw Property.missing(p, target, "setter") }
                    _ = try Protocols.call(p.pointee.prop_set, target, Value(value))
                } else {
                    guard !p.pointee.prop_del.isEmpty, p.pointee.prop_del != .none else { throw Property.missing(p, target, "deleter") }
                    _ = try Protocols.call(p.pointee.prop_del, target)
                }
            }
        }
        NativeConstructors.register(t) { type, args throws(PyException) in
            let v = Value(Allocation.object(type, size: type.pointee.tp_basicsize))
            try Property.initialize(v, args)
            return v
        }
        t.pointee.tp_new = Krait_object_type.pointee.tp_new
        // `__init__` fills the property again: `p.__init__(fget)` and subclasses' `super().__init__`.
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try Property.initialize(Value(o!), Arguments.from(tuple: args, keywords: kwargs)) }
        }
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("getter", doc: "Descriptor to obtain a copy of the property with a different getter.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in try Property.copy(s, replacing: 0, with: try Arguments(a, n, k).one("property.getter")) }
            },
            MethodSpec("setter", doc: "Descriptor to obtain a copy of the property with a different setter.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in try Property.copy(s, replacing: 1, with: try Arguments(a, n, k).one("property.setter")) }
            },
            MethodSpec("deleter", doc: "Descriptor to obtain a copy of the property with a different deleter.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in try Property.copy(s, replacing: 2, with: try Arguments(a, n, k).one("property.deleter")) }
            },
            MethodSpec("__set_name__", doc: "Method to set name of a property.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.positional("__set_name__", min: 2, max: 2)
                    Property.property(s).pointee.prop_name = args[1]
                    return .none
                }
            },
        ])
    }
}
