extension Parser {
    /// expressions: expression (',' expression)* [','] — a Tuple when there is a comma.
    mutating func expressions() throws -> NodeID? {
        let start = current
        guard let first = try expression() else { return nil }
        guard check(.comma) else { return first }
        var elts = [first]
        while accept(.comma) {
            if !startsExpression(peek()) { break }
            guard let e = try expression() else { return nil }
            elts.append(e)
        }
        return ast.add(Node(kind: .tuple, op: ExprContext.load.rawValue, span: span(from: start),
                            a: ast.list(elts).raw))
    }

    /// star_expressions: star_expression (',' star_expression)* [',']
    mutating func starExpressions() throws -> NodeID? {
        let start = current
        guard let first = try starExpression() else { return nil }
        guard check(.comma) else { return first }
        var elts = [first]
        while accept(.comma) {
            if !startsExpression(peek()) { break }
            guard let e = try starExpression() else { return nil }
            elts.append(e)
        }
        return ast.add(Node(kind: .tuple, op: ExprContext.load.rawValue, span: span(from: start),
                            a: ast.list(elts).raw))
    }

    /// Tokens that can begin an expression (used after a comma to allow a trailing one).
    func startsExpression(_ k: TokenKind) -> Bool {
        switch k {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .star,
             .ellipsis, .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse, .doubleStar:
            return true
        default:
            return false
        }
    }

