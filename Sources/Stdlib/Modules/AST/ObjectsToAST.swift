import ObjectLayout
import ObjectModel
import Parser

/// `ast` node objects to Krait's AST arena, as Python-ast.c's `obj2ast_*` functions
/// with their errors: fields are looked up by name (a product's on any object, a
/// sum's once `isinstance` picked the constructor), lists must be lists, and a
/// required field that is None fails after the node's other fields are read.
struct ObjectsToAST {
    var tree = AST()
    /// Constants of types a code object cannot hold, by constant index: the name of
    /// the first such type, which the validator reports.
    var invalidConstants: [Int32: String] = [:]

    /// The tree of a `Module`, `Expression` or `Interactive` object as `mode` wants.
    static func convert(_ object: Value, mode: ParseMode) throws(PyException) -> ObjectsToAST {
        try ASTClasses.ensure()
        let wanted: Int
        switch mode {
        case .exec: wanted = 0
        case .eval: wanted = 2
        case .single: wanted = 1
        case .funcType: wanted = 3
        }
        let index = ASTGrammar.byCategory[ASTCategory.mod.rawValue][wanted]
        guard try Protocols.isInstance(object, ASTClasses.constructorClass(index)) else {
            throw PyException.typeError("expected \(ASTGrammar.constructors[index].name) node, got \(TypeObject.name(object.type))")
        }
        var converter = ObjectsToAST()
        converter.tree.root = NodeID(try converter.node(object, .mod))
        return converter
    }

    /// A node of a sum or product category; -1 for None (only sums accept it).
    mutating func node(_ object: Value, _ category: ASTCategory) throws(PyException) -> Int32 {
        let state = krait_thread_state()
        state.pointee.recursion_depth += 1
        defer { state.pointee.recursion_depth -= 1 }
        if state.pointee.recursion_depth > state.pointee.recursion_limit || Recursion.nativeStackIsLow() {
            throw PyException(Krait_exc_RecursionError, "maximum recursion depth exceeded while traversing '\(category.name)' node")
        }
        let members = ASTGrammar.byCategory[category.rawValue]
        if category.isProduct {
            let c = ASTGrammar.constructors[members[0]]
            let fields = try readFields(object, members[0])
            let span = category.hasPositions ? try positions(object, c.name, endsOptional: true) : .zero
            return try build(members[0], fields, span)
        }
        if object == .none { return -1 }
        let span = category.hasPositions ? try positions(object, category.name, endsOptional: category.endsAreOptional) : .zero
        for index in members where try Protocols.isInstance(object, ASTClasses.constructorClass(index)) {
            let fields = try readFields(object, index)
            return try build(index, fields, span)
        }
        throw PyException.typeError("expected some sort of \(category.name), but got \(try Protocols.reprText(object))")
    }

    /// The raw value of a simple category's singleton (`Load`, `Add`…).
    func simple(_ object: Value, _ category: ASTCategory) throws(PyException) -> Int32 {
        for (raw, index) in ASTGrammar.byCategory[category.rawValue].enumerated()
        where try Protocols.isInstance(object, ASTClasses.constructorClass(index)) {
            return Int32(raw)
        }
        throw PyException.typeError("expected some sort of \(category.name), but got \(try Protocols.reprText(object))")
    }

    /// A field as read: its raw slot value, or nil for a None that the field's node
    /// constructor will refuse.
    typealias FieldValue = Int32?

    private mutating func readFields(_ object: Value, _ index: Int) throws(PyException) -> [FieldValue] {
        let c = ASTGrammar.constructors[index]
        let names = ASTClasses.fields(index)
        var values: [FieldValue] = []
        values.reserveCapacity(c.fields.count)
        for (i, field) in c.fields.enumerated() {
            let name = Tuple.item(names, i)
            let found = try Protocols.lookupAttribute(object, name)
            switch field.quantity {
            case .list:
                guard let found else { throw missing(field.name, c.name) }
                values.append(try list(found, field, owner: c.name))
            case .one:
                guard let found else { throw missing(field.name, c.name) }
                values.append(try single(found, field.type))
            case .optional:
                if let found, found != .none {
                    values.append(try single(found, field.type))
                } else {
                    // An absent level is 0, an absent kind not 'u'.
                    values.append(field.type == .int || field.type == .string ? 0 : -1)
                }
            }
        }
        return values
    }

    private func missing(_ field: String, _ owner: String) -> PyException {
        PyException.typeError("required field \"\(field)\" missing from \(owner)")
    }

