extension Parser {
    /// decorators? ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
    mutating func functionDef() throws -> NodeID? {
        var decorators: [NodeID] = []
        while accept(.at) {
            guard let d = try namedExpression(), accept(.newline) else { return nil }
            decorators.append(d)
        }
        let start = current
        if check(.kwClass) {
            return try classDef(decorators: decorators, start: start)
        }
        let isAsync = accept(.kwAsync)
        let defToken = current
        guard accept(.kwDef), check(.name) else { return nil }
        let name = internName(current)
        pos += 1
        guard accept(.lpar) else {
            throw ParseFailure(error: errorAtLastToken("expected '('", current))
        }
        guard let args = try parameters(lambda: false, closing: .rpar), accept(.rpar) else { return nil }
        var returns = NodeID.none
        if check(.rarrow) {
            let mark = pos
            pos += 1
            if let r = try expression() { returns = r } else { pos = mark }
        }
        try forcedColon()
        guard let body = try block(after: "function definition", line: defToken.line) else { return nil }
        return ast.add(Node(kind: isAsync ? .asyncFunctionDef : .functionDef, span: span(from: start),
                            a: name, b: args.raw, c: body.raw, d: ast.list(decorators).raw,
                            e: returns.raw))
    }

    /// 'class' NAME ['(' [arguments] ')'] ':' block
    mutating func classDef(decorators: [NodeID], start: Token) throws -> NodeID? {
        let classToken = current
        guard accept(.kwClass), check(.name) else { return nil }
        let name = internName(current)
        pos += 1
        var bases = ListID.empty, keywords = ListID.empty
        if accept(.lpar) {
            guard let (b, k) = try callArguments(), accept(.rpar) else { return nil }
            bases = b
            keywords = k
        }
        guard try expectColon() else { return nil }
        guard let body = try block(after: "class definition", line: classToken.line) else { return nil }
        return ast.add(Node(kind: .classDef, span: span(from: start), a: name, b: bases.raw,
                            c: keywords.raw, d: body.raw, e: ast.list(decorators).raw))
    }

    /// 'if' named_expression ':' block (elif_stmt | [else_block]); `elif` nests an If.
    mutating func ifStatement() throws -> NodeID? {
        let start = current
        pos += 1
        guard let test = try namedExpression() else { return nil }
        guard try expectColon() else { return nil }
        let owner = start.kind == .kwElif ? "'elif' statement" : "'if' statement"
        guard let body = try block(after: owner, line: start.line) else { return nil }
        var orelse = ListID.empty
        if check(.kwElif) {
            guard let elif = try ifStatement() else { return nil }
            orelse = ast.list([elif])
        } else if check(.kwElse) {
            guard let e = try elseBlock() else { return nil }
            orelse = e
        }
        return ast.add(Node(kind: .if_, span: span(from: start), a: test.raw, b: body.raw, c: orelse.raw))
    }

    /// `except A, B:` — reported from the first type to the end of the ':' as CPython does,
    /// when the rest has that shape.
    mutating func multipleExceptionTypes(_ first: NodeID) throws {
        let mark = pos
        while accept(.comma) {
            guard (try expression()) != nil else { pos = mark; return }
        }
        if accept(.kwAs) {
            guard accept(.name) else { pos = mark; return }
        }
        guard check(.colon) else { pos = mark; return }
        let colon = current
        let a = spanOf(first)
        throw ParseFailure(error: error("multiple exception types must be parenthesized", line: a.lineno,
                                        col: a.colOffset, endLine: colon.endLine, endCol: colon.endCol - 1))
    }

    /// A ':' the grammar forces (`&&':'` in CPython's): anything else is "expected ':'" at
    /// once, whatever the token.
    mutating func forcedColon() throws {
        if !accept(.colon) { throw fail("expected ':'", at: current) }
    }

    /// ':' — or CPython's "expected ':'" when the line ends where the colon should be.
    mutating func expectColon() throws -> Bool {
        if accept(.colon) { return true }
        if check(.newline) { throw fail("expected ':'", at: current) }
        return false
    }

    mutating func elseBlock() throws -> ListID? {
        let elseToken = current
        guard accept(.kwElse) else { return nil }
        try forcedColon()
        return try block(after: "'else' statement", line: elseToken.line)
    }

    /// 'while' named_expression ':' block [else_block]
    mutating func whileStatement() throws -> NodeID? {
        let start = current
        pos += 1
        guard let test = try namedExpression() else { return nil }
        guard try expectColon() else { return nil }
        guard let body = try block(after: "'while' statement", line: start.line) else { return nil }
        var orelse = ListID.empty
        if check(.kwElse) {
            guard let e = try elseBlock() else { return nil }
            orelse = e
        }
        return ast.add(Node(kind: .while_, span: span(from: start), a: test.raw, b: body.raw, c: orelse.raw))
    }

