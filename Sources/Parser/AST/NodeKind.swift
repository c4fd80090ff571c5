/// Every concrete node type of CPython 3.11's `ast` module that the parser produces.
/// The raw value is stable so that later stages can switch on it cheaply.
public enum NodeKind: UInt8, Sendable {
    // mod
    case module, interactive, expression, functionType
    // stmt
    case functionDef, asyncFunctionDef, classDef, return_, delete, assign, augAssign, annAssign
    case for_, asyncFor, while_, if_, with, asyncWith, match, raise, try_, tryStar, assert
    case import_, importFrom, global, nonlocal, expr, pass, break_, continue_
    // expr
    case boolOp, namedExpr, binOp, unaryOp, lambda, ifExp, dict, set, listComp, setComp
    case dictComp, generatorExp, await, yield, yieldFrom, compare, call, formattedValue
    case joinedStr, constant, attribute, `subscript`, starred, name, list, tuple, slice
    // helpers
    case comprehension, exceptHandler, arguments, arg, keyword, alias, withItem, matchCase
    // pattern
    case matchValue, matchSingleton, matchSequence, matchMapping, matchClass, matchStar
    case matchAs, matchOr

    /// The class name CPython's `ast` module gives this node.
    public var pythonName: String {
        switch self {
        case .module: return "Module"
        case .interactive: return "Interactive"
        case .expression: return "Expression"
        case .functionType: return "FunctionType"
        case .functionDef: return "FunctionDef"
        case .asyncFunctionDef: return "AsyncFunctionDef"
        case .classDef: return "ClassDef"
        case .return_: return "Return"
        case .delete: return "Delete"
        case .assign: return "Assign"
        case .augAssign: return "AugAssign"
        case .annAssign: return "AnnAssign"
        case .for_: return "For"
        case .asyncFor: return "AsyncFor"
        case .while_: return "While"
        case .if_: return "If"
        case .with: return "With"
        case .asyncWith: return "AsyncWith"
        case .match: return "Match"
        case .raise: return "Raise"
        case .try_: return "Try"
        case .tryStar: return "TryStar"
        case .assert: return "Assert"
        case .import_: return "Import"
        case .importFrom: return "ImportFrom"
        case .global: return "Global"
        case .nonlocal: return "Nonlocal"
        case .expr: return "Expr"
        case .pass: return "Pass"
        case .break_: return "Break"
        case .continue_: return "Continue"
        case .boolOp: return "BoolOp"
        case .namedExpr: return "NamedExpr"
        case .binOp: return "BinOp"
        case .unaryOp: return "UnaryOp"
        case .lambda: return "Lambda"
        case .ifExp: return "IfExp"
        case .dict: return "Dict"
        case .set: return "Set"
        case .listComp: return "ListComp"
        case .setComp: return "SetComp"
        case .dictComp: return "DictComp"
        case .generatorExp: return "GeneratorExp"
        case .await: return "Await"
        case .yield: return "Yield"
        case .yieldFrom: return "YieldFrom"
        case .compare: return "Compare"
        case .call: return "Call"
        case .formattedValue: return "FormattedValue"
        case .joinedStr: return "JoinedStr"
        case .constant: return "Constant"
        case .attribute: return "Attribute"
        case .subscript: return "Subscript"
        case .starred: return "Starred"
        case .name: return "Name"
        case .list: return "List"
        case .tuple: return "Tuple"
        case .slice: return "Slice"
        case .comprehension: return "comprehension"
        case .exceptHandler: return "ExceptHandler"
        case .arguments: return "arguments"
        case .arg: return "arg"
        case .keyword: return "keyword"
        case .alias: return "alias"
        case .withItem: return "withitem"
        case .matchCase: return "match_case"
        case .matchValue: return "MatchValue"
        case .matchSingleton: return "MatchSingleton"
        case .matchSequence: return "MatchSequence"
        case .matchMapping: return "MatchMapping"
        case .matchClass: return "MatchClass"
        case .matchStar: return "MatchStar"
        case .matchAs: return "MatchAs"
        case .matchOr: return "MatchOr"
        }
    }

    /// Whether nodes of this kind carry `lineno`/`col_offset`/`end_*` attributes.
    public var hasPosition: Bool {
        switch self {
        case .module, .interactive, .expression, .functionType,
             .comprehension, .arguments, .withItem, .matchCase:
            return false
        default:
            return true
        }
    }
}

/// `expr_context`
public enum ExprContext: UInt8, Sendable {
    case load, store, del

    public var pythonName: String {
        switch self {
        case .load: return "Load"
        case .store: return "Store"
        case .del: return "Del"
        }
    }
}

/// `boolop`
public enum BoolOperator: UInt8, Sendable {
    case and, or

    public var pythonName: String { self == .and ? "And" : "Or" }
}

/// `operator`, in CPython's declaration order.
public enum BinaryOperator: UInt8, Sendable {
    case add, sub, mult, matMult, div, mod, pow, lShift, rShift, bitOr, bitXor, bitAnd, floorDiv

    public var pythonName: String {
        switch self {
        case .add: return "Add"
        case .sub: return "Sub"
        case .mult: return "Mult"
        case .matMult: return "MatMult"
        case .div: return "Div"
        case .mod: return "Mod"
        case .pow: return "Pow"
        case .lShift: return "LShift"
        case .rShift: return "RShift"
        case .bitOr: return "BitOr"
        case .bitXor: return "BitXor"
        case .bitAnd: return "BitAnd"
        case .floorDiv: return "FloorDiv"
        }
    }
}

/// `unaryop`
public enum UnaryOperator: UInt8, Sendable {
    case invert, not, uAdd, uSub

    public var pythonName: String {
        switch self {
        case .invert: return "Invert"
        case .not: return "Not"
        case .uAdd: return "UAdd"
        case .uSub: return "USub"
        }
    }
}

/// `cmpop`
public enum CompareOperator: UInt8, Sendable {
    case eq, notEq, lt, ltE, gt, gtE, is_, isNot, in_, notIn

    public var pythonName: String {
        switch self {
        case .eq: return "Eq"
        case .notEq: return "NotEq"
        case .lt: return "Lt"
        case .ltE: return "LtE"
        case .gt: return "Gt"
        case .gtE: return "GtE"
        case .is_: return "Is"
        case .isNot: return "IsNot"
        case .in_: return "In"
        case .notIn: return "NotIn"
        }
    }
}
