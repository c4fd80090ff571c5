import Parser

/// The types of CPython 3.11's abstract grammar (Parser/Python.asdl), in its order.
/// Each is a sum (an abstract class with constructor subclasses) or a product (one
/// class of its own).
enum ASTCategory: Int, CaseIterable {
    case mod, stmt, expr, exprContext, boolop, `operator`, unaryop, cmpop, comprehension, excepthandler
    case arguments, arg, keyword, alias, withitem, matchCase, pattern, typeIgnore

    var name: String {
        switch self {
        case .mod: return "mod"
        case .stmt: return "stmt"
        case .expr: return "expr"
        case .exprContext: return "expr_context"
        case .boolop: return "boolop"
        case .operator: return "operator"
        case .unaryop: return "unaryop"
        case .cmpop: return "cmpop"
        case .comprehension: return "comprehension"
        case .excepthandler: return "excepthandler"
        case .arguments: return "arguments"
        case .arg: return "arg"
        case .keyword: return "keyword"
        case .alias: return "alias"
        case .withitem: return "withitem"
        case .matchCase: return "match_case"
        case .pattern: return "pattern"
        case .typeIgnore: return "type_ignore"
        }
    }

    /// A sum whose constructors have no fields: its values are singletons.
    var isSimple: Bool {
        switch self {
        case .exprContext, .boolop, .operator, .unaryop, .cmpop: return true
        default: return false
        }
    }

    var isProduct: Bool {
        switch self {
        case .comprehension, .arguments, .arg, .keyword, .alias, .withitem, .matchCase: return true
        default: return false
        }
    }

    /// `lineno`, `col_offset`, `end_lineno`, `end_col_offset`: which categories carry
    /// them, and whether the ends may be missing (`int?`; only patterns require them).
    var hasPositions: Bool {
        switch self {
        case .stmt, .expr, .excepthandler, .arg, .keyword, .alias, .pattern: return true
        default: return false
        }
    }

    var endsAreOptional: Bool { self != .pattern }
}

/// What an ASDL field holds.
enum ASTFieldType: Equatable {
    /// A node of the category (a singleton for the simple ones).
    case node(ASTCategory)
    case identifier, string, int, constant

    var name: String {
        switch self {
        case .node(let c): return c.name
        case .identifier: return "identifier"
        case .string: return "string"
        case .int: return "int"
        case .constant: return "constant"
        }
    }
}

enum ASTQuantity { case one, optional, list }

/// Where a field lives in a Krait `Node` (docs/AST.md). `unstored` fields are ones
/// the parser never fills (`type_comment`, `type_ignores`): read back as None or [],
/// checked and dropped on the way in.
enum ASTSlot { case a, b, c, d, e, extra0, extra1, extra2, op, unstored }

struct ASTField {
    let name: String
    let type: ASTFieldType
    let quantity: ASTQuantity
    let slot: ASTSlot

    init(_ name: String, _ type: ASTFieldType, _ quantity: ASTQuantity = .one, _ slot: ASTSlot) {
        self.name = name
        self.type = type
        self.quantity = quantity
        self.slot = slot
    }

    /// As the class docs write it: `expr* values`.
    var signature: String {
        let mark = quantity == .list ? "*" : quantity == .optional ? "?" : ""
        return "\(type.name)\(mark) \(name)"
    }
}

/// A class of a node: a sum's constructor or a product. Simple constructors have no
/// kind; their raw value (Krait's operator code) is their index in their category.
struct ASTConstructor {
    let name: String
    let category: ASTCategory
    let kind: NodeKind?
    let fields: [ASTField]
}

/// The grammar as a table: one entry per node class.
enum ASTGrammar {
    static let constructors: [ASTConstructor] = mods + statements + expressions + simples + helpers + patterns

    /// The constructors of each category, by `ASTCategory.rawValue`.
    static let byCategory: [[Int]] = {
        var table = [[Int]](repeating: [], count: ASTCategory.allCases.count)
        for (i, c) in constructors.enumerated() { table[c.category.rawValue].append(i) }
        return table
    }()

    /// The constructor of each `NodeKind`, by raw value.
    static let byKind: [Int] = {
        var table: [Int] = []
        var raw: UInt8 = 0
        while let kind = NodeKind(rawValue: raw) {
            table.append(constructors.firstIndex { $0.kind == kind }!)
            raw += 1
        }
        return table
    }()

    /// The index of a simple constructor (`Load`, `Add`…) given its raw value.
    static func simple(_ category: ASTCategory, _ raw: Int) -> Int { byCategory[category.rawValue][raw] }

