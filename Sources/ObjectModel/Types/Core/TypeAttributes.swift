import ObjectLayout

/// The attributes every class has: `__name__`, `__qualname__`, `__module__`, `__mro__`,
/// `__bases__`, `__base__`, `__dict__`, `__doc__`.
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
            return t.pointee.tp_dict.flatMap { Dict.getItem(Value($0), string: Interned.get("__module__")) } ?? Str.make("builtins")
        }
        let full = String(cString: t.pointee.tp_name)
        guard let dot = full.lastIndex(of: ".") else { return Interned.get("builtins") }
        return Str.make(String(full[..<dot]))
    }

    static let table: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__name__", get: { o, _ in Boxing.object(TypeAttributes.name(TypeAttributes.type(o))) }),
        GetSetSpec("__qualname__", get: { o, _ in
            let t = TypeAttributes.type(o)
            return HeapType.isHeapType(t) ? HeapType.heap(t).pointee.ht_qualname : Boxing.object(TypeAttributes.name(t))
        }),
        GetSetSpec("__module__", get: { o, _ in Boxing.object(TypeAttributes.module(TypeAttributes.type(o))) }),
        GetSetSpec("__mro__", get: { o, _ in TypeAttributes.type(o).pointee.tp_mro }),
        GetSetSpec("__bases__", get: { o, _ in TypeAttributes.type(o).pointee.tp_bases }),
        GetSetSpec("__base__", get: { o, _ in TypeAttributes.type(o).pointee.tp_base.map { $0.asObject } ?? Krait_None }),
        GetSetSpec("__dict__", get: { o, _ in TypeAttributes.type(o).pointee.tp_dict }),
        GetSetSpec("__doc__", get: { o, _ in
            let t = TypeAttributes.type(o)
            if let d = t.pointee.tp_dict, let doc = Dict.getItem(Value(d), string: Interned.get("__doc__")) { return Boxing.object(doc) }
            return t.pointee.tp_doc.map { Str.make(String(cString: $0)).object } ?? Krait_None
        }),
    ])
}
