import ObjectLayout

/// The attributes every class has, in CPython's order: the layout members
/// (`__basicsize__` … `__mro__`), then the computed ones (`__name__` … `__annotations__`).
enum TypeAttributes {
    static func type(_ o: ObjectPointer?) -> TypePointer { o!.layout(PyTypeObject.self) }

    /// A static type's name is the part of `tp_name` after its last dot.
    static func name(_ t: TypePointer) -> Value {
        if HeapType.isHeapType(t) { return Value(HeapType.heap(t).pointee.ht_name) }
        let full = String(cString: t.pointee.tp_name)
        return Str.make(full.split(separator: ".").last.map(String.init) ?? full)
    }

    static func module(_ t: TypePointer) -> Value {
        if HeapType.isHeapType(t) {
            return t.pointee.tp_dict.flatMap { Dict.getItem(Value($0), string: Interned.literal("__module__")) } ?? Str.make("builtins")
        }
        let full = String(cString: t.pointee.tp_name)
        guard let dot = full.lastIndex(of: ".") else { return Interned.literal("builtins") }
        return Str.make(String(full[..<dot]))
    }

    static func offset(_ path: PartialKeyPath<PyTypeObject>) -> Int { MemoryLayout<PyTypeObject>.offset(of: path)! }

    // The layout numbers are CPython's rather than Krait's fields (`ReportedLayout`).
    static let members: UnsafeMutablePointer<PyMemberDef> = MemberDescriptors.memberTable([
        ("__basicsize__", ReportedLayout.memberKind, offset(\.tp_basicsize), true, nil),
        ("__itemsize__", ReportedLayout.memberKind, offset(\.tp_itemsize), true, nil),
        ("__flags__", Int32(T_PYSSIZET), offset(\.tp_flags), true, nil),
        ("__weakrefoffset__", ReportedLayout.memberKind, offset(\.tp_weaklistoffset), true, nil),
        ("__base__", Int32(T_OBJECT), offset(\.tp_base), true, nil),
        ("__dictoffset__", ReportedLayout.memberKind, offset(\.tp_dictoffset), true, nil),
        ("__mro__", Int32(T_OBJECT), offset(\.tp_mro), true, nil),
    ])

    /// Setting an attribute of a class made in Python; builtin types refuse.
    static func mutable(_ o: ObjectPointer?, _ name: String) throws(PyException) -> TypePointer {
        let t = type(o)
        guard HeapType.isHeapType(t) else {
            throw PyException.typeError("cannot set '\(name)' attribute of immutable type '\(TypeObject.name(t))'")
        }
        return t
    }

