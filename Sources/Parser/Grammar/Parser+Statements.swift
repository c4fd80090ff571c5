extension Parser {
    // MARK: - Start rules

    /// file: [statements] ENDMARKER
    mutating func fileRule() throws -> NodeID? {
        var body: [NodeID] = []
        while !check(.endMarker) {
            guard try statement(into: &body) else { return nil }
        }
        let list = ast.list(body)
        return ast.add(Node(kind: .module, span: .zero, a: list.raw, b: ListID.empty.raw))
    }

    /// eval: expressions NEWLINE* ENDMARKER
    mutating func evalRule() throws -> NodeID? {
        guard let e = try expressions() else { return nil }
        while accept(.newline) {}
        guard check(.endMarker) else { return nil }
        return ast.add(Node(kind: .expression, span: .zero, a: e.raw))
    }

    /// interactive: statement_newline
    mutating func interactiveRule() throws -> NodeID? {
        var body: [NodeID] = []
        if accept(.newline) {
            return ast.add(Node(kind: .interactive, span: .zero, a: ListID.empty.raw))
        }
        guard try statement(into: &body) else { return nil }
        while accept(.newline) {}
        guard check(.endMarker) else { return nil }
        return ast.add(Node(kind: .interactive, span: .zero, a: ast.list(body).raw))
    }

    /// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    mutating func funcTypeRule() throws -> NodeID? {
        guard accept(.lpar) else { return nil }
        var args: [NodeID] = []
        if !check(.rpar) {
            repeat {
                if check(.rpar) { break }
                if accept(.star) || accept(.doubleStar) {
                    guard let e = try expression() else { return nil }
                    args.append(e)
                } else {
                    guard let e = try expression() else { return nil }
                    args.append(e)
                }
            } while accept(.comma)
        }
        guard accept(.rpar), accept(.rarrow), let returns = try expression() else { return nil }
        while accept(.newline) {}
        guard check(.endMarker) else { return nil }
        return ast.add(Node(kind: .functionType, span: .zero, a: ast.list(args).raw, b: returns.raw))
    }

    // MARK: - Statements

    /// statement: compound_stmt | simple_stmts. Appends to `body`; false if nothing matched.
    mutating func statement(into body: inout [NodeID]) throws -> Bool {
        try enter()
        defer { leave() }
        switch peek() {
        case .kwDef, .at: if let s = try functionDef() { body.append(s); return true }; return false
        case .kwIf: if let s = try ifStatement() { body.append(s); return true }; return false
        case .kwClass: if let s = try classDef(decorators: [], start: current) { body.append(s); return true }; return false
        case .kwWith: if let s = try withStatement(start: current, isAsync: false) { body.append(s); return true }; return false
        case .kwFor: if let s = try forStatement(start: current, isAsync: false) { body.append(s); return true }; return false
        case .kwTry: if let s = try tryStatement() { body.append(s); return true }; return false
        case .kwWhile: if let s = try whileStatement() { body.append(s); return true }; return false
        case .kwAsync:
            let start = current
            switch peek(1) {
            case .kwDef:
                if let s = try functionDef() { body.append(s); return true }
                return false
            case .kwWith:
                pos += 1
                if let s = try withStatement(start: start, isAsync: true) { body.append(s); return true }
                return false
            case .kwFor:
                pos += 1
                if let s = try forStatement(start: start, isAsync: true) { body.append(s); return true }
                return false
            default:
                return try simpleStatements(into: &body)
            }
        case .name:
            if checkSoft("match"), let s = try matchStatement() {
                body.append(s)
                return true
            }
            return try simpleStatements(into: &body)
        default:
            return try simpleStatements(into: &body)
        }
    }

    /// simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
    mutating func simpleStatements(into body: inout [NodeID]) throws -> Bool {
        while true {
            guard let s = try simpleStatement() else { return false }
            body.append(s)
            if accept(.semi) {
                if accept(.newline) { return true }
                continue
            }
            return accept(.newline)
        }
    }

    /// block: NEWLINE INDENT statements DEDENT | simple_stmts. `owner` names the
    /// statement for CPython's "expected an indented block after …" message.
    mutating func block(after owner: String, line: Int32) throws -> ListID? {
        var body: [NodeID] = []
        if accept(.newline) {
            guard accept(.indent) else {
                throw ParseFailure(error: errorAtLastToken("expected an indented block after \(owner) on line \(line)",
                                                           kind: .indentationError, current))
            }
            repeat {
                guard try statement(into: &body) else { return nil }
            } while !accept(.dedent)
        } else {
            guard try simpleStatements(into: &body) else { return nil }
        }
        return ast.list(body)
    }

    mutating func simpleStatement() throws -> NodeID? {
        let start = current
        switch peek() {
        case .kwReturn:
            pos += 1
            var value = NodeID.none
            if !atStatementEnd() {
                guard let v = try starExpressions() else { return nil }
                value = v
            }
            return ast.add(Node(kind: .return_, span: span(from: start), a: value.raw))
        case .kwImport: return try importName()
        case .kwFrom: return try importFrom()
        case .kwRaise:
            pos += 1
            var exc = NodeID.none, cause = NodeID.none
            if !atStatementEnd() {
                guard let e = try expression() else { return nil }
                exc = e
                if accept(.kwFrom) {
                    guard let c = try expression() else { return nil }
                    cause = c
                }
            }
            return ast.add(Node(kind: .raise, span: span(from: start), a: exc.raw, b: cause.raw))
        case .kwPass:
            pos += 1
            return ast.add(Node(kind: .pass, span: span(from: start)))
        case .kwBreak:
            pos += 1
            return ast.add(Node(kind: .break_, span: span(from: start)))
        case .kwContinue:
            pos += 1
            return ast.add(Node(kind: .continue_, span: span(from: start)))
        case .kwDel: return try delStatement()
        case .kwAssert:
            pos += 1
            guard let test = try expression() else { return nil }
            var msg = NodeID.none
            if accept(.comma) {
                guard let m = try expression() else { return nil }
                msg = m
            }
            return ast.add(Node(kind: .assert, span: span(from: start), a: test.raw, b: msg.raw))
        case .kwGlobal, .kwNonlocal:
            let kind: NodeKind = peek() == .kwGlobal ? .global : .nonlocal
            pos += 1
            var names: [Int32] = []
            repeat {
                guard check(.name) else { return nil }
                names.append(internName(current))
                pos += 1
            } while accept(.comma)
            return ast.add(Node(kind: kind, span: span(from: start), a: ast.list(names).raw))
        default:
            return try assignmentOrExpression()
        }
    }

    mutating func atStatementEnd() -> Bool {
        let k = peek()
        return k == .newline || k == .semi || k == .endMarker
    }

    /// assignment | star_expressions, decided after parsing the first expression.
    mutating func assignmentOrExpression() throws -> NodeID? {
        let start = current
        let startIndex = pos
        // NAME ':' expression ['=' annotated_rhs]
        if check(.name) && peek(1) == .colon {
            let target = nameNode(current, ctx: .store)
            pos += 2
            return try annotatedAssignment(start: start, target: target, simple: true)
        }
        guard let first = try yieldOrStarExpressions() else { return nil }
        switch peek() {
        case .colon:
            pos += 1
            if !isAnnotationTarget(first) {
                // CPython names the mistake in its second pass, when an annotation follows.
                guard invalidPass, (try expression()) != nil else { return nil }
                try checkAnnotationTarget(first, parenthesized: start.kind == .lpar)
            }
            try setContext(first, .store)
            let simple = kindOf(first) == .name && start.kind != .lpar
            return try annotatedAssignment(start: start, target: first, simple: simple)
        case .equal:
            var targets: [NodeID] = [first]
            var value = first
            while accept(.equal) {
                guard let e = try yieldOrStarExpressions() else {
                    // `a, 1 = <bad>`: CPython still reports the target it cannot assign to.
                    if invalidPass && targets.contains(where: { !isValidTarget($0) }) {
                        try invalidAssignment(startIndex: startIndex, targets: targets)
                    }
                    return nil
                }
                value = e
                targets.append(value)
            }
            targets.removeLast()
            for t in targets where !isValidTarget(t) {
                if invalidPass { try invalidAssignment(startIndex: startIndex, targets: targets) }
                return nil
            }
            for t in targets { try setContext(t, .store) }
            return ast.add(Node(kind: .assign, span: span(from: start), a: ast.list(targets).raw,
                                b: value.raw))
        default:
            if let op = augmentedOperator(peek()) {
                let k = kindOf(first)
                guard k == .name || k == .attribute || k == .subscript else {
                    // CPython's second pass says so once the right-hand side parses.
                    guard invalidPass else { return nil }
                    pos += 1
                    guard (try yieldOrStarExpressions()) != nil else { return nil }
                    throw fail("'\(expressionName(first))' is an illegal expression for augmented assignment",
                               node: first)
                }
                pos += 1
                try setContext(first, .store)
                guard let value = try yieldOrStarExpressions() else { return nil }
                return ast.add(Node(kind: .augAssign, op: op.rawValue, span: span(from: start),
                                    a: first.raw, b: value.raw))
            }
            return ast.add(Node(kind: .expr, span: span(from: start), a: first.raw))
        }
    }

    mutating func annotatedAssignment(start: Token, target: NodeID, simple: Bool) throws -> NodeID? {
        guard let annotation = try expression() else { return nil }
        var value = NodeID.none
        if accept(.equal) {
            guard let v = try yieldOrStarExpressions() else { return nil }
            value = v
        }
        return ast.add(Node(kind: .annAssign, op: simple ? 1 : 0, span: span(from: start),
                            a: target.raw, b: annotation.raw, c: value.raw))
    }

    /// annotated_rhs: yield_expr | star_expressions — every right-hand side of an assignment.
    mutating func yieldOrStarExpressions() throws -> NodeID? {
        check(.kwYield) ? try yieldExpression() : try starExpressions()
    }

    func augmentedOperator(_ k: TokenKind) -> BinaryOperator? {
        switch k {
        case .plusEqual: return .add
        case .minEqual: return .sub
        case .starEqual: return .mult
        case .atEqual: return .matMult
        case .slashEqual: return .div
        case .percentEqual: return .mod
        case .amperEqual: return .bitAnd
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .doubleStarEqual: return .pow
        case .doubleSlashEqual: return .floorDiv
        default: return nil
        }
    }

    /// del_stmt: 'del' del_targets &(';' | NEWLINE)
    mutating func delStatement() throws -> NodeID? {
        let start = current
        pos += 1
        var targets: [NodeID] = []
        repeat {
            if atStatementEnd() { break }
            if check(.star) {
                // Not a del target; CPython's second pass names it when it parses.
                if invalidPass, let e = try starExpressions() { try setDeleteTarget(e) }
                return nil
            }
            guard let t = try bitwiseOr() else { return nil }
            targets.append(t)
        } while accept(.comma)
        guard !targets.isEmpty, atStatementEnd() else { return nil }
        for t in targets { try setDeleteTarget(t) }
        return ast.add(Node(kind: .delete, span: span(from: start), a: ast.list(targets).raw))
    }

    // MARK: - Imports

    /// import_name: 'import' dotted_as_names
    mutating func importName() throws -> NodeID? {
        let start = current
        pos += 1
        var names: [NodeID] = []
        repeat {
            let aliasStart = current
            guard let name = dottedName(), let alias = aliasRest(name: name, start: aliasStart) else { return nil }
            names.append(alias)
        } while accept(.comma)
        return ast.add(Node(kind: .import_, span: span(from: start), a: ast.list(names).raw))
    }

    /// The optional `as NAME` of an import alias, and the alias node.
    mutating func aliasRest(name: Int32, start: Token) -> NodeID? {
        var asName: Int32 = -1
        if accept(.kwAs) {
            guard check(.name) else { return nil }
            asName = internName(current)
            pos += 1
        }
        return ast.add(Node(kind: .alias, span: span(from: start), a: name, b: asName))
    }

    /// dotted_name: NAME ('.' NAME)*, interned as one identifier.
    mutating func dottedName() -> Int32? {
        guard check(.name) else { return nil }
        var parts = text(of: current)
        pos += 1
        while check(.dot) && peek(1) == .name {
            pos += 1
            parts += "." + text(of: current)
            pos += 1
        }
        return ast.intern(normalizeIdentifier(parts))
    }

    /// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    ///            | 'from' ('.' | '...')+ 'import' import_from_targets
    mutating func importFrom() throws -> NodeID? {
        let start = current
        pos += 1
        var level: Int32 = 0
        while true {
            if accept(.dot) { level += 1 } else if accept(.ellipsis) { level += 3 } else { break }
        }
        var module: Int32 = -1
        if check(.name) {
            guard let m = dottedName() else { return nil }
            module = m
        } else if level == 0 {
            return nil
        }
        guard accept(.kwImport) else { return nil }
        var names: [NodeID] = []
        if check(.star) {
            let t = current
            pos += 1
            names.append(ast.add(Node(kind: .alias, span: span(from: t), a: ast.intern("*"))))
        } else {
            let parenthesized = accept(.lpar)
            repeat {
                if parenthesized && check(.rpar) && !names.isEmpty { break }
                if !parenthesized && check(.newline) && !names.isEmpty { break }
                let aliasStart = current
                guard check(.name) else { return nil }
                let name = internName(current)
                pos += 1
                guard let alias = aliasRest(name: name, start: aliasStart) else { return nil }
                names.append(alias)
            } while accept(.comma)
            if parenthesized {
                guard accept(.rpar) else { return nil }
            } else if previous.kind == .comma {
                if check(.newline) {
                    throw ParseFailure(error: errorAtLastToken("trailing comma not allowed without surrounding parentheses",
                                                               current))
                }
                return nil
            }
        }
        return ast.add(Node(kind: .importFrom, span: span(from: start), a: module,
                            b: ast.list(names).raw, c: level))
    }
}
