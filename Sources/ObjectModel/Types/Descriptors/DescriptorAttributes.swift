import ObjectLayout

/// `__name__`, `__qualname__`, `__objclass__` and `__doc__` of member and getset
/// descriptors (`int.real.__qualname__ == 'int.real'`), as CPython's `descrobject.c`.
enum DescriptorAttributes {
    /// The members both layouts share: the owning type and the name.
    static let members = MemberDescriptors.memberTable([
        ("__objclass__", Int32(T_OBJECT), MemoryLayout<PyMemberDescrObject>.offset(of: \.d_type)!, true, nil),
        ("__name__", Int32(T_OBJECT), MemoryLayout<PyMemberDescrObject>.offset(of: \.d_name)!, true, nil),
    ])

    static func qualifiedName(_ o: ObjectPointer?) -> ObjectPointer {
        let d = o!.layout(PyMemberDescrObject.self).pointee
        return BuiltinAttributes.qualified(d.d_type, Str.swiftString(Value(d.d_name)))
    }

    static func doc(_ text: UnsafePointer<CChar>?) -> ObjectPointer {
        guard let text else { return Krait_None }
        return Str.make(String(cString: text)).object
    }

    static let memberGetSet = MemberDescriptors.getSetTable([
        GetSetSpec("__doc__", get: { o, _ in DescriptorAttributes.doc(o!.layout(PyMemberDescrObject.self).pointee.d_member.pointee.doc) }),
        GetSetSpec("__qualname__", get: { o, _ in DescriptorAttributes.qualifiedName(o) }),
    ])

    static let getSetGetSet = MemberDescriptors.getSetTable([
        GetSetSpec("__doc__", get: { o, _ in DescriptorAttributes.doc(o!.layout(PyGetSetDescrObject.self).pointee.d_getset.pointee.doc) }),
        GetSetSpec("__qualname__", get: { o, _ in DescriptorAttributes.qualifiedName(o) }),
    ])
}

/// `__reduce__` of the builtin callables and descriptors: `getattr(owner, name)`, or a
/// module function's name, so pickle finds them again (CPython's `descr_reduce`,
/// `wrapper_reduce`, `meth_reduce`, `method_reduce`).
enum DescriptorReduction {
    static func getattr(_ owner: Value, _ name: Value) throws(PyException) -> Value {
        let arguments = Tuple.make(owner, name)
        return Tuple.make(try BuiltinNames.get("getattr"), arguments)
    }

    static func setUp() {
        TypeSetup.appendMethods(Krait_memberDescriptor_type, [
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("member_descriptor.__reduce__")
                    let d = s.layout(PyMemberDescrObject.self).pointee
                    return try DescriptorReduction.getattr(Value(d.d_type), Value(d.d_name))
                }
            },
        ])
        TypeSetup.appendMethods(Krait_methodDescriptor_type, [
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("method_descriptor.__reduce__")
                    let d = s.layout(PyMethodDescrObject.self).pointee
                    return try DescriptorReduction.getattr(Value(d.d_type), Str.make(BuiltinFunction.name(d.d_method)))
                }
            },
        ])
        TypeSetup.appendMethods(Krait_wrapperDescriptor_type, [
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("wrapper_descriptor.__reduce__")
                    let d = s.layout(KraitWrapperDescrObject.self)
                    return try DescriptorReduction.getattr(Value(d.pointee.d_type), Str.make(BuiltinAttributes.slotName(d)))
                }
            },
        ])
        TypeSetup.appendMethods(Krait_methodWrapper_type, [
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("method-wrapper.__reduce__")
                    let w = s.layout(KraitMethodWrapperObject.self).pointee
                    return try DescriptorReduction.getattr(w.`self`, Str.make(BuiltinAttributes.slotName(w.descr)))
                }
            },
        ])
        TypeSetup.appendMethods(Krait_builtinFunction_type, [
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("builtin_function_or_method.__reduce__")
                    let f = s.layout(PyCFunctionObject.self).pointee
                    let name = Str.make(BuiltinFunction.name(f.m_ml))
                    if BuiltinFunction.isModuleFunction(f) { return name }
                    return try DescriptorReduction.getattr(f.m_self, name)
                }
            },
        ])
        TypeSetup.appendMethods(Krait_method_type, [
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("method.__reduce__")
                    let m = s.layout(PyMethodObject.self).pointee
                    return try DescriptorReduction.getattr(m.im_self, try Protocols.getAttribute(m.im_func, "__name__"))
                }
            },
        ])
    }
}
