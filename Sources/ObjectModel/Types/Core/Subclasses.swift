import ObjectLayout

/// Each type's direct subclasses in creation order (`type.__subclasses__()`), kept in
/// `tp_subclasses` as a list. The list holds the classes strongly: until weak
/// references reach the object model, a class lives as long as its bases.
enum Subclasses {
    static func add(_ subclass: TypePointer, to base: TypePointer) {
        if base.pointee.tp_subclasses == nil { base.pointee.tp_subclasses = List.new().object }
        List.append(Value(base.pointee.tp_subclasses!), Value(subclass))
    }

    static func remove(_ subclass: TypePointer, from base: TypePointer) throws(PyException) {
        guard let list = base.pointee.tp_subclasses else { return }
        _ = try Protocols.callMethod(Value(list), "remove", Value(subclass))
    }

    static func list(_ type: TypePointer) -> Value {
        guard let list = type.pointee.tp_subclasses else { return List.new() }
        let copy = List.new()
        for i in 0..<List.count(Value(list)) { List.append(copy, List.item(Value(list), i)) }
        return copy
    }
}