    private static func f(_ name: String, _ type: ASTFieldType, _ quantity: ASTQuantity = .one, _ slot: ASTSlot) -> ASTField {
        ASTField(name, type, quantity, slot)
    }

    private static let typeComment = f("type_comment", .string, .optional, .unstored)

    private static let mods: [ASTConstructor] = [
        .init(name: "Module", category: .mod, kind: .module, fields: [
            f("body", .node(.stmt), .list, .a), f("type_ignores", .node(.typeIgnore), .list, .unstored)]),
        .init(name: "Interactive", category: .mod, kind: .interactive, fields: [f("body", .node(.stmt), .list, .a)]),
        .init(name: "Expression", category: .mod, kind: .expression, fields: [f("body", .node(.expr), .one, .a)]),
        .init(name: "FunctionType", category: .mod, kind: .functionType, fields: [
            f("argtypes", .node(.expr), .list, .a), f("returns", .node(.expr), .one, .b)]),
    ]

    private static func function(_ name: String, _ kind: NodeKind) -> ASTConstructor {
        .init(name: name, category: .stmt, kind: kind, fields: [
            f("name", .identifier, .one, .a), f("args", .node(.arguments), .one, .b), f("body", .node(.stmt), .list, .c),
            f("decorator_list", .node(.expr), .list, .d), f("returns", .node(.expr), .optional, .e), typeComment])
    }

    private static func loop(_ name: String, _ kind: NodeKind) -> ASTConstructor {
        .init(name: name, category: .stmt, kind: kind, fields: [
            f("target", .node(.expr), .one, .a), f("iter", .node(.expr), .one, .b), f("body", .node(.stmt), .list, .c),
            f("orelse", .node(.stmt), .list, .d), typeComment])
    }

    private static func conditional(_ name: String, _ kind: NodeKind) -> ASTConstructor {
        .init(name: name, category: .stmt, kind: kind, fields: [
            f("test", .node(.expr), .one, .a), f("body", .node(.stmt), .list, .b), f("orelse", .node(.stmt), .list, .c)])
    }

    private static func with(_ name: String, _ kind: NodeKind) -> ASTConstructor {
        .init(name: name, category: .stmt, kind: kind, fields: [
            f("items", .node(.withitem), .list, .a), f("body", .node(.stmt), .list, .b), typeComment])
    }

    private static func tryStatement(_ name: String, _ kind: NodeKind) -> ASTConstructor {
        .init(name: name, category: .stmt, kind: kind, fields: [
            f("body", .node(.stmt), .list, .a), f("handlers", .node(.excepthandler), .list, .b),
            f("orelse", .node(.stmt), .list, .c), f("finalbody", .node(.stmt), .list, .d)])
    }

    private static func stmt(_ name: String, _ kind: NodeKind, _ fields: [ASTField]) -> ASTConstructor {
        .init(name: name, category: .stmt, kind: kind, fields: fields)
    }

    private static let statements: [ASTConstructor] = [
        function("FunctionDef", .functionDef),
        function("AsyncFunctionDef", .asyncFunctionDef),
        stmt("ClassDef", .classDef, [
            f("name", .identifier, .one, .a), f("bases", .node(.expr), .list, .b), f("keywords", .node(.keyword), .list, .c),
            f("body", .node(.stmt), .list, .d), f("decorator_list", .node(.expr), .list, .e)]),
        stmt("Return", .return_, [f("value", .node(.expr), .optional, .a)]),
        stmt("Delete", .delete, [f("targets", .node(.expr), .list, .a)]),
        stmt("Assign", .assign, [f("targets", .node(.expr), .list, .a), f("value", .node(.expr), .one, .b), typeComment]),
        stmt("AugAssign", .augAssign, [
            f("target", .node(.expr), .one, .a), f("op", .node(.operator), .one, .op), f("value", .node(.expr), .one, .b)]),
        stmt("AnnAssign", .annAssign, [
            f("target", .node(.expr), .one, .a), f("annotation", .node(.expr), .one, .b),
            f("value", .node(.expr), .optional, .c), f("simple", .int, .one, .op)]),
        loop("For", .for_),
        loop("AsyncFor", .asyncFor),
        conditional("While", .while_),
        conditional("If", .if_),
        with("With", .with),
        with("AsyncWith", .asyncWith),
        stmt("Match", .match, [f("subject", .node(.expr), .one, .a), f("cases", .node(.matchCase), .list, .b)]),
        stmt("Raise", .raise, [f("exc", .node(.expr), .optional, .a), f("cause", .node(.expr), .optional, .b)]),
        tryStatement("Try", .try_),
        tryStatement("TryStar", .tryStar),
        stmt("Assert", .assert, [f("test", .node(.expr), .one, .a), f("msg", .node(.expr), .optional, .b)]),
        stmt("Import", .import_, [f("names", .node(.alias), .list, .a)]),
        stmt("ImportFrom", .importFrom, [
            f("module", .identifier, .optional, .a), f("names", .node(.alias), .list, .b), f("level", .int, .optional, .c)]),
        stmt("Global", .global, [f("names", .identifier, .list, .a)]),
        stmt("Nonlocal", .nonlocal, [f("names", .identifier, .list, .a)]),
        stmt("Expr", .expr, [f("value", .node(.expr), .one, .a)]),
        stmt("Pass", .pass, []),
        stmt("Break", .break_, []),
        stmt("Continue", .continue_, []),
    ]

