/// Where a field's raw value lives in a `Node`.
enum FieldSlot: UInt8 {
    case a, b, c, d, e
    /// `extra[e + 0...2]`: the overflow slots of `arguments`.
    case extra0, extra1, extra2
    /// `Node.op`.
    case op
}

/// How a field's raw value is printed.
enum FieldForm: UInt8 {
    /// A child node; `None` if absent, which only a malformed tree has.
    case node
    /// An optional (`?`) child node: omitted when absent.
    case optionalNode
    /// A list of nodes; `-1` items print `None`.
    case nodeList
    /// An identifier (index into `names`).
    case name
    /// An optional identifier: omitted when absent.
    case optionalName
    /// A list of identifiers.
    case nameList
    /// A list of `CompareOperator` raw values.
    case compareOps
    case boolOp, binaryOp, unaryOp, context
    /// A plain integer.
    case int
    /// An index into `constants`.
    case constant
    /// `Constant.kind`: `'u'` when the flag is 1, omitted otherwise.
    case constantKind
}

/// One entry of a node class's `_fields`, in CPython's order.
struct FieldSpec {
    var label: StaticString
    var form: FieldForm
    var slot: FieldSlot

    init(_ label: StaticString, _ form: FieldForm, _ slot: FieldSlot) {
        self.label = label
        self.form = form
        self.slot = slot
    }
}

extension ASTDumper {
    /// `_fields` of every node kind, back to back: those of the kind with raw value
    /// `k` are `specs[starts[k]..<starts[k + 1]]`. `type_comment` fields are left out:
    /// the parser never fills them, and `ast.dump` omits `None`.
    static let fieldTable: (specs: [FieldSpec], starts: [Int32]) = {
        var specs: [FieldSpec] = []
        var starts: [Int32] = [0]
        var raw: UInt8 = 0
        while let kind = NodeKind(rawValue: raw) {
            specs += fields(of: kind)
            starts.append(Int32(specs.count))
            raw += 1
        }
        return (specs, starts)
    }()

