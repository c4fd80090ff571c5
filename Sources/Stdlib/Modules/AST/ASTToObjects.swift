import ObjectLayout
import ObjectModel
import Parser

/// Krait's AST arena to `ast` node objects, as Python-ast.c's `PyAST_mod2obj`: a new
/// instance per node with every field set (absent optional ones to None), positions
/// last; `expr_context` and operators are the shared singletons.
struct ASTToObjects {
    let tree: AST
    /// The interned identifiers, by index in `tree.names`.
    let names: Value
    /// CPython counts nested nodes against three times the recursion limit, from
    /// three times the current depth.
    var depth: Int
    let limit: Int

    static func convert(_ tree: AST) throws(PyException) -> Value {
        try ASTClasses.ensure()
        let names = List.new(capacity: tree.names.count)
        for name in tree.names { List.append(names, Interned.get(name)) }
        let state = krait_thread_state().pointee
        var converter = ASTToObjects(tree: tree, names: names, depth: Int(state.recursion_depth) * 3,
                                     limit: Int(state.recursion_limit) * 3)
        return try converter.node(tree.root.raw)
    }

    private mutating func node(_ id: Int32) throws(PyException) -> Value {
        if id < 0 { return .none }
        depth += 1
        defer { depth -= 1 }
        if depth > limit || Recursion.nativeStackIsLow() {
            throw PyException(Krait_exc_RecursionError, "maximum recursion depth exceeded during ast construction")
        }
        let n = tree.nodes[Int(id)]
        let index = ASTGrammar.byKind[Int(n.kind.rawValue)]
        let c = ASTGrammar.constructors[index]
        let object = Value(ModuleTypes.allocate(ASTClasses.constructorClass(index).object.layout(PyTypeObject.self)))
        let fieldNames = ASTClasses.fields(index)
        for (i, field) in c.fields.enumerated() {
            let value = try self.value(n, field)
            try Protocols.setAttribute(object, Tuple.item(fieldNames, i), value)
        }
        if c.category.hasPositions {
            let positions = ASTClasses.positionNames
            let span = n.span
            try Protocols.setAttribute(object, Tuple.item(positions, 0), IntObject.make(Int(span.lineno)))
            try Protocols.setAttribute(object, Tuple.item(positions, 1), IntObject.make(Int(span.colOffset)))
            try Protocols.setAttribute(object, Tuple.item(positions, 2), IntObject.make(Int(span.endLineno)))
            try Protocols.setAttribute(object, Tuple.item(positions, 3), IntObject.make(Int(span.endColOffset)))
        }
        return object
    }

    private func raw(_ n: Node, _ slot: ASTSlot) -> Int32 {
        switch slot {
        case .a: return n.a
        case .b: return n.b
        case .c: return n.c
        case .d: return n.d
        case .e: return n.e
        case .extra0: return tree.extra[Int(n.e)]
        case .extra1: return tree.extra[Int(n.e) + 1]
        case .extra2: return tree.extra[Int(n.e) + 2]
        case .op: return Int32(n.op)
        case .unstored: return -1
        }
    }

    private mutating func value(_ n: Node, _ field: ASTField) throws(PyException) -> Value {
        if field.slot == .unstored { return field.quantity == .list ? List.new() : .none }
        let raw = self.raw(n, field.slot)
        if field.quantity == .list {
            let items = tree.items(ListID(raw))
            let list = List.new(capacity: items.count)
            for item in items { List.append(list, try self.item(item, field.type)) }
            return list
        }
        switch field.type {
        case .identifier: return raw < 0 ? .none : List.item(names, Int(raw))
        case .int: return IntObject.make(Int(raw))
        case .constant: return try ASTConstants.object(tree.constants[Int(raw)])
        // `Constant.kind`, the only string field the parser fills.
        case .string: return raw == 1 ? Interned.literal("u") : .none
        case .node: return try item(raw, field.type)
        }
    }

    private mutating func item(_ raw: Int32, _ type: ASTFieldType) throws(PyException) -> Value {
        switch type {
        case .node(let category) where category.isSimple:
            return ASTClasses.singleton(ASTGrammar.simple(category, Int(raw)))
        case .node: return try node(raw)
        case .identifier: return List.item(names, Int(raw))
        case .int, .constant, .string: return .none
        }
    }
}