    private static func expr(_ name: String, _ kind: NodeKind, _ fields: [ASTField]) -> ASTConstructor {
        .init(name: name, category: .expr, kind: kind, fields: fields)
    }

    private static func comprehension(_ name: String, _ kind: NodeKind) -> ASTConstructor {
        expr(name, kind, [f("elt", .node(.expr), .one, .a), f("generators", .node(.comprehension), .list, .b)])
    }

    private static let context = f("ctx", .node(.exprContext), .one, .op)

    private static let expressions: [ASTConstructor] = [
        expr("BoolOp", .boolOp, [f("op", .node(.boolop), .one, .op), f("values", .node(.expr), .list, .a)]),
        expr("NamedExpr", .namedExpr, [f("target", .node(.expr), .one, .a), f("value", .node(.expr), .one, .b)]),
        expr("BinOp", .binOp, [
            f("left", .node(.expr), .one, .a), f("op", .node(.operator), .one, .op), f("right", .node(.expr), .one, .b)]),
        expr("UnaryOp", .unaryOp, [f("op", .node(.unaryop), .one, .op), f("operand", .node(.expr), .one, .a)]),
        expr("Lambda", .lambda, [f("args", .node(.arguments), .one, .a), f("body", .node(.expr), .one, .b)]),
        expr("IfExp", .ifExp, [
            f("test", .node(.expr), .one, .a), f("body", .node(.expr), .one, .b), f("orelse", .node(.expr), .one, .c)]),
        expr("Dict", .dict, [f("keys", .node(.expr), .list, .a), f("values", .node(.expr), .list, .b)]),
        expr("Set", .set, [f("elts", .node(.expr), .list, .a)]),
        comprehension("ListComp", .listComp),
        comprehension("SetComp", .setComp),
        expr("DictComp", .dictComp, [
            f("key", .node(.expr), .one, .a), f("value", .node(.expr), .one, .b),
            f("generators", .node(.comprehension), .list, .c)]),
        comprehension("GeneratorExp", .generatorExp),
        expr("Await", .await, [f("value", .node(.expr), .one, .a)]),
        expr("Yield", .yield, [f("value", .node(.expr), .optional, .a)]),
        expr("YieldFrom", .yieldFrom, [f("value", .node(.expr), .one, .a)]),
        expr("Compare", .compare, [
            f("left", .node(.expr), .one, .a), f("ops", .node(.cmpop), .list, .b), f("comparators", .node(.expr), .list, .c)]),
        expr("Call", .call, [
            f("func", .node(.expr), .one, .a), f("args", .node(.expr), .list, .b), f("keywords", .node(.keyword), .list, .c)]),
        expr("FormattedValue", .formattedValue, [
            f("value", .node(.expr), .one, .a), f("conversion", .int, .one, .b), f("format_spec", .node(.expr), .optional, .c)]),
        expr("JoinedStr", .joinedStr, [f("values", .node(.expr), .list, .a)]),
        expr("Constant", .constant, [f("value", .constant, .one, .a), f("kind", .string, .optional, .op)]),
        expr("Attribute", .attribute, [f("value", .node(.expr), .one, .a), f("attr", .identifier, .one, .b), context]),
        expr("Subscript", .subscript, [f("value", .node(.expr), .one, .a), f("slice", .node(.expr), .one, .b), context]),
        expr("Starred", .starred, [f("value", .node(.expr), .one, .a), context]),
        expr("Name", .name, [f("id", .identifier, .one, .a), context]),
        expr("List", .list, [f("elts", .node(.expr), .list, .a), context]),
        expr("Tuple", .tuple, [f("elts", .node(.expr), .list, .a), context]),
        expr("Slice", .slice, [
            f("lower", .node(.expr), .optional, .a), f("upper", .node(.expr), .optional, .b),
            f("step", .node(.expr), .optional, .c)]),
    ]

