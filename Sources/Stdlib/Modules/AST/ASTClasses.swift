import ObjectLayout
import ObjectModel

/// The node classes of `_ast`, made once per process from `ASTGrammar` as
/// Python-ast.c's `init_types` makes them: `type(name, (base,), {_fields,
/// __match_args__, __module__, __doc__})`, then `_attributes` and the None defaults
/// of optional fields. Compiling to an AST and back uses them whether or not `_ast`
/// was imported.
enum ASTClasses {
    /// An immortal list: the class of each constructor (by `ASTGrammar.constructors`
    /// index), then the class of each category, then each constructor's singleton
    /// instance (None but for the simple ones), then each constructor's `_fields`.
    nonisolated(unsafe) private static var table: Value = .empty

    private static var constructorCount: Int { ASTGrammar.constructors.count }

    static func constructorClass(_ index: Int) -> Value { List.item(table, index) }
    static func categoryClass(_ category: ASTCategory) -> Value { List.item(table, constructorCount + category.rawValue) }
    static func singleton(_ index: Int) -> Value { List.item(table, constructorCount + ASTCategory.allCases.count + index) }
    static func fields(_ index: Int) -> Value { List.item(table, 2 * constructorCount + ASTCategory.allCases.count + index) }
    /// `('lineno', 'col_offset', 'end_lineno', 'end_col_offset')`, interned.
    static var positionNames: Value { List.item(table, 3 * constructorCount + ASTCategory.allCases.count) }

    /// The constructor index of each class, by the class's address (the table keeps
    /// the classes alive), for the common case of a node of exactly that class.
    nonisolated(unsafe) private static var indexOfClass: [UInt: Int] = [:]

    static func constructorIndex(ofExactly type: TypePointer) -> Int? { indexOfClass[UInt(bitPattern: type)] }

    /// `isinstance(v, ast.AST)`; nothing is a node before the classes exist.
    static func isNode(_ v: Value) throws(PyException) -> Bool {
        if table.isEmpty { return false }
        return try Protocols.isInstance(v, Value(Krait_astNode_type))
    }

    /// Makes the classes on first use.
    static func ensure() throws(PyException) {
        if !table.isEmpty { return }
        try ASTNodeType.setUp()
        let constructors = ASTGrammar.constructors
        let categoryBase = constructorCount, singletonBase = categoryBase + ASTCategory.allCases.count
        let fieldsBase = singletonBase + constructorCount
        // Filled in place, so each class is rooted as soon as it is made.
        let list = List.new()
        for _ in 0...(fieldsBase + constructorCount) { List.append(list, .none) }
        let slots = List.items(list)
        let base = Value(Krait_astNode_type)
        // Categories in grammar order, each followed by its constructors, as CPython
        // makes them (the order of `__subclasses__()`).
        for category in ASTCategory.allCases {
            let members = ASTGrammar.byCategory[category.rawValue]
            let abstract: Value
            if category.isProduct {
                let c = constructors[members[0]]
                abstract = try makeClass(c, base: base, doc: productDoc(c))
                try setAttributes(abstract, category)
                try setOptionalDefaults(abstract, c)
                slots[members[0]] = abstract
            } else {
                abstract = try makeClass(name: category.name, fields: [], base: base, doc: sumDoc(category))
                try setAttributes(abstract, category)
            }
            slots[categoryBase + category.rawValue] = abstract
            if category.hasPositions && category.endsAreOptional {
                for name in ["end_lineno", "end_col_offset"] { try Protocols.setAttribute(abstract, Interned.get(name), .none) }
            }
            if category.isProduct { continue }
            for i in members {
                let c = constructors[i]
                let cls = try makeClass(c, base: abstract, doc: category.isSimple ? c.name : productDoc(c))
                try setOptionalDefaults(cls, c)
                slots[i] = cls
            }
        }
        for i in 0..<constructorCount {
            let cls = slots[i].object.layout(PyTypeObject.self)
            if constructors[i].category.isSimple { slots[singletonBase + i] = Value(ModuleTypes.allocate(cls)) }
            slots[fieldsBase + i] = try Protocols.getAttribute(slots[i], "_fields")
            indexOfClass[UInt(bitPattern: cls)] = i
        }
        slots[fieldsBase + constructorCount] = Tuple.make(["lineno", "col_offset", "end_lineno", "end_col_offset"].map { Interned.get($0) })
        Allocation.makeImmortal(list.object)
        table = list
    }

    private static func makeClass(_ c: ASTConstructor, base: Value, doc: String) throws(PyException) -> Value {
        try makeClass(name: c.name, fields: c.fields.map(\.name), base: base, doc: doc)
    }

    private static func makeClass(name: String, fields: [String], base: Value, doc: String) throws(PyException) -> Value {
        let namespace = Dict.new()
        let names = Tuple.make(fields.map { Interned.get($0) })
        try Dict.setItem(namespace, Interned.literal("_fields"), names)
        try Dict.setItem(namespace, Interned.literal("__match_args__"), names)
        try Dict.setItem(namespace, Interned.literal("__module__"), Interned.literal("ast"))
        try Dict.setItem(namespace, Interned.literal("__doc__"), Str.make(doc))
        return try HeapType.new(Krait_type_type, name: Str.make(name), bases: Tuple.make(base), namespace: namespace)
    }

    private static func setAttributes(_ cls: Value, _ category: ASTCategory) throws(PyException) {
        let names = category.hasPositions ? ["lineno", "col_offset", "end_lineno", "end_col_offset"] : []
        try Protocols.setAttribute(cls, Interned.literal("_attributes"), Tuple.make(names.map { Interned.get($0) }))
    }

    private static func setOptionalDefaults(_ cls: Value, _ c: ASTConstructor) throws(PyException) {
        for field in c.fields where field.quantity == .optional {
            try Protocols.setAttribute(cls, Interned.get(field.name), .none)
        }
    }

    /// `Name(identifier id, expr_context ctx)`; a class without fields is its name.
    private static func productDoc(_ c: ASTConstructor) -> String {
        c.fields.isEmpty ? c.name : c.name + "(" + c.fields.map(\.signature).joined(separator: ", ") + ")"
    }

    /// `expr = BoolOp(...)\n     | NamedExpr(...)`, or `boolop = And | Or` for a simple sum.
    private static func sumDoc(_ category: ASTCategory) -> String {
        let members = ASTGrammar.byCategory[category.rawValue].map { ASTGrammar.constructors[$0] }
        if category.isSimple { return category.name + " = " + members.map(\.name).joined(separator: " | ") }
        let indent = String(repeating: " ", count: category.name.count + 1)
        return category.name + " = " + members.map(productDoc).joined(separator: "\n" + indent + "| ")
    }
}
