import Parser

/// What `break`, `continue` and `return` must undo when they leave a block
/// (CPython's fblocks).
enum FrameBlock {
    case loop(continueTo: Label, breakTo: Label, iterator: Bool)
    /// The body of a `try` with handlers.
    case tryExcept(Handler)
    /// The body of a `try` with `finally`: leaving it runs the final body.
    case finallyTry(Handler, body: Int32)
    /// The final body run on an exception: the stack holds (previous exception, exception).
    case finallyEnd(Handler)
    /// An `except` body: the stack holds the previous exception; `name` is unbound on exit.
    case handlerCleanup(Handler, Handler?, name: String?)
    /// A `with` body: leaving it calls `__exit__(None, None, None)` (awaited for `async with`).
    case with(Handler, isAsync: Bool)
    /// An `except*` body, which `break`, `continue` and `return` may not leave.
    case exceptStarBody
}

extension Compiler {
    /// Emits what leaving `blocks[index...]` needs, innermost first; the handlers whose
    /// ranges were closed are reopened by `reopenHandlers` once the jump is emitted.
    /// `exitNode` is the statement leaving, where an error is reported.
    func unwind(downTo index: Int, preserveTop: Bool, exitNode: NodeID) throws(CompileError) {
        var i = blocks.count - 1
        while i >= index {
            let block = blocks[i]
            switch block {
            case .loop(_, _, let iterator):
                if iterator {
                    if preserveTop { unit.emit(.swap, 2) }
                    unit.emit(.popTop)
                }
            case .tryExcept(let h):
                unit.close(h)
            case .finallyTry(let h, let body):
                unit.close(h)
                // The final body runs outside this block (a `return` in it must not rerun it).
                let saved = blocks
                blocks = Array(blocks[..<i])
                try statements(body)
                blocks = saved
            case .finallyEnd(let h):
                unit.close(h)
                if preserveTop { unit.emit(.swap, 2) }
                unit.emit(.popTop)
                if preserveTop { unit.emit(.swap, 2) }
                unit.emit(.popExcept)
            case .handlerCleanup(let cleanup, let nameCleanup, let name):
                if let nameCleanup { unit.close(nameCleanup) }
                unit.close(cleanup)
                if preserveTop { unit.emit(.swap, 2) }
                unit.emit(.popExcept)
                if let name {
                    loadConst(.none)
                    storeName(name)
                    nameOp(name, .delete)
                }
            case .with(let h, let isAsync):
                unit.close(h)
                if preserveTop { unit.emit(.swap, 2) }
                try callExit(isAsync: isAsync)
                unit.emit(.popTop)
            case .exceptStarBody:
                throw error("'break', 'continue' and 'return' cannot appear in an except* block", exitNode)
            }
            i -= 1
        }
    }

    func unwindAll(preserveTop: Bool, exitNode: NodeID) throws(CompileError) {
        try unwind(downTo: 0, preserveTop: preserveTop, exitNode: exitNode)
    }

    /// After the jump out, code that follows is again inside the blocks' ranges.
    func reopenHandlers(downTo index: Int) {
        for block in blocks[index...] {
            switch block {
            case .loop, .exceptStarBody: break
            case .tryExcept(let h), .finallyTry(let h, _), .finallyEnd(let h), .with(let h, _): unit.reopen(h)
            case .handlerCleanup(let cleanup, let nameCleanup, _):
                unit.reopen(cleanup)
                if let nameCleanup { unit.reopen(nameCleanup) }
            }
        }
    }

    func raise(_ n: Node) throws(CompileError) {
        var count = 0
        if n.a >= 0 {
            try expression(NodeID(n.a))
            count = 1
            if n.b >= 0 {
                try expression(NodeID(n.b))
                count = 2
            }
        }
        unit.position = n.span
        unit.emit(.raiseVarargs, count)
    }

    /// `SWAP 2; POP_EXCEPT; RERAISE`: restores the previously handled exception and
    /// re-raises, at a cleanup handler's label.
    func emitCleanupHandler(_ h: Handler) {
        unit.placeHandler(h)
        unit.emit(.swap, 2)
        unit.emit(.popExcept)
        unit.emit(.reraise, 0)
    }

