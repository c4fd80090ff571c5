import ObjectLayout

/// The introspection attributes of builtin functions and method descriptors:
/// `__name__`, `__qualname__`, `__doc__`, `__self__`/`__objclass__`, `__module__`.
enum BuiltinFunctionAttributes {
    static func doc(_ method: UnsafeMutablePointer<PyMethodDef>) -> Value {
        method.pointee.ml_doc.map { Str.make(TypeAttributes.docBody(String(cString: $0))) } ?? .none
    }

    static func isModule(_ v: Value) -> Bool { v.isObject && TypeObject.isSubtype(v.type, of: Krait_module_type) }

    static let functionGetSet = MemberDescriptors.getSetTable([
        GetSetSpec("__name__", get: { o, _ in
            Boxing.object(Str.make(BuiltinFunction.name(o!.layout(PyCFunctionObject.self).pointee.m_ml)))
        }),
        GetSetSpec("__qualname__", get: { o, _ in
            CBoundary.object { () throws(PyException) in
                let f = o!.layout(PyCFunctionObject.self).pointee
                let name = BuiltinFunction.name(f.m_ml)
                // A method's qualified name is its type's, then its own.
                guard !f.m_self.isEmpty, !BuiltinFunctionAttributes.isModule(f.m_self) else { return Str.make(name) }
                let owner = Protocols.isType(f.m_self) ? f.m_self : Value(f.m_self.type)
                return Str.make(try Protocols.strText(try Protocols.getAttribute(owner, "__qualname__")) + "." + name)
            }
        }),
        GetSetSpec("__doc__", get: { o, _ in Boxing.object(BuiltinFunctionAttributes.doc(o!.layout(PyCFunctionObject.self).pointee.m_ml)) }),
        GetSetSpec("__self__", get: { o, _ in
            let bound = o!.layout(PyCFunctionObject.self).pointee.m_self
            return Boxing.object(bound.isEmpty ? .none : bound)
        }),
        GetSetSpec("__module__", get: { o, _ in
            CBoundary.object { () throws(PyException) in
                let module = o!.layout(PyCFunctionObject.self).pointee.m_module
                if module.isEmpty { return .none }
                return BuiltinFunctionAttributes.isModule(module) ? try Protocols.getAttribute(module, "__name__") : module
            }
        }, set: { o, value, _ in
            o!.layout(PyCFunctionObject.self).pointee.m_module = value.map { Value($0) } ?? .none
            return 0
        }),
    ])

    static let descriptorGetSet = MemberDescriptors.getSetTable([
        GetSetSpec("__name__", get: { o, _ in
            Boxing.object(Str.make(BuiltinFunction.name(o!.layout(PyMethodDescrObject.self).pointee.d_method)))
        }),
        GetSetSpec("__qualname__", get: { o, _ in
            CBoundary.object { () throws(PyException) in
                let d = o!.layout(PyMethodDescrObject.self).pointee
                let owner = try Protocols.strText(try Protocols.getAttribute(Value(d.d_type), "__qualname__"))
                return Str.make(owner + "." + BuiltinFunction.name(d.d_method))
            }
        }),
        GetSetSpec("__doc__", get: { o, _ in Boxing.object(BuiltinFunctionAttributes.doc(o!.layout(PyMethodDescrObject.self).pointee.d_method)) }),
        GetSetSpec("__objclass__", get: { o, _ in o!.layout(PyMethodDescrObject.self).pointee.d_type.asObject }),
    ])
}
