import ObjectLayout

/// Each type's direct subclasses in creation order (`type.__subclasses__()`), kept in
/// `tp_subclasses` as a list of weak references, as CPython keeps them: a class does not
/// live as long as its bases. References to classes that died are dropped as classes
/// are added.
enum Subclasses {
    static func add(_ subclass: TypePointer, to base: TypePointer) throws(PyException) {
        if base.pointee.tp_subclasses == nil { base.pointee.tp_subclasses = List.new().object }
        let list = Value(base.pointee.tp_subclasses!)
        let reference = try WeakReferences.make(Krait_weakref_type, Value(subclass), .none)
        try keep(list) { $0 != .none }
        List.append(list, reference)
    }

    static func remove(_ subclass: TypePointer, from base: TypePointer) throws(PyException) {
        guard let list = base.pointee.tp_subclasses else { return }
        try keep(Value(list)) { $0 != .none && $0 != Value(subclass) }
    }

    /// Keeps the references whose referent passes `test`.
    static func keep(_ list: Value, _ test: (Value) -> Bool) throws(PyException) {
        var i = 0
        while i < List.count(list) {
            if test(WeakReferences.referent(List.item(list, i).layout(PyWeakReference.self))) {
                i += 1
            } else {
                _ = try Protocols.callMethod(list, "pop", IntObject.make(i))
            }
        }
    }

    static func list(_ type: TypePointer) -> Value {
        let result = List.new()
        guard let list = type.pointee.tp_subclasses else { return result }
        for i in 0..<List.count(Value(list)) {
            let subclass = WeakReferences.referent(List.item(Value(list), i).layout(PyWeakReference.self))
            if subclass != .none { List.append(result, subclass) }
        }
        return result
    }
}
