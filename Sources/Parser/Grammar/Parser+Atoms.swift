extension Parser {
    mutating func atom() throws -> NodeID? {
        if secondPass { return try memoized(.atom) { try $0.atomRule() } }
        return try atomRule()
    }

    mutating func atomRule() throws -> NodeID? {
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
        if startsComprehension() {
            try checkComprehensionElement(first)
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
        if startsComprehension() {
            try checkComprehensionElement(first)
            guard let generators = try comprehensionClauses(), accept(.rsqb) else { return nil }
            return ast.add(Node(kind: .listComp, span: span(from: start), a: first.raw, b: generators.raw))
        }
        var elts = [first]
        while accept(.comma) {
            if check(.rsqb) { break }
            if startsComprehension() { try unparenthesizedTarget(elts, comma: previous) }
            guard let e = try starNamedExpression() else { return nil }
            elts.append(e)
        }
        if startsComprehension() && elts.count > 1 { try unparenthesizedTarget(elts, comma: nil) }
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
            let stars = current
            pos += 1
            guard let value = try bitwiseOr() else { return nil }
            if startsComprehension() {
                throw fail("dict unpacking cannot be used in dict comprehension", at: stars)
            }
            return try dictRest(start: start, first: (NodeID.none, value))
        }
        guard let first = try starNamedExpression() else { return nil }
        if check(.colon) && kindOf(first) != .starred {
            pos += 1
            try checkDictValueStart()
            guard let value = try expression() else { return nil }
            if startsComprehension() {
                guard let generators = try comprehensionClauses(), accept(.rbrace) else { return nil }
                return ast.add(Node(kind: .dictComp, span: span(from: start), a: first.raw, b: value.raw,
                                    c: generators.raw))
            }
            return try dictRest(start: start, first: (first, value))
        }
        if startsComprehension() {
            try checkComprehensionElement(first)
            guard let generators = try comprehensionClauses(), accept(.rbrace) else { return nil }
            return ast.add(Node(kind: .setComp, span: span(from: start), a: first.raw, b: generators.raw))
        }
        var elts = [first]
        while accept(.comma) {
            if check(.rbrace) { break }
            if startsComprehension() { try unparenthesizedTarget(elts, comma: previous) }
            guard let e = try starNamedExpression() else { return nil }
            elts.append(e)
        }
        if startsComprehension() && elts.count > 1 { try unparenthesizedTarget(elts, comma: nil) }
        guard accept(.rbrace) else { return nil }
        return ast.add(Node(kind: .set, span: span(from: start), a: ast.list(elts).raw))
    }

    /// The rest of a dict display after its first item (a key of `.none` is `**value`):
    /// `key: value` and `**mapping` items up to '}'.
    mutating func dictRest(start: Token, first: (NodeID, NodeID)) throws -> NodeID? {
        var keys: [Int32] = [first.0.raw]
        var values: [Int32] = [first.1.raw]
        var needComma = true
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
                guard let k = try expression() else { return nil }
                guard accept(.colon) else {
                    // CPython points at the key's last character, with no end.
                    let s = spanOf(k)
                    throw ParseFailure(error: errorRaw("':' expected after dictionary key", line: s.lineno,
                                                       offset: Int(s.endColOffset), endLine: s.endLineno,
                                                       endOffset: 0))
                }
                try checkDictValueStart()
                guard let v = try expression() else { return nil }
                keys.append(k.raw)
                values.append(v.raw)
            }
            needComma = true
        }
        guard accept(.rbrace) else { return nil }
        return ast.add(Node(kind: .dict, span: span(from: start), a: ast.list(keys).raw,
                            b: ast.list(values).raw))
    }

    @inline(__always)
    mutating func startsComprehension() -> Bool {
        check(.kwFor) || (check(.kwAsync) && peek(1) == .kwFor)
    }

    /// `[*a for a in b]` is not a comprehension CPython accepts.
    func checkComprehensionElement(_ first: NodeID) throws {
        if kindOf(first) == .starred {
            throw fail("iterable unpacking cannot be used in comprehension", node: first)
        }
    }

    /// `[a, b for a, b in c]`: CPython suggests parentheses around the element.
    func unparenthesizedTarget(_ elts: [NodeID], comma: Token?) throws {
        let first = spanOf(elts[0])
        let last: SourceSpan
        if let comma {
            last = SourceSpan(lineno: comma.line, colOffset: comma.col, endLineno: comma.endLine,
                              endColOffset: comma.endCol)
        } else {
            last = spanOf(elts[elts.count - 1])
        }
        throw fail("did you forget parentheses around the comprehension target?", from: first, to: last)
    }

    /// After `key:` in a dict display: a value must follow, and it cannot be starred.
    mutating func checkDictValueStart() throws {
        if check(.rbrace) || check(.comma) {
            throw fail("expression expected after dictionary key and ':'", at: previous)
        }
        if check(.star) {
            let star = current
            let mark = pos
            pos += 1
            if (try bitwiseOr()) != nil {
                throw ParseFailure(error: error("cannot use a starred expression in a dictionary value",
                                                line: star.line, col: star.col, endLine: previous.endLine,
                                                endCol: previous.endCol - 1))
            }
            pos = mark
        }
    }

    /// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
    mutating func comprehensionClauses() throws -> ListID? {
        var generators: [NodeID] = []
        while check(.kwFor) || (check(.kwAsync) && peek(1) == .kwFor) {
            let isAsync = accept(.kwAsync)
            pos += 1
            let targetStart = pos
            guard let target = try starTargets(), accept(.kwIn) else {
                if invalidPass { try invalidForTarget(at: targetStart) }
                return nil
            }
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
