extension Parser {
    mutating func atom() throws -> NodeID? {
        let t = current
        switch peek() {
        case .name:
            pos += 1
            return nameNode(t, ctx: .load)
        case .number:
            pos += 1
            return try numberConstant(t)
        case .string:
            return try strings()
        case .kwNone: pos += 1; return constantNode(.none, span: span(from: t))
        case .kwTrue: pos += 1; return constantNode(.bool(true), span: span(from: t))
        case .kwFalse: pos += 1; return constantNode(.bool(false), span: span(from: t))
        case .ellipsis: pos += 1; return constantNode(.ellipsis, span: span(from: t))
        case .lpar: return try parenthesized()
        case .lsqb: return try listDisplay()
        case .lbrace: return try braceDisplay()
        default: return nil
        }
    }

    mutating func constantNode(_ value: ConstantValue, span: SourceSpan, isUnicodeKind: Bool = false) -> NodeID {
        let index = ast.addConstant(value)
        return ast.add(Node(kind: .constant, op: isUnicodeKind ? 1 : 0, span: span, a: index))
    }

    /// '(' ')' | '(' yield_expr ')' | '(' named_expression ')' | tuple | genexp
    mutating func parenthesized() throws -> NodeID? {
        let start = current
        pos += 1
        try enter()
        defer { leave() }
        if accept(.rpar) {
            return ast.add(Node(kind: .tuple, op: ExprContext.load.rawValue, span: span(from: start),
                                a: ListID.empty.raw))
        }
        if check(.kwYield) {
            guard let y = try yieldExpression(), accept(.rpar) else { return nil }
            return y
        }
        guard let first = try starNamedExpression() else { return nil }
        if check(.kwFor) || (check(.kwAsync) && peek(1) == .kwFor) {
            if kindOf(first) == .starred { return nil }
            guard let generators = try comprehensionClauses(), accept(.rpar) else { return nil }
            return ast.add(Node(kind: .generatorExp, span: span(from: start), a: first.raw, b: generators.raw))
        }
        if accept(.rpar) {
            if kindOf(first) == .starred {
                throw fail("cannot use starred expression here", node: first)
            }
            return first
        }
        guard check(.comma) else { return nil }
        var elts = [first]
        while accept(.comma) {
            if check(.rpar) { break }
            guard let e = try starNamedExpression() else { return nil }
            elts.append(e)
        }
        guard accept(.rpar) else { return nil }
        return ast.add(Node(kind: .tuple, op: ExprContext.load.rawValue, span: span(from: start),
                            a: ast.list(elts).raw))
    }

    /// '[' [star_named_expressions] ']' | listcomp
    mutating func listDisplay() throws -> NodeID? {
        let start = current
        pos += 1
        try enter()
        defer { leave() }
        if accept(.rsqb) {
            return ast.add(Node(kind: .list, op: ExprContext.load.rawValue, span: span(from: start),
                                a: ListID.empty.raw))
        }
        guard let first = try starNamedExpression() else { return nil }
        if check(.kwFor) || (check(.kwAsync) && peek(1) == .kwFor) {
            if kindOf(first) == .starred { return nil }
            guard let generators = try comprehensionClauses(), accept(.rsqb) else { return nil }
            return ast.add(Node(kind: .listComp, span: span(from: start), a: first.raw, b: generators.raw))
        }
        var elts = [first]
        while accept(.comma) {
            if check(.rsqb) { break }
            guard let e = try starNamedExpression() else { return nil }
            elts.append(e)
        }
        guard accept(.rsqb) else { return nil }
        return ast.add(Node(kind: .list, op: ExprContext.load.rawValue, span: span(from: start),
                            a: ast.list(elts).raw))
    }

    /// dict | set | dictcomp | setcomp
    mutating func braceDisplay() throws -> NodeID? {
        let start = current
        pos += 1
        try enter()
        defer { leave() }
        if accept(.rbrace) {
            return ast.add(Node(kind: .dict, span: span(from: start), a: ListID.empty.raw, b: ListID.empty.raw))
        }
        // A dict starts with `**x` or `key:`.
        if check(.doubleStar) {
            return try dictRest(start: start, firstKey: nil)
        }
        guard let first = try starNamedExpression() else { return nil }
        if check(.colon) && kindOf(first) != .starred {
            pos += 1
            guard let value = try expression() else { return nil }
            if check(.kwFor) || (check(.kwAsync) && peek(1) == .kwFor) {
                guard let generators = try comprehensionClauses(), accept(.rbrace) else { return nil }
                return ast.add(Node(kind: .dictComp, span: span(from: start), a: first.raw, b: value.raw,
                                    c: generators.raw))
            }
            return try dictRest(start: start, firstKey: (first, value))
        }
        if check(.kwFor) || (check(.kwAsync) && peek(1) == .kwFor) {
            if kindOf(first) == .starred { return nil }
            guard let generators = try comprehensionClauses(), accept(.rbrace) else { return nil }
            return ast.add(Node(kind: .setComp, span: span(from: start), a: first.raw, b: generators.raw))
        }
        var elts = [first]
        while accept(.comma) {
            if check(.rbrace) { break }
            guard let e = try starNamedExpression() else { return nil }
            elts.append(e)
        }
        guard accept(.rbrace) else { return nil }
        return ast.add(Node(kind: .set, span: span(from: start), a: ast.list(elts).raw))
    }

    /// The rest of a dict display: `key: value` and `**mapping` items up to '}'.
    mutating func dictRest(start: Token, firstKey: (NodeID, NodeID)?) throws -> NodeID? {
        var keys: [Int32] = []
        var values: [Int32] = []
        var needComma = false
        if let (k, v) = firstKey {
            keys.append(k.raw)
            values.append(v.raw)
            needComma = true
        }
        while true {
            if needComma {
                guard accept(.comma) else { break }
            }
            if check(.rbrace) { break }
            if accept(.doubleStar) {
                guard let v = try bitwiseOr() else { return nil }
                keys.append(-1)
                values.append(v.raw)
            } else {
                guard let k = try expression(), accept(.colon), let v = try expression() else { return nil }
                keys.append(k.raw)
                values.append(v.raw)
            }
            needComma = true
        }
        guard accept(.rbrace) else { return nil }
        return ast.add(Node(kind: .dict, span: span(from: start), a: ast.list(keys).raw,
                            b: ast.list(values).raw))
    }

    /// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
    mutating func comprehensionClauses() throws -> ListID? {
        var generators: [NodeID] = []
        while check(.kwFor) || (check(.kwAsync) && peek(1) == .kwFor) {
            let isAsync = accept(.kwAsync)
            pos += 1
            guard let target = try starTargets(), accept(.kwIn) else { return nil }
            guard let iter = try disjunction() else { return nil }
            var ifs: [NodeID] = []
            while accept(.kwIf) {
                guard let cond = try disjunction() else { return nil }
                ifs.append(cond)
            }
            generators.append(ast.add(Node(kind: .comprehension, op: isAsync ? 1 : 0, span: .zero,
                                           a: target.raw, b: iter.raw, c: ast.list(ifs).raw)))
        }
        return ast.list(generators)
    }
}
