import ObjectLayout

/// The introspection attributes of builtin callables: `__name__`, `__qualname__`,
/// `__doc__`, `__text_signature__`, `__self__`, `__objclass__`, `__module__`, for
/// builtin functions, method descriptors, slot wrappers, method-wrappers and the
/// member and getset descriptors.
enum BuiltinAttributes {
    static func function(_ o: ObjectPointer?) -> UnsafeMutablePointer<PyCFunctionObject> { o!.layout(PyCFunctionObject.self) }
    static func methodDescriptor(_ o: ObjectPointer?) -> UnsafeMutablePointer<PyMethodDescrObject> { o!.layout(PyMethodDescrObject.self) }
    static func wrapperDescriptor(_ o: ObjectPointer?) -> UnsafeMutablePointer<KraitWrapperDescrObject> { o!.layout(KraitWrapperDescrObject.self) }
    static func methodWrapper(_ o: ObjectPointer?) -> UnsafeMutablePointer<KraitMethodWrapperObject> { o!.layout(KraitMethodWrapperObject.self) }

    static func string(_ text: String) -> ObjectPointer { Str.make(text).object }
    static func optionalString(_ text: String?) -> ObjectPointer { text.map(string) ?? Krait_None }
    static func slotDoc(_ d: UnsafeMutablePointer<KraitWrapperDescrObject>) -> ObjectPointer {
        let doc = SlotDefinitions.all[d.pointee.d_slot].doc
        return doc.isEmpty ? Krait_None : string(doc)
    }

    /// A method definition's doc without its signature block, or None: also when only
    /// the signature block is there, as CPython's `_PyType_GetDocFromInternalDoc`.
    static func doc(_ method: UnsafeMutablePointer<PyMethodDef>) -> ObjectPointer {
        guard let doc = method.pointee.ml_doc else { return Krait_None }
        let body = TypeAttributes.docBody(String(cString: doc), name: String(cString: method.pointee.ml_name))
        return body.isEmpty ? Krait_None : string(body)
    }

    static func signature(_ method: UnsafeMutablePointer<PyMethodDef>) -> ObjectPointer {
        guard let doc = method.pointee.ml_doc,
              let signature = TypeAttributes.textSignature(String(cString: doc), name: String(cString: method.pointee.ml_name)) else { return Krait_None }
        return string(signature)
    }

    /// `Type.name` with the type's qualified name.
    static func qualified(_ type: TypePointer, _ name: String) -> ObjectPointer {
        let owner = HeapType.isHeapType(type) ? Str.swiftString(Value(HeapType.heap(type).pointee.ht_qualname)) : Str.swiftString(TypeAttributes.name(type))
        return string("\(owner).\(name)")
    }

