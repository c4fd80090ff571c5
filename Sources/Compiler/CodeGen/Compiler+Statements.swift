import Parser

extension Compiler {
    func statements(_ list: Int32) throws(CompileError) {
        for s in items(list) { try statement(NodeID(s)) }
    }

    func statement(_ id: NodeID, interactive: Bool = false) throws(CompileError) {
        let n = tree[id]
        unit.position = n.span
        switch n.kind {
        case .expr:
            let value = tree[NodeID(n.a)]
            // A str that folding made first in a body is no docstring but an expression.
            if value.kind == .constant && !interactive && !foldedFirstStrings.contains(id.raw) { return }
            try expression(NodeID(n.a))
            unit.emit(interactive ? .printExpr : .popTop)
        case .assign:
            try expression(NodeID(n.b))
            let targets = items(n.a)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { unit.emit(.copy, 1) }
                try assign(to: NodeID(t))
            }
        case .augAssign: try augmentedAssignment(n)
        case .annAssign: try annotatedAssignment(n)
        case .delete:
            for t in items(n.a) { try delete(NodeID(t)) }
        case .pass: unit.emit(.nop)
        case .if_: try ifStatement(n)
        case .while_: try whileLoop(n)
        case .for_: try forLoop(n)
        case .break_: try breakOrContinue(id, isBreak: true)
        case .continue_: try breakOrContinue(id, isBreak: false)
        case .return_:
            guard unit.scope.isFunctionLike else { throw error("'return' outside function", id) }
            if n.a >= 0 && unit.scope.isGenerator && unit.scope.isCoroutine {
                throw error("'return' with value in async generator", id)
            }
            if n.a >= 0 {
                try expression(NodeID(n.a))
            } else {
                loadConst(.none)
            }
            // CPython reports a `return` of a constant at the constant.
            let exitNode = n.a >= 0 && tree[NodeID(n.a)].kind == .constant ? NodeID(n.a) : id
            try unwindAll(preserveTop: true, exitNode: exitNode)
            unit.position = n.span
            unit.emit(.returnValue)
            // Code after the return (handlers, the rest of the block) is protected again.
            reopenHandlers(downTo: 0)
        case .functionDef, .asyncFunctionDef: try functionDefinition(id)
        case .classDef: try classDefinition(id)
        case .raise: try raise(n)
        case .try_, .tryStar: try tryStatement(n)
        case .with: try withStatement(n, item: 0)
        case .assert:
            try checkAssert(id)
            try assertStatement(n)
        case .global, .nonlocal: break
        case .import_: try importStatement(n)
        case .importFrom: try importFrom(n)
        case .match: try matchStatement(n)
        case .asyncFor:
            try requireAsync("'async for' outside async function", id)
            try asyncForLoop(n)
        case .asyncWith:
            try requireAsync("'async with' outside async function", id)
            try withStatement(n, item: 0, isAsync: true)
        default:
            throw error("unexpected statement \(n.kind.pythonName)", id)
        }
    }

    // MARK: Assignment

    /// `obj.name` or `obj[key]` (an attribute or subscript node), ending with the
    /// instruction that loads, stores or deletes it.
    func access(_ t: Node, attribute: Opcode, subscript item: Opcode) throws(CompileError) {
        try expression(NodeID(t.a))
        if t.kind == .subscript { try expression(NodeID(t.b)) }
        unit.position = t.span
        if t.kind == .attribute {
            unit.emit(attribute, unit.name(attributeName(t.b)))
        } else {
            unit.emit(item)
        }
    }

    func assign(to target: NodeID) throws(CompileError) {
        let t = tree[target]
        unit.position = t.span
        switch t.kind {
        case .name: storeName(name(t.a))
        case .attribute, .subscript: try access(t, attribute: .storeAttr, subscript: .storeSubscr)
        case .list, .tuple:
            try unpack(items(t.a), at: target)
            for e in items(t.a) {
                let element = tree[NodeID(e)]
                try assign(to: element.kind == .starred ? NodeID(element.a) : NodeID(e))
            }
        case .starred:
            throw error("starred assignment target must be in a list or tuple", target)
        default:
            throw error("cannot assign to \(t.kind.pythonName)", target)
        }
    }

    func unpack(_ elements: [Int32], at node: NodeID) throws(CompileError) {
        var starIndex: Int?
        for (i, e) in elements.enumerated() where tree[NodeID(e)].kind == .starred {
            if starIndex != nil { throw error("multiple starred expressions in assignment", NodeID(e)) }
            starIndex = i
        }
        if let s = starIndex {
            let after = elements.count - s - 1
            if s >= 256 || after >= (1 << 16) {
                throw error("too many expressions in star-unpacking assignment", node)
            }
            unit.emit(.unpackEx, s | after << 8)
        } else {
            unit.emit(.unpackSequence, elements.count)
        }
    }

    func delete(_ target: NodeID) throws(CompileError) {
        let t = tree[target]
        unit.position = t.span
        switch t.kind {
        case .name: nameOp(name(t.a), .delete)
        case .attribute, .subscript: try access(t, attribute: .deleteAttr, subscript: .deleteSubscr)
        case .list, .tuple:
            for e in items(t.a) { try delete(NodeID(e)) }
        default:
            // Only a Starred is left once the validator checked the contexts.
            throw error("can't use starred expression here", target)
        }
    }

    func augmentedAssignment(_ n: Node) throws(CompileError) {
        let target = tree[NodeID(n.a)]
        let op = inPlaceArgument(n.op)
        switch target.kind {
        case .name:
            loadName(name(target.a))
            try expression(NodeID(n.b))
            unit.position = n.span
            unit.emit(.binaryOp, op)
            storeName(name(target.a))
        case .attribute:
            try expression(NodeID(target.a))
            unit.emit(.copy, 1)
            unit.position = target.span
            unit.emit(.loadAttr, unit.name(attributeName(target.b)))
            try expression(NodeID(n.b))
            unit.position = n.span
            unit.emit(.binaryOp, op)
            unit.emit(.swap, 2)
            unit.position = target.span
            unit.emit(.storeAttr, unit.name(attributeName(target.b)))
        case .subscript:
            try expression(NodeID(target.a))
            try expression(NodeID(target.b))
            unit.emit(.copy, 2)
            unit.emit(.copy, 2)
            unit.position = target.span
            unit.emit(.binarySubscr)
            try expression(NodeID(n.b))
            unit.position = n.span
            unit.emit(.binaryOp, op)
            unit.emit(.swap, 3)
            unit.emit(.swap, 2)
            unit.position = target.span
            unit.emit(.storeSubscr)
        default:
            // The parser refuses other targets; a tree built by Python code gets CPython's SystemError.
            throw systemError("invalid node type (\(expressionKindNumber(target.kind))) for augmented assignment", NodeID(n.a))
        }
    }

    /// CPython's `_expr_kind` value of an expression kind (BoolOp is 1), which its
    /// SystemErrors for trees the parser cannot make print.
    func expressionKindNumber(_ kind: NodeKind) -> Int { Int(kind.rawValue) - Int(NodeKind.boolOp.rawValue) + 1 }

    func systemError(_ message: String, _ node: NodeID) -> CompileError {
        var failure = error(message, node)
        failure.isSystemError = true
        return failure
    }

    func annotatedAssignment(_ n: Node) throws(CompileError) {
        let target = tree[NodeID(n.a)]
        if n.c >= 0 {
            try expression(NodeID(n.c))
            try assign(to: NodeID(n.a))
        }
        switch target.kind {
        case .name, .attribute, .subscript: break
        default: throw systemError("invalid node type (\(expressionKindNumber(target.kind))) for annotated assignment", NodeID(n.a))
        }
        // Module and class bodies record simple names' annotations in __annotations__.
        guard target.kind == .name, n.op != 0, !unit.scope.isFunctionLike else {
            if target.kind != .name && n.c < 0 && !unit.scope.isFunctionLike {
                if target.kind == .attribute { try expression(NodeID(target.a)); unit.emit(.popTop) }
                if target.kind == .subscript {
                    try expression(NodeID(target.a)); unit.emit(.popTop)
                    try expression(NodeID(target.b)); unit.emit(.popTop)
                }
            }
            // Other targets' annotations are evaluated in modules and classes, unless PEP 563 is on.
            if !unit.scope.isFunctionLike && !stringAnnotations && (target.kind != .name || n.op == 0) {
                try expression(NodeID(n.b))
                unit.emit(.popTop)
            }
            return
        }
        try annotation(NodeID(n.b))
        unit.emit(.loadName, unit.name("__annotations__"))
        loadConst(.str(Array(unit.scope.mangle(name(target.a)).utf8)))
        unit.emit(.storeSubscr)
    }

    // MARK: Control flow

    func ifStatement(_ n: Node) throws(CompileError) {
        let end = unit.newLabel()
        let orelse = items(n.c)
        let elseLabel = orelse.isEmpty ? end : unit.newLabel()
        try jumpIf(NodeID(n.a), false, elseLabel)
        try statements(n.b)
        if !orelse.isEmpty {
            if unit.reachable { unit.emitJump(.jump, end) }
            unit.place(elseLabel)
            try statements(n.c)
        }
        unit.place(end)
    }

    func whileLoop(_ n: Node) throws(CompileError) {
        let top = unit.newLabel(), body = unit.newLabel(), orelse = unit.newLabel(), exit = unit.newLabel()
        unit.place(top)
        try jumpIf(NodeID(n.a), false, orelse)
        unit.place(body)
        blocks.append(.loop(continueTo: top, breakTo: exit, iterator: false))
        try statements(n.b)
        blocks.removeLast()
        // The test again at the bottom, jumping back into the body, as CPython 3.11
        // compiles it (so tracing sees the same lines).
        unit.position = n.span
        if unit.reachable { try jumpIf(NodeID(n.a), true, body) }
        unit.place(orelse)
        try statements(n.c)
        unit.place(exit)
    }

    func forLoop(_ n: Node) throws(CompileError) {
        let top = unit.newLabel(), cleanup = unit.newLabel(), exit = unit.newLabel()
        try expression(NodeID(n.b))
        // The whole statement's position, as CPython 3.11's (so a traceback through the
        // loop's FOR_ITER shows no carets).
        unit.position = n.span
        unit.emit(.getIter)
        unit.place(top)
        unit.emitJump(.forIter, cleanup)
        try iterationBody(n, top: top, exit: exit)
        unit.place(cleanup)
        try statements(n.d)
        unit.place(exit)
    }

    /// The target and body of `for` and `async for`, with the iterator on the stack,
    /// then the jump back to the next item.
    func iterationBody(_ n: Node, top: Label, exit: Label) throws(CompileError) {
        blocks.append(.loop(continueTo: top, breakTo: exit, iterator: true))
        try assign(to: NodeID(n.a))
        try statements(n.c)
        blocks.removeLast()
        // The jump back is CPython's artificial JUMP_BACKWARD: its line is the body's
        // last, so it starts no line of its own for tracing.
        unit.position = unit.inheritedPosition
        if unit.reachable { unit.emitJump(.jump, top) }
    }

    /// `async for`: `__anext__()` awaited until it raises StopAsyncIteration.
    func asyncForLoop(_ n: Node) throws(CompileError) {
        let top = unit.newLabel(), exit = unit.newLabel(), end = unit.newLabel()
        try expression(NodeID(n.b))
        // CPython gives these the whole statement's position (no carets in tracebacks).
        unit.position = n.span
        unit.emit(.getAiter)
        unit.place(top)
        let h = unit.pushHandler(end)
        unit.emit(.getAnext)
        try yieldFromLoop()
        unit.popHandler(h)
        try iterationBody(n, top: top, exit: exit)
        unit.placeHandler(h)
        unit.emit(.endAsyncFor)
        try statements(n.d)
        unit.place(exit)
    }

    func breakOrContinue(_ id: NodeID, isBreak: Bool) throws(CompileError) {
        guard let loopIndex = blocks.lastIndex(where: { if case .loop = $0 { return true } else { return false } }) else {
            throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", id)
        }
        try unwind(downTo: loopIndex + 1, preserveTop: false, exitNode: id)
        guard case .loop(let continueTo, let breakTo, let iterator) = blocks[loopIndex] else { return }
        unit.position = tree[id].span
        if isBreak {
            if iterator { unit.emit(.popTop) }
            unit.emitJump(.jump, breakTo)
            if iterator { unit.depth += 1 }
        } else {
            unit.emitJump(.jump, continueTo)
        }
        reopenHandlers(downTo: loopIndex + 1)
    }

    func assertStatement(_ n: Node) throws(CompileError) {
        if optimize { return }
        let end = unit.newLabel()
        try jumpIf(NodeID(n.a), true, end)
        unit.emit(.loadAssertionError)
        if n.b >= 0 {
            unit.emit(.pushNull)
            unit.emit(.swap, 2)
            try expression(NodeID(n.b))
            unit.emit(.call, 1)
        }
        unit.position = lastTestedComparison(NodeID(n.a)) ?? n.span
        unit.emit(.raiseVarargs, 1)
        unit.place(end)
    }

    /// The span CPython 3.11 gives an assert's raise: its `compiler_jump_if` moves the location
    /// to each comparison it tests (through `not`, `and`/`or` and conditional expressions) and
    /// never moves it back, so the last comparison tested wins; tracebacks underline it.
    func lastTestedComparison(_ id: NodeID) -> SourceSpan? {
        let n = tree[id]
        switch n.kind {
        case .compare: return n.span
        case .unaryOp where UnaryOperator(rawValue: n.op) == .not: return lastTestedComparison(NodeID(n.a))
        case .boolOp: return items(n.a).reversed().lazy.compactMap { self.lastTestedComparison(NodeID($0)) }.first
        case .ifExp: return [n.c, n.b, n.a].lazy.compactMap { self.lastTestedComparison(NodeID($0)) }.first
        default: return nil
        }
    }

    // MARK: Imports

    func importStatement(_ n: Node) throws(CompileError) {
        for a in items(n.a) {
            let alias = tree[NodeID(a)]
            let full = name(alias.a)
            loadConst(.int(0))
            loadConst(.none)
            unit.emit(.importName, unit.name(full))
            if alias.b >= 0 {
                let parts = full.split(separator: ".").map(String.init)
                for part in parts.dropFirst() {
                    unit.emit(.importFrom, unit.name(part))
                    unit.emit(.swap, 2)
                    unit.emit(.popTop)
                }
                storeName(name(alias.b))
            } else {
                storeName(String(full.split(separator: ".").first!))
            }
        }
    }

    func importFrom(_ n: Node) throws(CompileError) {
        if n.a >= 0 && name(n.a) == "__future__" && n.span.lineno > future.lastLine {
            throw CompileError(message: "from __future__ imports must occur at the beginning of the file", filename: filename, span: n.span)
        }
        let aliases = items(n.b)
        let names = aliases.map { name(tree[NodeID($0)].a) }
        loadConst(.int(Int64(n.c)))
        loadConst(.tuple(names.map { .str(Array($0.utf8)) }))
        unit.emit(.importName, unit.name(n.a >= 0 ? name(n.a) : ""))
        if names == ["*"] {
            unit.emit(.importStar)
            return
        }
        for a in aliases {
            let alias = tree[NodeID(a)]
            unit.emit(.importFrom, unit.name(name(alias.a)))
            storeName(alias.b >= 0 ? name(alias.b) : name(alias.a))
        }
        unit.emit(.popTop)
    }
}
