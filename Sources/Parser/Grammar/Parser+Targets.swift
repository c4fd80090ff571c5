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
        // An invalid target is named by the second pass's checks (invalid_for_target).
        guard isValidTarget(e) else { return nil }
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

    /// Whether `setContext(id, .store)` would succeed.
    func isValidTarget(_ id: NodeID) -> Bool {
        let node = ast[id]
        switch node.kind {
        case .name, .attribute, .subscript:
            return true
        case .starred:
            return isValidTarget(NodeID(node.a))
        case .tuple, .list:
            return ast.items(ListID(node.a)).allSatisfy { isValidTarget(NodeID($0)) }
        default:
            return false
        }
    }

    /// CPython's invalid_assignment, in its order: the first target re-read as
    /// named expressions (which may say "Maybe you meant '=='"), then the first target
    /// that cannot be assigned to.
    mutating func invalidAssignment(startIndex: Int, targets: [NodeID]) throws {
        let mark = pos
        defer { pos = mark }
        pos = startIndex
        repeat {
            guard (try starNamedExpression()) != nil else { break }
        } while accept(.comma) && startsExpression(peek())
        for t in targets where !isValidTarget(t) {
            if kindOf(t) == .yield || kindOf(t) == .yieldFrom {
                throw fail("assignment to yield expression not possible", node: t)
            }
            try setContext(t, .store)
        }
    }

    mutating func setDeleteTarget(_ id: NodeID) throws {
        try setContext(id, .del)
    }

    func isAnnotationTarget(_ id: NodeID) -> Bool {
        let k = kindOf(id)
        return k == .name || k == .attribute || k == .subscript
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
