/// Checks of the second pass that produce CPython 3.11's specific messages, in the
/// order its grammar tries its `invalid_*` alternatives.
extension Parser {
    /// invalid_expression and invalid_legacy_expression, tried before an expression.
    mutating func invalidExpression() throws {
        let mark = pos
        defer { pos = mark }
        let nameThenString = check(.name) && peek(1) == .string
        let softKeyword = checkSoft("match") || checkSoft("case") || checkSoft("_")
        if !nameThenString && !softKeyword {
            if let a = try disjunction() {
                let afterA = pos
                if startsExpression(peek()) {
                    invalidPass = false
                    defer { invalidPass = true }
                    let b = try expression()
                    if let b, !isLegacyName(a), levels[pos - 1] > 0 {
                        throw fail("invalid syntax. Perhaps you forgot a comma?", from: spanOf(a), to: spanOf(b))
                    }
                }
                pos = afterA
                if accept(.kwIf), let b = try disjunction(), !check(.kwElse), !check(.colon) {
                    throw fail("expected 'else' after 'if' expression", from: spanOf(a), to: spanOf(b))
                }
            }
            pos = mark
        }
        if check(.name) && peek(1) != .lpar {
            let nameToken = current
            pos += 1
            if startsExpression(peek()), let b = try starExpressions(), legacyStatementName(nameToken) {
                let name = text(of: nameToken)
                let a = SourceSpan(lineno: nameToken.line, colOffset: nameToken.col,
                                   endLineno: nameToken.endLine, endColOffset: nameToken.endCol)
                throw fail("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?",
                           from: a, to: spanOf(b))
            }
        }
    }

    /// invalid_named_expression: `x = 1` where a comparison or walrus was meant.
    mutating func invalidNamedExpression() throws {
        let mark = pos
        defer { pos = mark }
        if check(.name) && peek(1) == .equal {
            let nameToken = current
            pos += 2
            if let b = try bitwiseOr(), !check(.equal), !check(.colonEqual) {
                let a = SourceSpan(lineno: nameToken.line, colOffset: nameToken.col,
                                   endLineno: nameToken.endLine, endColOffset: nameToken.endCol)
                throw fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from: a, to: spanOf(b))
            }
            pos = mark
        }
        if startsDisplayOrSingleton() { return }
        pos = mark
        if let a = try bitwiseOr(), accept(.equal), (try bitwiseOr()) != nil,
           !check(.equal), !check(.colonEqual) {
            throw fail("cannot assign to \(expressionName(a)) here. Maybe you meant '==' instead of '='?", node: a)
        }
    }

    /// Whether a list or tuple display, a generator expression, True, None or False starts
    /// here (the negative lookahead of invalid_named_expression).
    mutating func startsDisplayOrSingleton() -> Bool {
        switch peek() {
        case .kwTrue, .kwNone, .kwFalse:
            return true
        case .lpar, .lsqb:
            let mark = pos
            defer { pos = mark }
            guard let e = try? atom() else { return false }
            let k = kindOf(e)
            return k == .list || k == .tuple || k == .generatorExp
        default:
            return false
        }
    }

    /// invalid_for_target: the target re-read as expressions, reporting what cannot be
    /// assigned to.
    mutating func invalidForTarget(at index: Int) throws {
        let mark = pos
        defer { pos = mark }
        pos = index
        if let e = try starExpressions(), let bad = invalidTarget(e, forLoop: true) {
            throw fail("cannot assign to \(expressionName(bad))", node: bad)
        }
    }

    /// CPython's `_PyPegen_get_invalid_target`: the first part of `id` that cannot be
    /// assigned to. In a `for` target, `a in b` was parsed as one comparison, so its left
    /// side is what counts (and other comparisons are left alone).
    func invalidTarget(_ id: NodeID, forLoop: Bool) -> NodeID? {
        let node = ast[id]
        switch node.kind {
        case .list, .tuple:
            for item in ast.items(ListID(node.a)) {
                if let bad = invalidTarget(NodeID(item), forLoop: forLoop) { return bad }
            }
            return nil
        case .starred:
            return invalidTarget(NodeID(node.a), forLoop: forLoop)
        case .compare:
            guard forLoop else { return id }
            let ops = ast.items(ListID(node.b))
            return ops.first == Int32(CompareOperator.in_.rawValue) ? invalidTarget(NodeID(node.a), forLoop: true) : nil
        case .name, .subscript, .attribute:
            return nil
        default:
            return id
        }
    }

    /// Rules whose results the second pass remembers by start token: its checks parse
    /// the same text more than once, and without a memo nested brackets would make that
    /// exponential. CPython memoizes these rules too, and like it Krait reuses a result
    /// whether it was computed with the checks on or off (which decides, for instance,
    /// that `foo f(x y)` is plain "invalid syntax").
    enum MemoRule: Int {
        case expression, disjunction, bitwiseOr, atom
    }

    mutating func memoized(_ rule: MemoRule, _ body: (inout Parser) throws -> NodeID?) rethrows -> NodeID? {
        let key = pos &* 8 &+ rule.rawValue
        if let (result, end) = memo[key] {
            if end > farthest { farthest = end }
            pos = end
            return result
        }
        let result = try body(&self)
        memo[key] = (result, pos)
        return result
    }

    func legacyStatementName(_ t: Token) -> Bool {
        let s = text(of: t)
        return s == "print" || s == "exec"
    }

    func isLegacyName(_ id: NodeID) -> Bool {
        let node = ast[id]
        guard node.kind == .name else { return false }
        let s = ast.names[Int(node.a)]
        return s == "print" || s == "exec"
    }
}
