extension Parser {
    /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT.
    /// `match` is a soft keyword: when the shape does not fit, the statement is re-read
    /// as an ordinary one.
    mutating func matchStatement() throws -> NodeID? {
        let mark = pos
        let result = try matchStatementBody()
        if result == nil { pos = mark }
        return result
    }

    mutating func matchStatementBody() throws -> NodeID? {
        let start = current
        let mark = pos
        pos += 1
        let subject: NodeID
        do {
            guard let s = try subjectExpression() else { return nil }
            if invalidPass && !check(.colon) {
                throw ParseFailure(error: errorAtLastToken("expected ':'", tokens[farthest]))
            }
            guard accept(.colon), check(.newline) else { return nil }
            subject = s
        } catch let failure as ParseFailure where invalidPass {
            throw failure
        } catch {
            pos = mark
            return nil
        }
        pos += 1
        guard accept(.indent) else {
            throw ParseFailure(error: errorAtLastToken("expected an indented block after 'match' statement on line \(start.line)",
                                                       kind: .indentationError, current))
        }
        var cases: [NodeID] = []
        repeat {
            guard checkSoft("case"), let c = try caseBlock() else { return nil }
            cases.append(c)
        } while !accept(.dedent)
        return ast.add(Node(kind: .match, span: span(from: start), a: subject.raw, b: ast.list(cases).raw))
    }

    /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    mutating func subjectExpression() throws -> NodeID? {
        let start = current
        guard let first = try starNamedExpression() else { return nil }
        if !check(.comma) {
            return kindOf(first) == .starred ? nil : first
        }
        var elts = [first]
        while accept(.comma) {
            if check(.colon) { break }
            guard let e = try starNamedExpression() else { return nil }
            elts.append(e)
        }
        return ast.add(Node(kind: .tuple, op: ExprContext.load.rawValue, span: span(from: start),
                            a: ast.list(elts).raw))
    }

    /// case_block: "case" patterns guard? ':' block
    mutating func caseBlock() throws -> NodeID? {
        let caseToken = current
        pos += 1
        guard let pattern = try patterns() else { return nil }
        var guardExpr = NodeID.none
        if accept(.kwIf) {
            guard let g = try namedExpression() else { return nil }
            guardExpr = g
        }
        guard try expectColon() else { return nil }
        guard let body = try block(after: "'case' statement", line: caseToken.line) else { return nil }
        return ast.add(Node(kind: .matchCase, span: .zero, a: pattern.raw, b: guardExpr.raw, c: body.raw))
    }

    /// patterns: open_sequence_pattern | pattern
    mutating func patterns() throws -> NodeID? {
        let start = current
        guard let first = try maybeStarPattern() else { return nil }
        guard check(.comma) else {
            return kindOf(first) == .matchStar
                ? ast.add(Node(kind: .matchSequence, span: span(from: start), a: ast.list([first]).raw))
                : first
        }
        var items = [first]
        while accept(.comma) {
            if check(.colon) || check(.kwIf) { break }
            guard let p = try maybeStarPattern() else { return nil }
            items.append(p)
        }
        return ast.add(Node(kind: .matchSequence, span: span(from: start), a: ast.list(items).raw))
    }

    mutating func maybeStarPattern() throws -> NodeID? {
        if check(.star) {
            let start = current
            pos += 1
            guard check(.name) else { return nil }
            let name: Int32 = checkSoft("_") ? -1 : internName(current)
            pos += 1
            return ast.add(Node(kind: .matchStar, span: span(from: start), a: name))
        }
        return try pattern()
    }

    /// pattern: or_pattern ['as' NAME]
    mutating func pattern() throws -> NodeID? {
        try enter()
        defer { leave() }
        let start = current
        guard let p = try orPattern() else { return nil }
        guard accept(.kwAs) else { return p }
        guard check(.name) else {
            if let target = try expression() {
                throw fail("invalid pattern target", node: target)
            }
            return nil
        }
        if checkSoft("_") { throw fail("cannot use '_' as a target", at: current) }
        let name = internName(current)
        pos += 1
        return ast.add(Node(kind: .matchAs, span: span(from: start), a: p.raw, b: name))
    }

    mutating func orPattern() throws -> NodeID? {
        let start = current
        guard let first = try closedPattern() else { return nil }
        guard check(.vbar) else { return first }
        var items = [first]
        while accept(.vbar) {
            guard let p = try closedPattern() else { return nil }
            items.append(p)
        }
        return ast.add(Node(kind: .matchOr, span: span(from: start), a: ast.list(items).raw))
    }