    private static func fields(of kind: NodeKind) -> [FieldSpec] {
        switch kind {
        case .module:
            return [.init("body", .nodeList, .a), .init("type_ignores", .nodeList, .b)]
        case .interactive:
            return [.init("body", .nodeList, .a)]
        case .expression:
            return [.init("body", .node, .a)]
        case .functionType:
            return [.init("argtypes", .nodeList, .a), .init("returns", .node, .b)]
        case .functionDef, .asyncFunctionDef:
            return [.init("name", .name, .a), .init("args", .node, .b), .init("body", .nodeList, .c),
                    .init("decorator_list", .nodeList, .d), .init("returns", .optionalNode, .e)]
        case .classDef:
            return [.init("name", .name, .a), .init("bases", .nodeList, .b),
                    .init("keywords", .nodeList, .c), .init("body", .nodeList, .d),
                    .init("decorator_list", .nodeList, .e)]
        case .return_:
            return [.init("value", .optionalNode, .a)]
        case .delete:
            return [.init("targets", .nodeList, .a)]
        case .assign:
            return [.init("targets", .nodeList, .a), .init("value", .node, .b)]
        case .augAssign:
            return [.init("target", .node, .a), .init("op", .binaryOp, .op), .init("value", .node, .b)]
        case .annAssign:
            return [.init("target", .node, .a), .init("annotation", .node, .b),
                    .init("value", .optionalNode, .c), .init("simple", .int, .op)]
        case .for_, .asyncFor:
            return [.init("target", .node, .a), .init("iter", .node, .b), .init("body", .nodeList, .c),
                    .init("orelse", .nodeList, .d)]
        case .while_, .if_:
            return [.init("test", .node, .a), .init("body", .nodeList, .b), .init("orelse", .nodeList, .c)]
        case .with, .asyncWith:
            return [.init("items", .nodeList, .a), .init("body", .nodeList, .b)]
        case .match:
            return [.init("subject", .node, .a), .init("cases", .nodeList, .b)]
        case .raise:
            return [.init("exc", .optionalNode, .a), .init("cause", .optionalNode, .b)]
        case .try_, .tryStar:
            return [.init("body", .nodeList, .a), .init("handlers", .nodeList, .b),
                    .init("orelse", .nodeList, .c), .init("finalbody", .nodeList, .d)]
        case .assert:
            return [.init("test", .node, .a), .init("msg", .optionalNode, .b)]
        case .import_:
            return [.init("names", .nodeList, .a)]
        case .importFrom:
            return [.init("module", .optionalName, .a), .init("names", .nodeList, .b),
                    .init("level", .int, .c)]
        case .global, .nonlocal:
            return [.init("names", .nameList, .a)]
        case .expr, .await, .yieldFrom, .matchValue:
            return [.init("value", .node, .a)]
        case .pass, .break_, .continue_:
            return []
        case .boolOp:
            return [.init("op", .boolOp, .op), .init("values", .nodeList, .a)]
        case .namedExpr:
            return [.init("target", .node, .a), .init("value", .node, .b)]
        case .binOp:
            return [.init("left", .node, .a), .init("op", .binaryOp, .op), .init("right", .node, .b)]
        case .unaryOp:
            return [.init("op", .unaryOp, .op), .init("operand", .node, .a)]
        case .lambda:
            return [.init("args", .node, .a), .init("body", .node, .b)]
        case .ifExp:
            return [.init("test", .node, .a), .init("body", .node, .b), .init("orelse", .node, .c)]
        case .dict:
            return [.init("keys", .nodeList, .a), .init("values", .nodeList, .b)]
        case .set:
            return [.init("elts", .nodeList, .a)]
        case .listComp, .setComp, .generatorExp:
            return [.init("elt", .node, .a), .init("generators", .nodeList, .b)]
        case .dictComp:
            return [.init("key", .node, .a), .init("value", .node, .b), .init("generators", .nodeList, .c)]
        case .yield:
            return [.init("value", .optionalNode, .a)]
        case .compare:
            return [.init("left", .node, .a), .init("ops", .compareOps, .b),
                    .init("comparators", .nodeList, .c)]
        case .call:
            return [.init("func", .node, .a), .init("args", .nodeList, .b), .init("keywords", .nodeList, .c)]
        case .formattedValue:
            return [.init("value", .node, .a), .init("conversion", .int, .b),
                    .init("format_spec", .optionalNode, .c)]
        case .joinedStr:
            return [.init("values", .nodeList, .a)]
        case .constant:
            return [.init("value", .constant, .a), .init("kind", .constantKind, .op)]
        case .attribute:
            return [.init("value", .node, .a), .init("attr", .name, .b), .init("ctx", .context, .op)]
        case .subscript:
            return [.init("value", .node, .a), .init("slice", .node, .b), .init("ctx", .context, .op)]
        case .starred:
            return [.init("value", .node, .a), .init("ctx", .context, .op)]
        case .name:
            return [.init("id", .name, .a), .init("ctx", .context, .op)]
        case .list, .tuple:
            return [.init("elts", .nodeList, .a), .init("ctx", .context, .op)]
        case .slice:
            return [.init("lower", .optionalNode, .a), .init("upper", .optionalNode, .b),
                    .init("step", .optionalNode, .c)]
        case .comprehension:
            return [.init("target", .node, .a), .init("iter", .node, .b), .init("ifs", .nodeList, .c),
                    .init("is_async", .int, .op)]
        case .exceptHandler:
            return [.init("type", .optionalNode, .a), .init("name", .optionalName, .b),
                    .init("body", .nodeList, .c)]
        case .arguments:
            return [.init("posonlyargs", .nodeList, .a), .init("args", .nodeList, .b),
                    .init("vararg", .optionalNode, .c), .init("kwonlyargs", .nodeList, .d),
                    .init("kw_defaults", .nodeList, .extra0), .init("kwarg", .optionalNode, .extra1),
                    .init("defaults", .nodeList, .extra2)]
        case .arg:
            return [.init("arg", .name, .a), .init("annotation", .optionalNode, .b)]
        case .keyword:
            return [.init("arg", .optionalName, .a), .init("value", .node, .b)]
        case .alias:
            return [.init("name", .name, .a), .init("asname", .optionalName, .b)]
        case .withItem:
            return [.init("context_expr", .node, .a), .init("optional_vars", .optionalNode, .b)]
        case .matchCase:
            return [.init("pattern", .node, .a), .init("guard", .optionalNode, .b), .init("body", .nodeList, .c)]
        case .matchSingleton:
            return [.init("value", .constant, .a)]
        case .matchSequence, .matchOr:
            return [.init("patterns", .nodeList, .a)]
        case .matchMapping:
            return [.init("keys", .nodeList, .a), .init("patterns", .nodeList, .b),
                    .init("rest", .optionalName, .c)]
        case .matchClass:
            return [.init("cls", .node, .a), .init("patterns", .nodeList, .b),
                    .init("kwd_attrs", .nameList, .c), .init("kwd_patterns", .nodeList, .d)]
        case .matchStar:
            return [.init("name", .optionalName, .a)]
        case .matchAs:
            return [.init("pattern", .optionalNode, .a), .init("name", .optionalName, .b)]
        }
    }
}