    private mutating func list(_ object: Value, _ field: ASTField, owner: String) throws(PyException) -> FieldValue {
        guard TypeObject.hasFlag(object.type, UInt(Py_TPFLAGS_LIST_SUBCLASS)) else {
            throw PyException.typeError("\(owner) field \"\(field.name)\" must be a list, not a \(TypeObject.name(object.type))")
        }
        let count = List.count(object)
        var items: [Int32] = []
        items.reserveCapacity(count)
        var i = 0
        while i < count {
            let item = List.item(object, i)
            if case .identifier = field.type {
                // CPython stores NULL and crashes later; Krait refuses the None.
                guard item.isExactly(Krait_str_type) else { throw PyException.typeError("AST identifier must be of type str") }
            }
            let value = try single(item, field.type)
            if List.count(object) != count {
                throw PyException(Krait_exc_RuntimeError, "\(owner) field \"\(field.name)\" changed size during iteration")
            }
            items.append(value ?? -1)
            i += 1
        }
        return field.slot == .unstored ? 0 : tree.list(items).raw
    }

    /// One value of a field's type: a node index, name index, operator code, integer
    /// or constant index; nil for a None the node's constructor refuses.
    private mutating func single(_ object: Value, _ type: ASTFieldType) throws(PyException) -> FieldValue {
        switch type {
        case .node(let category):
            if category.isSimple { return try simple(object, category) }
            let id = try node(object, category)
            return id < 0 ? nil : id
        case .identifier:
            if object == .none { return nil }
            guard object.isExactly(Krait_str_type) else { throw PyException.typeError("AST identifier must be of type str") }
            return tree.intern(Str.swiftString(object))
        case .string:
            if object == .none { return nil }
            guard object.isExactly(Krait_str_type) else { throw PyException.typeError("AST string must be of type str") }
            // Only `Constant.kind` is kept: its one meaningful value is 'u'.
            return Str.swiftString(object) == "u" ? 1 : 0
        case .int:
            return try Self.int(object)
        case .constant:
            let index: Int32
            switch try ASTConstants.value(object) {
            case .success(let c):
                index = tree.addConstant(c)
            case .failure(let invalid):
                index = tree.addConstant(.none)
                invalidConstants[index] = invalid.typeName
            }
            return index
        }
    }

    /// `obj2ast_int`: an int that fits a C int.
    static func int(_ object: Value) throws(PyException) -> Int32 {
        guard IntObject.check(object) else {
            throw PyException.valueError("invalid integer value: \(try Protocols.reprText(object))")
        }
        guard let i = IntObject.machineValue(try Protocols.indexValue(object)), let small = Int32(exactly: i) else {
            throw PyException.overflowError("Python int too large to convert to C int")
        }
        return small
    }

    /// `lineno`, `col_offset`, `end_lineno`, `end_col_offset`; missing ends are the
    /// starts, where the grammar lets them be missing.
    private func positions(_ object: Value, _ owner: String, endsOptional: Bool) throws(PyException) -> SourceSpan {
        let names = ASTClasses.positionNames
        var values: [Int32] = []
        for i in 0..<4 {
            let name = Tuple.item(names, i)
            let found = try Protocols.lookupAttribute(object, name)
            if i >= 2 && endsOptional, found == nil || found! == Value.none {
                values.append(values[i - 2])
                continue
            }
            guard let found else { throw missing(Str.swiftString(name), owner) }
            values.append(try Self.int(found))
        }
        return SourceSpan(lineno: values[0], colOffset: values[1], endLineno: values[2], endColOffset: values[3])
    }

    /// Makes the node once its fields are read: ValueError for a required field that
    /// was None (Python-ast.c's `_PyAST_*` constructors), in field order.
    private mutating func build(_ index: Int, _ values: [FieldValue], _ span: SourceSpan) throws(PyException) -> Int32 {
        let c = ASTGrammar.constructors[index]
        for (field, value) in zip(c.fields, values) where value == nil && field.quantity == .one {
            throw PyException.valueError("field '\(field.name)' is required for \(c.name)")
        }
        guard let kind = c.kind else { return -1 }
        var node = Node(kind: kind, span: span)
        // Lists absent from the arena (`type_ignores`) are still empty lists there.
        if kind == .module { node.b = ListID.empty.raw }
        var extra: [Int32] = []
        for (field, value) in zip(c.fields, values) {
            var raw = value ?? -1
            // Flags kept in `op` are 0 or 1.
            if field.slot == .op, field.type == .int { raw = raw != 0 ? 1 : 0 }
            switch field.slot {
            case .a: node.a = raw
            case .b: node.b = raw
            case .c: node.c = raw
            case .d: node.d = raw
            case .e: node.e = raw
            case .extra0, .extra1, .extra2: extra.append(raw)
            case .op: node.op = UInt8(truncatingIfNeeded: raw)
            case .unstored: break
            }
        }
        if !extra.isEmpty {
            node.e = Int32(tree.extra.count)
            tree.extra.append(contentsOf: extra)
        }
        return tree.add(node).raw
    }
}