    func tryStatement(_ n: Node) throws(CompileError) {
        // CPython's SETUP_FINALLY leaves a NOP on the `try` line, so tracing sees the line.
        unit.emit(.nop)
        let finalbody = items(n.d)
        if finalbody.isEmpty {
            if n.kind == .tryStar { try tryExceptStar(n) } else { try tryExcept(n) }
            return
        }
        let handlerLabel = unit.newLabel(), end = unit.newLabel()
        let h = unit.pushHandler(handlerLabel)
        blocks.append(.finallyTry(h, body: n.d))
        if items(n.b).isEmpty {
            try statements(n.a)
        } else if n.kind == .tryStar {
            try tryExceptStar(n)
        } else {
            try tryExcept(n)
        }
        blocks.removeLast()
        unit.popHandler(h)
        try statements(n.d)
        if unit.reachable { unit.emitJump(.jump, end) }
        // The exceptional path: run the final body, then re-raise.
        unit.placeHandler(h)
        unit.position = SourceSpan(lineno: -1, colOffset: -1, endLineno: -1, endColOffset: -1)
        let cleanup = unit.pushHandler(unit.newLabel())
        unit.emit(.pushExcInfo)
        blocks.append(.finallyEnd(cleanup))
        try statements(n.d)
        blocks.removeLast()
        // On the final body's last line, as CPython's artificial RERAISE.
        unit.position = unit.inheritedPosition
        unit.emit(.reraise, 0)
        unit.popHandler(cleanup)
        emitCleanupHandler(cleanup)
        unit.place(end)
    }

    /// The body of a `try` with handlers, its `else`, and the start of the handler code
    /// (PUSH_EXC_INFO), inside the returned cleanup handler that restores the state.
    func protectedBodyAndElse(_ n: Node, end: Label) throws(CompileError) -> Handler {
        let h = unit.pushHandler(unit.newLabel())
        blocks.append(.tryExcept(h))
        try statements(n.a)
        blocks.removeLast()
        unit.popHandler(h)
        try statements(n.c)
        if unit.reachable { unit.emitJump(.jump, end) }

        unit.placeHandler(h)
        let cleanup = unit.pushHandler(unit.newLabel())
        unit.emit(.pushExcInfo)
        return cleanup
    }

    func tryExcept(_ n: Node) throws(CompileError) {
        let end = unit.newLabel()
        let cleanup = try protectedBodyAndElse(n, end: end)
        let handlers = items(n.b)
        for (i, raw) in handlers.enumerated() {
            let handler = tree[NodeID(raw)]
            unit.position = handler.span
            if handler.a < 0 && i < handlers.count - 1 {
                throw error("default 'except:' must be last", NodeID(raw))
            }
            let next = unit.newLabel()
            if handler.a >= 0 {
                try expression(NodeID(handler.a))
                unit.position = handler.span
                unit.emit(.checkExcMatch)
                unit.emitJump(.popJumpIfFalse, next)
            }
            let boundName = handler.b >= 0 ? name(handler.b) : nil
            var nameCleanup: Handler?
            if let boundName {
                storeName(boundName)
                nameCleanup = unit.pushHandler(unit.newLabel())
            } else {
                unit.emit(.popTop)
            }
            blocks.append(.handlerCleanup(cleanup, nameCleanup, name: boundName))
            try statements(handler.c)
            blocks.removeLast()
            if let nameCleanup { unit.popHandler(nameCleanup) }
            if unit.reachable {
                unit.close(cleanup)
                unit.position = SourceSpan(lineno: -1, colOffset: -1, endLineno: -1, endColOffset: -1)
                unit.emit(.popExcept)
                if let boundName {
                    loadConst(.none)
                    storeName(boundName)
                    nameOp(boundName, .delete)
                }
                unit.emitJump(.jump, end)
                unit.reopen(cleanup)
            }
            if let nameCleanup, let boundName {
                unit.placeHandler(nameCleanup)
                loadConst(.none)
                storeName(boundName)
                nameOp(boundName, .delete)
                unit.emit(.reraise, 1)
            }
            unit.place(next)
        }
        // No handler matched: re-raise (through the cleanup, which restores the state).
        if unit.reachable { unit.emit(.reraise, 0) }
        unit.popHandler(cleanup)
        emitCleanupHandler(cleanup)
        unit.place(end)
    }