    mutating func closedPattern() throws -> NodeID? {
        let start = current
        switch peek() {
        case .number, .minus:
            guard let v = try signedNumberOrComplex() else { return nil }
            return ast.add(Node(kind: .matchValue, span: spanOf(v), a: v.raw))
        case .string:
            guard let v = try strings() else { return nil }
            return ast.add(Node(kind: .matchValue, span: spanOf(v), a: v.raw))
        case .kwNone, .kwTrue, .kwFalse:
            let value: ConstantValue = peek() == .kwNone ? .none : .bool(peek() == .kwTrue)
            pos += 1
            return ast.add(Node(kind: .matchSingleton, span: span(from: start), a: ast.addConstant(value)))
        case .lpar:
            pos += 1
            if accept(.rpar) {
                return ast.add(Node(kind: .matchSequence, span: span(from: start), a: ListID.empty.raw))
            }
            guard let first = try maybeStarPattern() else { return nil }
            if accept(.rpar) {
                if kindOf(first) == .matchStar {
                    return ast.add(Node(kind: .matchSequence, span: span(from: start), a: ast.list([first]).raw))
                }
                return first
            }
            var items = [first]
            guard check(.comma) else { return nil }
            while accept(.comma) {
                if check(.rpar) { break }
                guard let p = try maybeStarPattern() else { return nil }
                items.append(p)
            }
            guard accept(.rpar) else { return nil }
            return ast.add(Node(kind: .matchSequence, span: span(from: start), a: ast.list(items).raw))
        case .lsqb:
            pos += 1
            var items: [NodeID] = []
            while !check(.rsqb) {
                guard let p = try maybeStarPattern() else { return nil }
                items.append(p)
                if !accept(.comma) { break }
            }
            guard accept(.rsqb) else { return nil }
            return ast.add(Node(kind: .matchSequence, span: span(from: start), a: ast.list(items).raw))
        case .lbrace:
            return try mappingPattern()
        case .name:
            if peek(1) != .dot && peek(1) != .lpar {
                pos += 1
                if start.end - start.start == 1 && src[Int(start.start)] == UInt8(ascii: "_") {
                    return ast.add(Node(kind: .matchAs, span: span(from: start)))
                }
                return ast.add(Node(kind: .matchAs, span: span(from: start), b: internName(start)))
            }
            guard let target = nameOrAttribute() else { return nil }
            if check(.lpar) { return try classPattern(cls: target, start: start) }
            return ast.add(Node(kind: .matchValue, span: spanOf(target), a: target.raw))
        default:
            return nil
        }
    }

    /// NAME ('.' NAME)* as a Name or Attribute load.
    mutating func nameOrAttribute() -> NodeID? {
        let start = current
        guard check(.name) else { return nil }
        var node = nameNode(current, ctx: .load)
        pos += 1
        while check(.dot) && peek(1) == .name {
            pos += 1
            let attr = internName(current)
            pos += 1
            node = ast.add(Node(kind: .attribute, op: ExprContext.load.rawValue, span: span(from: start),
                                a: node.raw, b: attr))
        }
        return node
    }

    /// signed_number ['+'|'-' imaginary_number]
    mutating func signedNumberOrComplex() throws -> NodeID? {
        let start = current
        var value: NodeID
        if accept(.minus) {
            guard check(.number) else { return nil }
            let n = try numberConstant(current)
            pos += 1
            value = ast.add(Node(kind: .unaryOp, op: UnaryOperator.uSub.rawValue, span: span(from: start), a: n.raw))
        } else {
            guard check(.number) else { return nil }
            value = try numberConstant(current)
            pos += 1
        }
        if check(.plus) || check(.minus) {
            let real = ast[value].kind == .unaryOp ? NodeID(ast[value].a) : value
            if case .imaginary = ast.constants[Int(ast[real].a)] {
                throw fail("real number required in complex literal", node: real)
            }
            let op: BinaryOperator = check(.plus) ? .add : .sub
            pos += 1
            guard check(.number) else { return nil }
            let imag = try numberConstant(current)
            pos += 1
            guard case .imaginary = ast.constants[Int(ast[imag].a)] else {
                throw fail("imaginary number required in complex literal", node: imag)
            }
            value = ast.add(Node(kind: .binOp, op: op.rawValue, span: span(from: start), a: value.raw, b: imag.raw))
        }
        return value
    }

    /// '{' key: pattern, ..., **rest '}'
    mutating func mappingPattern() throws -> NodeID? {
        let start = current
        pos += 1
        var keys: [NodeID] = []
        var patterns: [NodeID] = []
        var rest: Int32 = -1
        while !check(.rbrace) {
            if accept(.doubleStar) {
                guard check(.name) else { return nil }
                rest = internName(current)
                pos += 1
                _ = accept(.comma)
                break
            }
            let key: NodeID
            switch peek() {
            case .number, .minus:
                guard let k = try signedNumberOrComplex() else { return nil }
                key = k
            case .string:
                guard let k = try strings() else { return nil }
                key = k
            case .kwNone, .kwTrue, .kwFalse:
                let t = current
                let value: ConstantValue = peek() == .kwNone ? .none : .bool(peek() == .kwTrue)
                pos += 1
                key = constantNode(value, span: span(from: t))
            case .name:
                guard let k = nameOrAttribute(), kindOf(k) == .attribute else { return nil }
                key = k
            default:
                return nil
            }
            guard accept(.colon), let p = try pattern() else { return nil }
            keys.append(key)
            patterns.append(p)
            if !accept(.comma) { break }
        }
        guard accept(.rbrace) else { return nil }
        return ast.add(Node(kind: .matchMapping, span: span(from: start), a: ast.list(keys).raw,
                            b: ast.list(patterns).raw, c: rest))
    }

    /// name_or_attr '(' [patterns] [keyword patterns] ')'
    mutating func classPattern(cls: NodeID, start: Token) throws -> NodeID? {
        pos += 1
        var patterns: [NodeID] = []
        var kwdAttrs: [Int32] = []
        var kwdPatterns: [NodeID] = []
        while !check(.rpar) {
            if check(.name) && peek(1) == .equal {
                kwdAttrs.append(internName(current))
                pos += 2
                guard let p = try pattern() else { return nil }
                kwdPatterns.append(p)
            } else {
                guard let p = try pattern() else { return nil }
                if !kwdAttrs.isEmpty {
                    throw fail("positional patterns follow keyword patterns", node: p)
                }
                patterns.append(p)
            }
            if !accept(.comma) { break }
        }
        guard accept(.rpar) else { return nil }
        return ast.add(Node(kind: .matchClass, span: span(from: start), a: cls.raw, b: ast.list(patterns).raw,
                            c: ast.list(kwdAttrs).raw, d: ast.list(kwdPatterns).raw))
    }
}