    static let functionGetSet: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__module__", get: { o, _ in
            let module = function(o).pointee.m_module
            if module.isEmpty { return Krait_None }
            // Functions keep their module object; `__module__` is its name.
            if !module.isExactly(Krait_str_type), let name = try? Protocols.lookupAttribute(module, Interned.literal("__name__")) {
                return Boxing.object(name)
            }
            return Boxing.object(module)
        }),
        GetSetSpec("__doc__", get: { o, _ in doc(function(o).pointee.m_ml) }),
        GetSetSpec("__name__", get: { o, _ in string(BuiltinFunction.name(function(o).pointee.m_ml)) }),
        GetSetSpec("__qualname__", get: { o, _ in
            let f = function(o).pointee
            let name = BuiltinFunction.name(f.m_ml)
            let bound = f.m_self
            if BuiltinFunction.isModuleFunction(f) { return string(name) }
            if Protocols.isType(bound) { return qualified(bound.object.layout(PyTypeObject.self), name) }
            return qualified(bound.type, name)
        }),
        GetSetSpec("__self__", get: { o, _ in
            let f = function(o).pointee
            if !f.m_self.isEmpty { return Boxing.object(f.m_self) }
            return f.m_module.isEmpty ? Krait_None : Boxing.object(f.m_module)
        }),
        GetSetSpec("__text_signature__", get: { o, _ in signature(function(o).pointee.m_ml) }),
    ])

    static let methodDescriptorGetSet: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__objclass__", get: { o, _ in methodDescriptor(o).pointee.d_type.asObject }),
        GetSetSpec("__name__", get: { o, _ in string(BuiltinFunction.name(methodDescriptor(o).pointee.d_method)) }),
        GetSetSpec("__doc__", get: { o, _ in doc(methodDescriptor(o).pointee.d_method) }),
        GetSetSpec("__qualname__", get: { o, _ in
            let d = methodDescriptor(o).pointee
            return qualified(d.d_type, BuiltinFunction.name(d.d_method))
        }),
        GetSetSpec("__text_signature__", get: { o, _ in signature(methodDescriptor(o).pointee.d_method) }),
    ])

    static func slotName(_ d: UnsafeMutablePointer<KraitWrapperDescrObject>) -> String { SlotDefinitions.all[d.pointee.d_slot].name }

    static let wrapperDescriptorGetSet: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__objclass__", get: { o, _ in wrapperDescriptor(o).pointee.d_type.asObject }),
        GetSetSpec("__name__", get: { o, _ in string(slotName(wrapperDescriptor(o))) }),
        GetSetSpec("__doc__", get: { o, _ in slotDoc(wrapperDescriptor(o)) }),
        GetSetSpec("__qualname__", get: { o, _ in qualified(wrapperDescriptor(o).pointee.d_type, slotName(wrapperDescriptor(o))) }),
        GetSetSpec("__text_signature__", get: { o, _ in optionalString(SlotDefinitions.all[wrapperDescriptor(o).pointee.d_slot].textSignature) }),
    ])

    static let methodWrapperGetSet: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__self__", get: { o, _ in Boxing.object(methodWrapper(o).pointee.`self`) }),
        GetSetSpec("__objclass__", get: { o, _ in methodWrapper(o).pointee.descr.pointee.d_type.asObject }),
        GetSetSpec("__name__", get: { o, _ in string(slotName(methodWrapper(o).pointee.descr)) }),
        GetSetSpec("__qualname__", get: { o, _ in
            let d = methodWrapper(o).pointee.descr!
            return qualified(d.pointee.d_type, slotName(d))
        }),
        GetSetSpec("__doc__", get: { o, _ in slotDoc(methodWrapper(o).pointee.descr) }),
        GetSetSpec("__text_signature__", get: { o, _ in optionalString(SlotDefinitions.all[methodWrapper(o).pointee.descr.pointee.d_slot].textSignature) }),
    ])

    static func member(_ o: ObjectPointer?) -> UnsafeMutablePointer<PyMemberDescrObject> { o!.layout(PyMemberDescrObject.self) }
    static func getset(_ o: ObjectPointer?) -> UnsafeMutablePointer<PyGetSetDescrObject> { o!.layout(PyGetSetDescrObject.self) }

    static func optionalDoc(_ doc: UnsafePointer<CChar>?) -> ObjectPointer { doc.map { string(String(cString: $0)) } ?? Krait_None }

    static let memberDescriptorGetSet: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__objclass__", get: { o, _ in member(o).pointee.d_type.asObject }),
        GetSetSpec("__name__", get: { o, _ in string(String(cString: member(o).pointee.d_member.pointee.name)) }),
        GetSetSpec("__qualname__", get: { o, _ in qualified(member(o).pointee.d_type, String(cString: member(o).pointee.d_member.pointee.name)) }),
        GetSetSpec("__doc__", get: { o, _ in optionalDoc(member(o).pointee.d_member.pointee.doc) }),
    ])

    static let getsetDescriptorGetSet: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__objclass__", get: { o, _ in getset(o).pointee.d_type.asObject }),
        GetSetSpec("__name__", get: { o, _ in string(String(cString: getset(o).pointee.d_getset.pointee.name)) }),
        GetSetSpec("__qualname__", get: { o, _ in qualified(getset(o).pointee.d_type, String(cString: getset(o).pointee.d_getset.pointee.name)) }),
        GetSetSpec("__doc__", get: { o, _ in optionalDoc(getset(o).pointee.d_getset.pointee.doc) }),
    ])
}