    static func requireString(_ value: ObjectPointer?, _ t: TypePointer, _ name: String) throws(PyException) -> Value {
        guard let value else { throw PyException.typeError("cannot delete '\(name)' attribute of immutable type '\(TypeObject.name(t))'") }
        let v = Value(value)
        guard TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("can only assign string to \(TypeObject.name(t)).\(name), not '\(TypeObject.name(v.type))'")
        }
        return v
    }

    static func dictEntry(_ t: TypePointer, _ name: String) -> Value? {
        t.pointee.tp_dict.flatMap { Dict.getItem(Value($0), string: Interned.get(name)) }
    }

    static let table: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__name__", get: { o, _ in Boxing.object(TypeAttributes.name(TypeAttributes.type(o))) }, set: { o, value, _ in
            CBoundary.status { () throws(PyException) in
                let t = try TypeAttributes.mutable(o, "__name__")
                let name = try TypeAttributes.requireString(value, t, "__name__")
                let text = Str.swiftString(name)
                if text.utf8.contains(0) { throw PyException.valueError("type name must not contain null characters") }
                HeapType.setName(t, name)
            }
        }),
        GetSetSpec("__qualname__", get: { o, _ in
            let t = TypeAttributes.type(o)
            return HeapType.isHeapType(t) ? HeapType.heap(t).pointee.ht_qualname : Boxing.object(TypeAttributes.name(t))
        }, set: { o, value, _ in
            CBoundary.status { () throws(PyException) in
                let t = try TypeAttributes.mutable(o, "__qualname__")
                HeapType.heap(t).pointee.ht_qualname = try TypeAttributes.requireString(value, t, "__qualname__").object
            }
        }),
        GetSetSpec("__bases__", get: { o, _ in TypeAttributes.type(o).pointee.tp_bases }, set: { o, value, _ in
            CBoundary.status { () throws(PyException) in
                let t = try TypeAttributes.mutable(o, "__bases__")
                guard let value else { throw PyException.typeError("cannot delete '__bases__' attribute of immutable type '\(TypeObject.name(t))'") }
                try HeapType.setBases(t, Value(value))
            }
        }),
        GetSetSpec("__module__", get: { o, _ in Boxing.object(TypeAttributes.module(TypeAttributes.type(o))) }, set: { o, value, _ in
            CBoundary.status { () throws(PyException) in
                let t = try TypeAttributes.mutable(o, "__module__")
                guard let value else { throw PyException.typeError("cannot delete '__module__' attribute of immutable type '\(TypeObject.name(t))'") }
                try Dict.setItem(Value(t.pointee.tp_dict!), Interned.literal("__module__"), Value(value))
            }
        }),
        GetSetSpec("__abstractmethods__", get: { o, _ in
            CBoundary.object { () throws(PyException) in
                let t = TypeAttributes.type(o)
                // `type` itself has the descriptor in its dict but no abstract methods.
                guard t != Krait_type_type, let entry = TypeAttributes.dictEntry(t, "__abstractmethods__") else {
                    throw PyException.attributeError("__abstractmethods__")
                }
                return entry
            }
        }, set: { o, value, _ in
            CBoundary.status { () throws(PyException) in
                let t = TypeAttributes.type(o)
                let key = Interned.literal("__abstractmethods__")
                let dict = Value(t.pointee.tp_dict!)
                var abstract = false
                if let value {
                    abstract = try Protocols.isTrue(Value(value))
                    try Dict.setItem(dict, key, Value(value))
                } else {
                    guard try Dict.deleteItem(dict, key) else { throw PyException.attributeError("__abstractmethods__") }
                }
                if abstract {
                    t.pointee.tp_flags |= UInt(Py_TPFLAGS_IS_ABSTRACT)
                } else {
                    t.pointee.tp_flags &= ~UInt(Py_TPFLAGS_IS_ABSTRACT)
                }
            }
        }),
        GetSetSpec("__dict__", get: { o, _ in MappingProxy.make(Value(TypeAttributes.type(o).pointee.tp_dict!)).object }),
        GetSetSpec("__doc__", get: { o, _ in
            let t = TypeAttributes.type(o)
            if !HeapType.isHeapType(t), let doc = t.pointee.tp_doc {
                return Str.make(TypeAttributes.docBody(String(cString: doc), name: TypeObject.name(t))).object
            }
            guard let doc = TypeAttributes.dictEntry(t, "__doc__") else { return Krait_None }
            if let get = doc.type.pointee.tp_descr_get { return get(Boxing.object(doc), nil, t.asObject) }
            return Boxing.object(doc)
        }, set: { o, value, _ in
            CBoundary.status { () throws(PyException) in
                let t = try TypeAttributes.mutable(o, "__doc__")
                guard let value else { throw PyException.typeError("cannot delete '__doc__' attribute of immutable type '\(TypeObject.name(t))'") }
                try Dict.setItem(Value(t.pointee.tp_dict!), Interned.literal("__doc__"), Value(value))
            }
        }),
        GetSetSpec("__text_signature__", get: { o, _ in
            let t = TypeAttributes.type(o)
            guard !HeapType.isHeapType(t), let doc = t.pointee.tp_doc,
                  let signature = TypeAttributes.textSignature(String(cString: doc), name: TypeObject.name(t)) else {
                return Krait_None
            }
            return Str.make(signature).object
        }),
        GetSetSpec("__annotations__", get: { o, _ in
            CBoundary.object { () throws(PyException) in
                let t = TypeAttributes.type(o)
                guard HeapType.isHeapType(t) else {
                    throw PyException.attributeError("type object '\(TypeObject.name(t))' has no attribute '__annotations__'")
                }
                let key = Interned.literal("__annotations__")
                if let annotations = TypeAttributes.dictEntry(t, "__annotations__") {
                    if let get = annotations.type.pointee.tp_descr_get { return try CBoundary.check(get(Boxing.object(annotations), nil, t.asObject)) }
                    return annotations
                }
                // Classes without annotations get an empty dict of their own on first use.
                let annotations = Dict.new()
                try Dict.setItem(Value(t.pointee.tp_dict!), key, annotations)
                return annotations
            }
        }, set: { o, value, _ in
            CBoundary.status { () throws(PyException) in
                let t = try TypeAttributes.mutable(o, "__annotations__")
                let key = Interned.literal("__annotations__")
                if let value {
                    try Dict.setItem(Value(t.pointee.tp_dict!), key, Value(value))
                } else if !(try Dict.deleteItem(Value(t.pointee.tp_dict!), key)) {
                    throw PyException.attributeError("__annotations__")
                }
            }
        }),
    ])

    /// Where a doc's `name(sig)\n--\n\n` signature block ends, if it starts with one.
    static func signatureEnd(_ doc: [UInt8], name: String) -> (open: Int, close: Int)? {
        // CPython's find_signature: the doc starts with the name (after any dots) and
        // "("; skip_signature: ")\n--\n\n" ends the block, unless a blank line comes first.
        let prefix = Array((name.split(separator: ".").last.map(String.init) ?? name).utf8)
        guard doc.count > prefix.count, doc.starts(with: prefix), doc[prefix.count] == UInt8(ascii: "(") else { return nil }
        let open = prefix.count
        let marker = Array(")\n--\n\n".utf8)
        var i = open
        while i < doc.count {
            if doc[i...].starts(with: marker) { return (open, i + 1) }
            if doc[i] == UInt8(ascii: "\n") && i + 1 < doc.count && doc[i + 1] == UInt8(ascii: "\n") { return nil }
            i += 1
        }
        return nil
    }

    /// A builtin's doc without its signature block.
    static func docBody(_ doc: String, name: String) -> String {
        let bytes = Array(doc.utf8)
        guard let (_, close) = signatureEnd(bytes, name: name) else { return doc }
        return String(decoding: bytes[(close + 5)...], as: UTF8.self)
    }

    /// The `(sig)` part of a doc that starts with a signature block.
    static func textSignature(_ doc: String, name: String) -> String? {
        let bytes = Array(doc.utf8)
        guard let (open, close) = signatureEnd(bytes, name: name) else { return nil }
        return String(decoding: bytes[open..<close], as: UTF8.self)
    }
}