    /// `try … except*` as CPython 3.11 compiles it: the handler keeps (previous
    /// exception, original exception, list of what the clauses raised, rest) on the
    /// stack; each clause splits the rest with CHECK_EG_MATCH; PREP_RERAISE_STAR
    /// turns the list into what is left to raise.
    func tryExceptStar(_ n: Node) throws(CompileError) {
        let end = unit.newLabel()
        let cleanup = try protectedBodyAndElse(n, end: end)
        let handlers = items(n.b)
        for (i, raw) in handlers.enumerated() {
            let handler = tree[NodeID(raw)]
            unit.position = handler.span
            if i == 0 {
                unit.emit(.copy, 1)
                unit.emit(.buildList, 0)
                unit.emit(.swap, 2)
            }
            let noMatch = unit.newLabel(), next = unit.newLabel()
            try expression(NodeID(handler.a))
            unit.position = handler.span
            unit.emit(.checkEgMatch)
            unit.emit(.copy, 1)
            unit.emitJump(.popJumpIfNone, noMatch)
            let boundName = handler.b >= 0 ? name(handler.b) : nil
            if let boundName { storeName(boundName) } else { unit.emit(.popTop) }
            // What the body raises goes into the list, after the name is unbound.
            let body = unit.pushHandler(unit.newLabel())
            blocks.append(.exceptStarBody)
            try statements(handler.c)
            blocks.removeLast()
            unit.popHandler(body)
            unit.position = SourceSpan(lineno: -1, colOffset: -1, endLineno: -1, endColOffset: -1)
            if unit.reachable {
                unbindHandlerName(boundName)
                unit.emitJump(.jump, next)
            }
            unit.placeHandler(body)
            unbindHandlerName(boundName)
            unit.emit(.listAppend, 2)
            unit.emitJump(.jump, next)
            unit.place(noMatch)
            unit.emit(.popTop)
            unit.place(next)
        }
        // The unhandled rest (or None) joins what the clauses raised.
        unit.emit(.listAppend, 1)
        unit.emit(.prepReraiseStar)
        unit.emit(.copy, 1)
        let reraise = unit.newLabel()
        unit.emitJump(.popJumpIfNotNone, reraise)
        unit.popHandler(cleanup)
        unit.emit(.popTop)
        unit.emit(.popExcept)
        unit.emitJump(.jump, end)
        unit.place(reraise)
        unit.emit(.swap, 2)
        unit.emit(.popExcept)
        unit.emit(.reraise, 0)
        emitCleanupHandler(cleanup)
        unit.place(end)
    }

    func unbindHandlerName(_ name: String?) {
        guard let name else { return }
        loadConst(.none)
        storeName(name)
        nameOp(name, .delete)
    }

    /// `__exit__(None, None, None)` with the bound exit on the stack, awaited for `async with`.
    func callExit(isAsync: Bool) throws(CompileError) {
        loadConst(.none)
        loadConst(.none)
        loadConst(.none)
        unit.emit(.call, 2)
        if isAsync {
            unit.emit(.getAwaitable)
            try yieldFromLoop()
        }
    }

    func withStatement(_ n: Node, item: Int, isAsync: Bool = false) throws(CompileError) {
        let withItems = items(n.a)
        let w = tree[NodeID(withItems[item])]
        try expression(NodeID(w.a))
        unit.position = tree[NodeID(w.a)].span
        if isAsync {
            unit.emit(.beforeAsyncWith)
            unit.emit(.getAwaitable)
            try yieldFromLoop()
        } else {
            unit.emit(.beforeWith)
        }
        let handlerLabel = unit.newLabel(), end = unit.newLabel()
        // The handler keeps `__exit__` on the stack; the `__enter__` result is stored first.
        let h = unit.pushHandler(handlerLabel, depth: unit.depth - 1)
        blocks.append(.with(h, isAsync: isAsync))
        if w.b >= 0 {
            try assign(to: NodeID(w.b))
        } else {
            unit.emit(.popTop)
        }
        if item + 1 < withItems.count {
            try withStatement(n, item: item + 1, isAsync: isAsync)
        } else {
            try statements(n.b)
        }
        blocks.removeLast()
        unit.popHandler(h)
        if unit.reachable {
            unit.position = n.span
            try callExit(isAsync: isAsync)
            unit.emit(.popTop)
            unit.emitJump(.jump, end)
        }
        // On an exception: `if not __exit__(type, value, tb): raise`.
        unit.placeHandler(h)
        unit.position = n.span
        let cleanup = unit.pushHandler(unit.newLabel())
        unit.emit(.pushExcInfo)
        unit.emit(.withExceptStart)
        if isAsync {
            unit.emit(.getAwaitable)
            try yieldFromLoop()
        }
        let suppress = unit.newLabel()
        unit.emitJump(.popJumpIfTrue, suppress)
        unit.emit(.reraise, 2)
        unit.place(suppress)
        unit.emit(.popTop)
        unit.popHandler(cleanup)
        unit.emit(.popExcept)
        unit.emit(.popTop)
        unit.emitJump(.jump, end)
        emitCleanupHandler(cleanup)
        unit.place(end)
    }
}
