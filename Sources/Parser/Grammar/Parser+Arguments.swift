extension Parser {
    /// primary '(' [arguments] ')' or primary genexp.
    mutating func call(_ function: NodeID, start: Token) throws -> NodeID? {
        let open = current
        pos += 1
        guard let (args, keywords) = try callArguments(genexpFrom: open), accept(.rpar) else { return nil }
        return ast.add(Node(kind: .call, span: span(from: start), a: function.raw, b: args.raw, c: keywords.raw))
    }

    /// args: positional, `*x`, `name=value` and `**x` items, in CPython's allowed orders.
    /// In a call (`genexpFrom` is its '('), a lone generator expression may stand without
    /// parentheses of its own: `f(x for x in y)`; each argument is parsed once, so nested
    /// calls cost linear time.
    mutating func callArguments(genexpFrom open: Token? = nil) throws -> (ListID, ListID)? {
        var args: [NodeID] = []
        var keywords: [NodeID] = []
        var sawKeyword = false
        var sawDoubleStar = false
        var misplaced: String? = nil
        while !check(.rpar) {
            let start = current
            if accept(.star) {
                guard let value = try expression() else { return nil }
                if sawDoubleStar {
                    guard invalidPass else { return nil }
                    throw fail("iterable argument unpacking follows keyword argument unpacking", at: start)
                }
                args.append(ast.add(Node(kind: .starred, op: ExprContext.load.rawValue, span: span(from: start),
                                         a: value.raw)))
            } else if accept(.doubleStar) {
                guard let value = try expression() else { return nil }
                sawDoubleStar = true
                keywords.append(ast.add(Node(kind: .keyword, span: span(from: start), a: -1, b: value.raw)))
            } else if check(.name) && peek(1) == .equal {
                let name = internName(current)
                pos += 2
                guard let value = try expression() else { return nil }
                sawKeyword = true
                keywords.append(ast.add(Node(kind: .keyword, span: span(from: start), a: name, b: value.raw)))
            } else {
                if check(.kwTrue) || check(.kwFalse) || check(.kwNone), peek(1) == .equal {
                    throw fail("cannot assign to \(text(of: current))", at: current)
                }
                guard let e = try namedExpression(inArguments: true) else {
                    // CPython's check reads the arguments it can, then reports.
                    if let misplaced { throw ParseFailure(error: errorAtLastToken(misplaced, tokens[farthest])) }
                    return nil
                }
                if check(.equal) && kindOf(e) != .namedExpr {
                    let eq = current
                    throw fail("expression cannot contain assignment, perhaps you meant \"==\"?",
                               from: spanOf(e), to: SourceSpan(lineno: eq.line, colOffset: eq.col,
                                                              endLineno: eq.endLine, endColOffset: eq.endCol))
                }
                if startsComprehension() {
                    let genStart = spanOf(e)
                    guard let generators = try comprehensionClauses() else { return nil }
                    if let open, args.isEmpty, keywords.isEmpty, check(.rpar) {
                        let close = current
                        let gen = ast.add(Node(kind: .generatorExp,
                                               span: SourceSpan(lineno: open.line, colOffset: open.col,
                                                                endLineno: close.endLine, endColOffset: close.endCol),
                                               a: e.raw, b: generators.raw))
                        return (ast.list([gen]), .empty)
                    }
                    let gen = ast.add(Node(kind: .generatorExp, span: span(from: genStart, to: span(from: start)),
                                           a: e.raw, b: generators.raw))
                    throw fail("Generator expression must be parenthesized", node: gen)
                }
                // CPython reports these in its second pass once all the arguments are
                // read, at the last token it read.
                if (sawDoubleStar || sawKeyword) && !invalidPass { return nil }
                if misplaced == nil && (sawDoubleStar || sawKeyword) {
                    misplaced = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                              : "positional argument follows keyword argument"
                }
                args.append(e)
            }
            if !accept(.comma) { break }
        }
        if let misplaced {
            throw ParseFailure(error: errorAtLastToken(misplaced, tokens[farthest]))
        }
        return (ast.list(args), ast.list(keywords))
    }

    /// Parameters of a `def` (closing ')') or a `lambda` (closing ':').
    mutating func parameters(lambda: Bool, closing: TokenKind) throws -> NodeID? {
        var posOnly: [NodeID] = []
        var regular: [NodeID] = []
        var defaults: [NodeID] = []
        var varArg = NodeID.none
        var kwOnly: [NodeID] = []
        var kwDefaults: [Int32] = []
        var kwArg = NodeID.none
        var sawStar = false
        var sawSlash = false
        while !check(closing) {
            let t = current
            if accept(.slash) {
                if sawSlash { throw fail("/ may appear only once", at: t) }
                if sawStar { throw fail("/ must be ahead of *", at: t) }
                if regular.isEmpty { return nil }
                sawSlash = true
                posOnly = regular
                regular = []
            } else if accept(.star) {
                if sawStar { throw fail("* argument may appear only once", at: t) }
                sawStar = true
                if check(.comma) || check(closing) {
                    // Bare `*`: keyword-only parameters must follow. A def reports the `*`,
                    // a lambda the last token read.
                    if check(closing) || peek(1) == closing || peek(1) == .doubleStar {
                        if lambda {
                            throw ParseFailure(error: errorAtLastToken("named arguments must follow bare *",
                                                                       tokens[farthest]))
                        }
                        throw fail("named arguments must follow bare *", at: t)
                    }
                } else {
                    guard let a = try parameter(lambda: lambda, allowStarAnnotation: true) else { return nil }
                    if check(.equal) {
                        throw fail("var-positional argument cannot have default value", at: current)
                    }
                    varArg = a
                }
            } else if accept(.doubleStar) {
                guard let a = try parameter(lambda: lambda, allowStarAnnotation: false) else { return nil }
                if check(.equal) {
                    throw fail("var-keyword argument cannot have default value", at: current)
                }
                kwArg = a
                _ = accept(.comma)
                if !check(closing) {
                    throw fail("arguments cannot follow var-keyword argument", at: current)
                }
                break
            } else {
                if !lambda && check(.lpar) {
                    if invalidPass { try parenthesizedParameter() }
                    return nil
                }
                guard let a = try parameter(lambda: lambda, allowStarAnnotation: false) else { return nil }
                var defaultValue = NodeID.none
                if check(.equal) {
                    let eq = current
                    pos += 1
                    if check(.comma) || check(closing) {
                        throw fail("expected default value expression", at: eq)
                    }
                    guard let d = try expression() else { return nil }
                    defaultValue = d
                }
                if sawStar {
                    kwOnly.append(a)
                    kwDefaults.append(defaultValue.raw)
                } else {
                    if defaultValue.isNone {
                        if !defaults.isEmpty {
                            guard invalidPass else { return nil }
                            throw fail("non-default argument follows default argument", node: a)
                        }
                    } else {
                        defaults.append(defaultValue)
                    }
                    regular.append(a)
                }
            }
            if !accept(.comma) { break }
        }
        let kwDefaultsList = ast.list(kwDefaults)
        let defaultsList = ast.list(defaults)
        let extra = Int32(ast.extra.count)
        ast.extra.append(kwDefaultsList.raw)
        ast.extra.append(kwArg.raw)
        ast.extra.append(defaultsList.raw)
        return ast.add(Node(kind: .arguments, span: .zero, a: ast.list(posOnly).raw, b: ast.list(regular).raw,
                            c: varArg.raw, d: ast.list(kwOnly).raw, e: extra))
    }

    /// `def f((a, b)):` — CPython names the mistake, from the '(' to the ')', when the
    /// parentheses hold plain parameters.
    mutating func parenthesizedParameter() throws {
        let open = current
        let mark = pos
        defer { pos = mark }
        pos += 1
        repeat {
            if check(.rpar) && pos > mark + 2 { break }
            guard accept(.name) else { return }
            if accept(.colon) {
                guard (try expression()) != nil else { return }
            }
        } while accept(.comma)
        guard check(.rpar) else { return }
        let close = current
        throw ParseFailure(error: error("Function parameters cannot be parenthesized", line: open.line,
                                        col: open.col, endLine: close.endLine, endCol: close.endCol))
    }

    /// param: NAME [':' expression] (with `*Ts` allowed as the annotation of `*args`).
    mutating func parameter(lambda: Bool, allowStarAnnotation: Bool) throws -> NodeID? {
        guard check(.name) else { return nil }
        let start = current
        let name = internName(current)
        pos += 1
        var annotation = NodeID.none
        if !lambda && accept(.colon) {
            if allowStarAnnotation && check(.star) {
                guard let a = try starExpression() else { return nil }
                annotation = a
            } else {
                guard let a = try expression() else { return nil }
                annotation = a
            }
        }
        return ast.add(Node(kind: .arg, span: span(from: start), a: name, b: annotation.raw))
    }
}
