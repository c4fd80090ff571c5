extension Parser {
    /// star_targets: star_target (',' star_target)* [','] — for `for` loops and comprehensions.
    mutating func starTargets() throws -> NodeID? {
        let start = current
        guard let first = try starTarget() else { return nil }
        guard check(.comma) else { return first }
        var elts = [first]
        while accept(.comma) {
            if check(.kwIn) || check(.equal) { break }
            guard let t = try starTarget() else { return nil }
            elts.append(t)
        }
        return ast.add(Node(kind: .tuple, op: ExprContext.store.rawValue, span: span(from: start),
                            a: ast.list(elts).raw))
    }

    /// star_target: '*' target | target, where a target is a primary that can be stored to.
    mutating func starTarget() throws -> NodeID? {
        if check(.star) {
            let start = current
            pos += 1
            guard !check(.star), let inner = try starTarget() else { return nil }
            return ast.add(Node(kind: .starred, op: ExprContext.store.rawValue, span: span(from: start),
                                a: inner.raw))
        }
        guard let e = try primary() else { return nil }
        try setContext(e, .store)
        return e
    }

    /// Turns a parsed expression into an assignment or deletion target, or raises
    /// CPython's "cannot assign to …" / "cannot delete …".
    mutating func setContext(_ id: NodeID, _ ctx: ExprContext) throws {
        var node = ast[id]
        switch node.kind {
        case .name, .attribute, .subscript:
            node.op = ctx.rawValue
            ast[id] = node
        case .starred:
            if ctx == .del {
                throw fail("cannot delete starred", node: id)
            }
            node.op = ctx.rawValue
            ast[id] = node
            try setContext(NodeID(node.a), ctx)
        case .tuple, .list:
            node.op = ctx.rawValue
            ast[id] = node
            for item in ast.items(ListID(node.a)) {
                try setContext(NodeID(item), ctx)
            }
        default:
            let verb = ctx == .del ? "delete" : "assign to"
            throw fail("cannot \(verb) \(expressionName(id))", node: id)
        }
    }

    /// A target of `a = b = value`; the first invalid one gets CPython's hint when the
    /// statement looks like a mistyped comparison.
    mutating func setAssignmentTarget(_ id: NodeID) throws {
        do {
            try setContext(id, .store)
        } catch let failure as ParseFailure {
            if kindOf(id) == .yield || kindOf(id) == .yieldFrom {
                throw fail("assignment to yield expression not possible", node: id)
            }
            if isBitwiseOrLevel(id) && failure.error.message.hasPrefix("cannot assign to")
                && failure.error.lineno == Int(spanOf(id).lineno)
                && failure.error.offset == error("", node: id).offset
                && failure.error.endOffset == error("", node: id).endOffset {
                throw fail("cannot assign to \(expressionName(id)) here. Maybe you meant '==' instead of '='?",
                           node: id)
            }
            throw failure
        }
    }

    mutating func setDeleteTarget(_ id: NodeID) throws {
        try setContext(id, .del)
    }

    /// Whether a node could come from CPython's `bitwise_or` rule without parentheses
    /// changing its kind (used to choose the "Maybe you meant '=='" message).
    func isBitwiseOrLevel(_ id: NodeID) -> Bool {
        let node = ast[id]
        switch node.kind {
        case .compare, .boolOp, .ifExp, .lambda, .namedExpr, .yield, .yieldFrom, .starred,
             .list, .tuple, .generatorExp:
            return false
        case .unaryOp:
            return node.op != UnaryOperator.not.rawValue
        case .constant:
            switch ast.constants[Int(node.a)] {
            case .none, .bool: return false
            default: return true
            }
        default:
            return true
        }
    }

    /// `x: int` targets: a single name, attribute or subscript.
    mutating func checkAnnotationTarget(_ id: NodeID, parenthesized: Bool) throws {
        switch kindOf(id) {
        case .name, .attribute, .subscript:
            return
        case .tuple:
            // `a, b: int` is reported at `a`; `(a, b): int` at the whole tuple.
            let items = ast.items(ListID(ast[id].a))
            let at = parenthesized || items.isEmpty ? id : NodeID(items[items.startIndex])
            throw fail("only single target (not tuple) can be annotated", node: at)
        case .list:
            throw fail("only single target (not list) can be annotated", node: id)
        default:
            throw fail("illegal target for annotation", node: id)
        }
    }

    /// CPython's `_PyPegen_get_expr_name`: how error messages name an expression.
    func expressionName(_ id: NodeID) -> String {
        let node = ast[id]
        switch node.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant:
            switch ast.constants[Int(node.a)] {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        default: return "expression"
        }
    }
}