    /// The singleton classes, in the raw-value order of Krait's enums (which is CPython's).
    private static let simples: [ASTConstructor] = {
        let names: [(ASTCategory, [String])] = [
            (.exprContext, ["Load", "Store", "Del"]),
            (.boolop, ["And", "Or"]),
            (.operator, ["Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor",
                         "BitAnd", "FloorDiv"]),
            (.unaryop, ["Invert", "Not", "UAdd", "USub"]),
            (.cmpop, ["Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"]),
        ]
        return names.flatMap { category, names in
            names.map { ASTConstructor(name: $0, category: category, kind: nil, fields: []) }
        }
    }()

    private static let helpers: [ASTConstructor] = [
        .init(name: "comprehension", category: .comprehension, kind: .comprehension, fields: [
            f("target", .node(.expr), .one, .a), f("iter", .node(.expr), .one, .b), f("ifs", .node(.expr), .list, .c),
            f("is_async", .int, .one, .op)]),
        .init(name: "ExceptHandler", category: .excepthandler, kind: .exceptHandler, fields: [
            f("type", .node(.expr), .optional, .a), f("name", .identifier, .optional, .b), f("body", .node(.stmt), .list, .c)]),
        .init(name: "arguments", category: .arguments, kind: .arguments, fields: [
            f("posonlyargs", .node(.arg), .list, .a), f("args", .node(.arg), .list, .b), f("vararg", .node(.arg), .optional, .c),
            f("kwonlyargs", .node(.arg), .list, .d), f("kw_defaults", .node(.expr), .list, .extra0),
            f("kwarg", .node(.arg), .optional, .extra1), f("defaults", .node(.expr), .list, .extra2)]),
        .init(name: "arg", category: .arg, kind: .arg, fields: [
            f("arg", .identifier, .one, .a), f("annotation", .node(.expr), .optional, .b), typeComment]),
        .init(name: "keyword", category: .keyword, kind: .keyword, fields: [
            f("arg", .identifier, .optional, .a), f("value", .node(.expr), .one, .b)]),
        .init(name: "alias", category: .alias, kind: .alias, fields: [
            f("name", .identifier, .one, .a), f("asname", .identifier, .optional, .b)]),
        .init(name: "withitem", category: .withitem, kind: .withItem, fields: [
            f("context_expr", .node(.expr), .one, .a), f("optional_vars", .node(.expr), .optional, .b)]),
        .init(name: "match_case", category: .matchCase, kind: .matchCase, fields: [
            f("pattern", .node(.pattern), .one, .a), f("guard", .node(.expr), .optional, .b), f("body", .node(.stmt), .list, .c)]),
    ]

    private static func pattern(_ name: String, _ kind: NodeKind, _ fields: [ASTField]) -> ASTConstructor {
        .init(name: name, category: .pattern, kind: kind, fields: fields)
    }

    private static let patterns: [ASTConstructor] = [
        pattern("MatchValue", .matchValue, [f("value", .node(.expr), .one, .a)]),
        pattern("MatchSingleton", .matchSingleton, [f("value", .constant, .one, .a)]),
        pattern("MatchSequence", .matchSequence, [f("patterns", .node(.pattern), .list, .a)]),
        pattern("MatchMapping", .matchMapping, [
            f("keys", .node(.expr), .list, .a), f("patterns", .node(.pattern), .list, .b), f("rest", .identifier, .optional, .c)]),
        pattern("MatchClass", .matchClass, [
            f("cls", .node(.expr), .one, .a), f("patterns", .node(.pattern), .list, .b),
            f("kwd_attrs", .identifier, .list, .c), f("kwd_patterns", .node(.pattern), .list, .d)]),
        pattern("MatchStar", .matchStar, [f("name", .identifier, .optional, .a)]),
        pattern("MatchAs", .matchAs, [f("pattern", .node(.pattern), .optional, .a), f("name", .identifier, .optional, .b)]),
        pattern("MatchOr", .matchOr, [f("patterns", .node(.pattern), .list, .a)]),
        .init(name: "TypeIgnore", category: .typeIgnore, kind: nil, fields: [
            f("lineno", .int, .one, .unstored), f("tag", .string, .one, .unstored)]),
    ]
}