    /// ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
    mutating func forStatement(start: Token, isAsync: Bool) throws -> NodeID? {
        let forToken = current
        pos += 1
        let targetStart = pos
        guard let target = try starTargets(), accept(.kwIn) else {
            if invalidPass { try invalidForTarget(at: targetStart) }
            return nil
        }
        guard let iter = try starExpressions() else { return nil }
        guard try expectColon() else { return nil }
        guard let body = try block(after: "'for' statement", line: forToken.line) else { return nil }
        var orelse = ListID.empty
        if check(.kwElse) {
            guard let e = try elseBlock() else { return nil }
            orelse = e
        }
        return ast.add(Node(kind: isAsync ? .asyncFor : .for_, span: span(from: start), a: target.raw,
                            b: iter.raw, c: body.raw, d: orelse.raw))
    }

    /// ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block
    mutating func withStatement(start: Token, isAsync: Bool) throws -> NodeID? {
        let withToken = current
        pos += 1
        var items: [NodeID] = []
        let mark = pos
        if accept(.lpar) {
            var ok = true
            repeat {
                if check(.rpar) && !items.isEmpty { break }
                guard let item = try withItem() else { ok = false; break }
                items.append(item)
            } while accept(.comma)
            if ok && accept(.rpar) && check(.colon) {
                // Parenthesized item list.
            } else {
                pos = mark
                items.removeAll()
            }
        }
        if items.isEmpty {
            repeat {
                guard let item = try withItem() else { return nil }
                items.append(item)
            } while accept(.comma)
        }
        guard try expectColon() else { return nil }
        guard let body = try block(after: "'with' statement", line: withToken.line) else { return nil }
        return ast.add(Node(kind: isAsync ? .asyncWith : .with, span: span(from: start),
                            a: ast.list(items).raw, b: body.raw))
    }

    /// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
    mutating func withItem() throws -> NodeID? {
        guard let e = try expression() else { return nil }
        var vars = NodeID.none
        if accept(.kwAs) {
            let targetStart = pos
            guard let t = try starTarget() else {
                // invalid_with_item: name the target that cannot be assigned to.
                if invalidPass {
                    pos = targetStart
                    if let a = try expression(), check(.comma) || check(.rpar) || check(.colon) {
                        try setContext(a, .store)
                    }
                }
                return nil
            }
            let k = peek()
            // A NEWLINE here is the missing ':' that the statement reports.
            guard k == .comma || k == .rpar || k == .colon || k == .newline else { return nil }
            vars = t
        }
        return ast.add(Node(kind: .withItem, span: .zero, a: e.raw, b: vars.raw))
    }

    /// try_stmt with except, except* and finally blocks.
    mutating func tryStatement() throws -> NodeID? {
        let start = current
        pos += 1
        try forcedColon()
        guard let body = try block(after: "'try' statement", line: start.line) else { return nil }
        var handlers: [NodeID] = []
        var isStar = false
        while check(.kwExcept) {
            let hStart = current
            pos += 1
            let star = accept(.star)
            if handlers.isEmpty { isStar = star } else if star != isStar {
                throw fail("cannot have both 'except' and 'except*' on the same 'try'",
                           from: SourceSpan(lineno: hStart.line, colOffset: hStart.col, endLineno: hStart.endLine,
                                            endColOffset: hStart.endCol),
                           to: span(from: hStart))
            }
            var type = NodeID.none
            var name: Int32 = -1
            if !check(.colon) {
                guard let t = try expression() else { return nil }
                type = t
                if accept(.kwAs) {
                    guard check(.name) else { return nil }
                    name = internName(current)
                    pos += 1
                } else if check(.comma) && invalidPass {
                    try multipleExceptionTypes(t)
                }
            } else if star {
                throw fail("expected one or more exception types", at: current)
            }
            guard try expectColon() else { return nil }
            guard let hBody = try block(after: star ? "'except*' statement" : "'except' statement",
                                        line: hStart.line) else { return nil }
            handlers.append(ast.add(Node(kind: .exceptHandler, span: span(from: hStart), a: type.raw,
                                         b: name, c: hBody.raw)))
        }
        var orelse = ListID.empty, finalBody = ListID.empty
        if !handlers.isEmpty && check(.kwElse) {
            guard let e = try elseBlock() else { return nil }
            orelse = e
        }
        let finallyToken = current
        if accept(.kwFinally) {
            try forcedColon()
            guard let f = try block(after: "'finally' statement", line: finallyToken.line) else { return nil }
            finalBody = f
        } else if handlers.isEmpty {
            throw ParseFailure(error: errorAtLastToken("expected 'except' or 'finally' block", current))
        }
        return ast.add(Node(kind: isStar ? .tryStar : .try_, span: span(from: start), a: body.raw,
                            b: ast.list(handlers).raw, c: orelse.raw, d: finalBody.raw))
    }
}