    /// star_expression: '*' bitwise_or | expression
    mutating func starExpression() throws -> NodeID? {
        if check(.star) {
            let start = current
            pos += 1
            guard let value = try bitwiseOr() else { return nil }
            return ast.add(Node(kind: .starred, op: ExprContext.load.rawValue, span: span(from: start),
                                a: value.raw))
        }
        return try expression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    mutating func starNamedExpression() throws -> NodeID? {
        if check(.star) {
            let start = current
            pos += 1
            guard let value = try bitwiseOr() else { return nil }
            return ast.add(Node(kind: .starred, op: ExprContext.load.rawValue, span: span(from: start),
                                a: value.raw))
        }
        return try namedExpression()
    }

    /// named_expression: NAME ':=' expression | expression !':='
    /// `inArguments`: a call argument, where CPython's grammar has no named_expression
    /// and so none of its error checks.
    mutating func namedExpression(inArguments: Bool = false) throws -> NodeID? {
        if invalidPass && !inArguments { try invalidNamedExpression() }
        if check(.name) && peek(1) == .colonEqual {
            let start = current
            let target = nameNode(current, ctx: .store)
            pos += 2
            guard let value = try expression() else { return nil }
            return ast.add(Node(kind: .namedExpr, span: span(from: start), a: target.raw, b: value.raw))
        }
        guard let e = try expression() else { return nil }
        if check(.colonEqual) && invalidPass && !inArguments {
            throw fail("cannot use assignment expressions with \(expressionName(e))", node: e)
        }
        return e
    }

    /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    mutating func expression() throws -> NodeID? {
        if secondPass { return try memoized(.expression) { try $0.expressionRule() } }
        return try expressionRule()
    }

    mutating func expressionRule() throws -> NodeID? {
        try enter()
        defer { leave() }
        if invalidPass { try invalidExpression() }
        if check(.kwLambda) { return try lambda() }
        let start = current
        guard let body = try disjunction() else { return nil }
        guard check(.kwIf) else { return body }
        let mark = pos
        pos += 1
        guard let test = try disjunction() else { pos = mark; return body }
        guard accept(.kwElse) else {
            // The second pass reports "expected 'else'" (invalid_expression) when it applies.
            pos = mark
            return body
        }
        guard let orelse = try expression() else { return nil }
        return ast.add(Node(kind: .ifExp, span: span(from: start), a: test.raw, b: body.raw, c: orelse.raw))
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    mutating func yieldExpression() throws -> NodeID? {
        let start = current
        guard accept(.kwYield) else { return nil }
        if accept(.kwFrom) {
            guard let e = try expression() else { return nil }
            return ast.add(Node(kind: .yieldFrom, span: span(from: start), a: e.raw))
        }
        var value = NodeID.none
        if startsExpression(peek()) {
            guard let v = try starExpressions() else { return nil }
            value = v
        }
        return ast.add(Node(kind: .yield, span: span(from: start), a: value.raw))
    }

    mutating func disjunction() throws -> NodeID? {
        if secondPass { return try memoized(.disjunction) { try $0.disjunctionRule() } }
        return try disjunctionRule()
    }

    mutating func disjunctionRule() throws -> NodeID? {
        let start = current
        guard let first = try conjunction() else { return nil }
        guard check(.kwOr) else { return first }
        var values = [first]
        while accept(.kwOr) {
            guard let v = try conjunction() else { return nil }
            values.append(v)
        }
        return ast.add(Node(kind: .boolOp, op: BoolOperator.or.rawValue, span: span(from: start),
                            a: ast.list(values).raw))
    }

    mutating func conjunction() throws -> NodeID? {
        let start = current
        guard let first = try inversion() else { return nil }
        guard check(.kwAnd) else { return first }
        var values = [first]
        while accept(.kwAnd) {
            guard let v = try inversion() else { return nil }
            values.append(v)
        }
        return ast.add(Node(kind: .boolOp, op: BoolOperator.and.rawValue, span: span(from: start),
                            a: ast.list(values).raw))
    }

    mutating func inversion() throws -> NodeID? {
        if check(.kwNot) {
            let start = current
            pos += 1
            try enter()
            defer { leave() }
            guard let operand = try inversion() else { return nil }
            return ast.add(Node(kind: .unaryOp, op: UnaryOperator.not.rawValue, span: span(from: start),
                                a: operand.raw))
        }
        return try comparison()
    }

    mutating func comparisonOperator() -> CompareOperator? {
        switch peek() {
        case .eqEqual: pos += 1; return .eq
        case .notEqual:
            // `<>` is only accepted under `from __future__ import barry_as_FLUFL`.
            if src[Int(current.start)] == UInt8(ascii: "<") { return nil }
            pos += 1
            return .notEq
        case .lessEqual: pos += 1; return .ltE
        case .less: pos += 1; return .lt
        case .greaterEqual: pos += 1; return .gtE
        case .greater: pos += 1; return .gt
        case .kwIn: pos += 1; return .in_
        case .kwNot:
            if peek(1) == .kwIn { pos += 2; return .notIn }
            return nil
        case .kwIs:
            if peek(1) == .kwNot { pos += 2; return .isNot }
            pos += 1
            return .is_
        default: return nil
        }
    }

    mutating func comparison() throws -> NodeID? {
        let start = current
        guard let left = try bitwiseOr() else { return nil }
        var ops: [Int32] = []
        var comparators: [NodeID] = []
        while let op = comparisonOperator() {
            guard let right = try bitwiseOr() else { return nil }
            ops.append(Int32(op.rawValue))
            comparators.append(right)
        }
        if ops.isEmpty { return left }
        return ast.add(Node(kind: .compare, span: span(from: start), a: left.raw, b: ast.list(ops).raw,
                            c: ast.list(comparators).raw))
    }

    /// A BinOp spans from the first token of its left operand to the last token consumed,
    /// so parentheses around either operand are inside it, as in CPython.
    @inline(__always)
    mutating func binary(_ start: Token, _ left: NodeID, _ op: BinaryOperator, _ right: NodeID) -> NodeID {
        ast.add(Node(kind: .binOp, op: op.rawValue, span: span(from: start), a: left.raw, b: right.raw))
    }

    mutating func bitwiseOr() throws -> NodeID? {
        if secondPass { return try memoized(.bitwiseOr) { try $0.bitwiseOrRule() } }
        return try bitwiseOrRule()
    }

    mutating func bitwiseOrRule() throws -> NodeID? {
        let start = current
        guard var left = try bitwiseXor() else { return nil }
        while accept(.vbar) {
            guard let right = try bitwiseXor() else { return nil }
            left = binary(start, left, .bitOr, right)
        }
        return left
    }

    mutating func bitwiseXor() throws -> NodeID? {
        let start = current
        guard var left = try bitwiseAnd() else { return nil }
        while accept(.circumflex) {
            guard let right = try bitwiseAnd() else { return nil }
            left = binary(start, left, .bitXor, right)
        }
        return left
    }

    mutating func bitwiseAnd() throws -> NodeID? {
        let start = current
        guard var left = try shiftExpression() else { return nil }
        while accept(.amper) {
            guard let right = try shiftExpression() else { return nil }
            left = binary(start, left, .bitAnd, right)
        }
        return left
    }

    mutating func shiftExpression() throws -> NodeID? {
        let start = current
        guard var left = try sum() else { return nil }
        while true {
            let op: BinaryOperator
            switch peek() {
            case .leftShift: op = .lShift
            case .rightShift: op = .rShift
            default: return left
            }
            pos += 1
            guard let right = try sum() else { return nil }
            left = binary(start, left, op, right)
        }
    }

    mutating func sum() throws -> NodeID? {
        let start = current
        guard var left = try term() else { return nil }
        while true {
            let op: BinaryOperator
            switch peek() {
            case .plus: op = .add
            case .minus: op = .sub
            default: return left
            }
            pos += 1
            guard let right = try term() else { return nil }
            left = binary(start, left, op, right)
        }
    }

    mutating func term() throws -> NodeID? {
        let start = current
        guard var left = try factor() else { return nil }
        while true {
            let op: BinaryOperator
            switch peek() {
            case .star: op = .mult
            case .slash: op = .div
            case .doubleSlash: op = .floorDiv
            case .percent: op = .mod
            case .at: op = .matMult
            default: return left
            }
            pos += 1
            guard let right = try factor() else { return nil }
            left = binary(start, left, op, right)
        }
    }

    mutating func factor() throws -> NodeID? {
        let op: UnaryOperator
        switch peek() {
        case .plus: op = .uAdd
        case .minus: op = .uSub
        case .tilde: op = .invert
        default: return try power()
        }
        let start = current
        pos += 1
        try enter()
        defer { leave() }
        guard let operand = try factor() else { return nil }
        return ast.add(Node(kind: .unaryOp, op: op.rawValue, span: span(from: start), a: operand.raw))
    }

    /// power: await_primary '**' factor | await_primary
    mutating func power() throws -> NodeID? {
        let start = current
        guard let base = try awaitPrimary() else { return nil }
        guard accept(.doubleStar) else { return base }
        try enter()
        defer { leave() }
        guard let exponent = try factor() else { return nil }
        return binary(start, base, .pow, exponent)
    }

    mutating func awaitPrimary() throws -> NodeID? {
        if check(.kwAwait) {
            let start = current
            pos += 1
            guard let value = try primary() else { return nil }
            return ast.add(Node(kind: .await, span: span(from: start), a: value.raw))
        }
        return try primary()
    }

    /// primary: atom followed by attribute access, calls and subscripts.
    mutating func primary() throws -> NodeID? {
        let start = current
        guard var node = try atom() else { return nil }
        while true {
            switch peek() {
            case .dot:
                guard peek(1) == .name else { return node }
                pos += 1
                let attr = internName(current)
                pos += 1
                node = ast.add(Node(kind: .attribute, op: ExprContext.load.rawValue, span: span(from: start),
                                    a: node.raw, b: attr))
            // A trailer that does not parse leaves the primary before it, as in CPython's
            // PEG grammar (which matters for the errors reported afterwards).
            case .lpar:
                let mark = pos
                guard let c = try call(node, start: start) else { pos = mark; return node }
                node = c
            case .lsqb:
                let mark = pos
                pos += 1
                guard let slice = try slices(), accept(.rsqb) else { pos = mark; return node }
                node = ast.add(Node(kind: .subscript, op: ExprContext.load.rawValue, span: span(from: start),
                                    a: node.raw, b: slice.raw))
            default:
                return node
            }
        }
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
    mutating func slices() throws -> NodeID? {
        let start = current
        guard let first = try sliceOrStarred() else { return nil }
        // A lone starred item is not a `slice`, so it still makes a tuple.
        guard check(.comma) || kindOf(first) == .starred else { return first }
        var elts = [first]
        while accept(.comma) {
            if check(.rsqb) { break }
            guard let e = try sliceOrStarred() else { return nil }
            elts.append(e)
        }
        return ast.add(Node(kind: .tuple, op: ExprContext.load.rawValue, span: span(from: start),
                            a: ast.list(elts).raw))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression
    mutating func sliceOrStarred() throws -> NodeID? {
        if check(.star) { return try starExpression() }
        let start = current
        var lower = NodeID.none
        if !check(.colon) {
            guard let e = try namedExpression() else { return nil }
            if !check(.colon) { return e }
            lower = e
        }
        pos += 1
        var upper = NodeID.none, step = NodeID.none
        if startsExpression(peek()) {
            guard let u = try expression() else { return nil }
            upper = u
        }
        if accept(.colon) {
            if startsExpression(peek()) {
                guard let s = try expression() else { return nil }
                step = s
            }
        }
        return ast.add(Node(kind: .slice, span: span(from: start), a: lower.raw, b: upper.raw, c: step.raw))
    }

    /// lambdef: 'lambda' [lambda_params] ':' expression
    mutating func lambda() throws -> NodeID? {
        let start = current
        pos += 1
        guard let args = try parameters(lambda: true, closing: .colon), accept(.colon) else { return nil }
        guard let body = try expression() else { return nil }
        return ast.add(Node(kind: .lambda, span: span(from: start), a: args.raw, b: body.raw))
    }
}
