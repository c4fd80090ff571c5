import ObjectLayout
import Parser

extension Compiler {
    /// The qualified name of a new scope named `name` inside the current unit.
    func qualifiedName(_ name: String) -> String {
        let scope = unit.scope
        if scope.kind == .module { return name }
        if scope.kind == .class { return unit.qualname + "." + name }
        if scope.scopes[name] == .globalExplicit { return name }
        return unit.qualname + ".<locals>." + name
    }

    /// Runs `body` with `child` as the unit being generated.
    func inUnit(_ child: CodeUnit, _ body: () throws(CompileError) -> Void) throws(CompileError) {
        let saved = unit!, savedBlocks = blocks
        unit = child
        blocks = []
        defer { unit = saved; blocks = savedBlocks }
        try body()
    }

    /// Pushes the function object for `child` (with its closure and what `flags` names
    /// already on the stack).
    func makeFunction(_ child: CodeUnit, flags: Int) {
        var flags = flags
        let frees = Array(child.localsplus[(child.nlocals + child.ncells)...])
        if !frees.isEmpty {
            for f in frees {
                let index = f == "__class__" ? unit.classCellIndex ?? unit.cellIndex[f]! : unit.cellIndex[f]!
                unit.emit(.loadClosure, index)
            }
            unit.emit(.buildTuple, frees.count)
            flags |= 8
        }
        loadConst(.code(units.firstIndex { $0 === child }!))
        unit.emit(.makeFunction, flags)
    }

    /// Defaults (a tuple) and keyword-only defaults (a dict); returns MAKE_FUNCTION flags.
    func argumentDefaults(_ argumentsID: NodeID) throws(CompileError) -> Int {
        let a = symbols.argumentsNode(argumentsID)
        var flags = 0
        let defaults = items(a.defaults)
        if !defaults.isEmpty {
            for d in defaults { try expression(NodeID(d)) }
            unit.emit(.buildTuple, defaults.count)
            flags |= 1
        }
        let kwonly = items(a.kwonly), kwDefaults = items(a.kwDefaults)
        var names: [ConstantKey] = []
        for (arg, d) in zip(kwonly, kwDefaults) where d >= 0 {
            names.append(.str(Array(unit.scope.mangle(name(tree[NodeID(arg)].a)).utf8)))
            try expression(NodeID(d))
        }
        if !names.isEmpty {
            loadConst(.tuple(names))
            unit.emit(.buildConstKeyMap, names.count)
            flags |= 2
        }
        return flags
    }

    func parameterNames(_ argumentsID: NodeID) -> (names: [String], argcount: Int, posonly: Int, kwonly: Int, varargs: Bool, varkw: Bool) {
        let a = symbols.argumentsNode(argumentsID)
        let posonly = items(a.posonly).map { name(tree[NodeID($0)].a) }
        let args = items(a.args).map { name(tree[NodeID($0)].a) }
        let kwonly = items(a.kwonly).map { name(tree[NodeID($0)].a) }
        var names = posonly + args + kwonly
        if a.vararg >= 0 { names.append(name(tree[NodeID(a.vararg)].a)) }
        if a.kwarg >= 0 { names.append(name(tree[NodeID(a.kwarg)].a)) }
        return (names, posonly.count + args.count, posonly.count, kwonly.count, a.vararg >= 0, a.kwarg >= 0)
    }

    func functionUnit(_ id: NodeID, name fname: String, arguments: NodeID) -> CodeUnit {
        let scope = symbols.scope(for: id)
        let p = parameterNames(arguments)
        let child = newUnit(scope, name: fname, qualname: qualifiedName(fname), firstLine: tree[id].span.lineno,
                            parameters: p.names.map(scope.mangle))
        child.argcount = p.argcount
        child.posonlyargcount = p.posonly
        child.kwonlyargcount = p.kwonly
        var flags = KRAIT_CO_OPTIMIZED | KRAIT_CO_NEWLOCALS
        if p.varargs { flags |= KRAIT_CO_VARARGS }
        if p.varkw { flags |= KRAIT_CO_VARKEYWORDS }
        flags |= Compiler.generatorFlags(scope)
        if scope.parent?.kind != .module { flags |= KRAIT_CO_NESTED }
        child.flags = Int32(flags)
        return child
    }

    /// CO_GENERATOR, CO_COROUTINE or CO_ASYNC_GENERATOR, as CPython's `compute_code_flags`.
    static func generatorFlags(_ scope: Scope) -> Int32 {
        switch (scope.isGenerator, scope.isCoroutine) {
        case (true, false): return KRAIT_CO_GENERATOR
        case (false, true): return KRAIT_CO_COROUTINE
        case (true, true): return KRAIT_CO_ASYNC_GENERATOR
        case (false, false): return 0
        }
    }

    func functionDefinition(_ id: NodeID) throws(CompileError) {
        let n = tree[id]
        let decorators = items(n.d)
        for d in decorators { try expression(NodeID(d)) }
        unit.position = n.span
        var flags = try argumentDefaults(NodeID(n.b))
        if try annotations(NodeID(n.b), returns: n.e) { flags |= 4 }
        let fname = name(n.a)
        let child = functionUnit(id, name: fname, arguments: NodeID(n.b))
        try inUnit(child) { () throws(CompileError) in
            try functionBody(items(n.c), unit: child)
        }
        unit.position = n.span
        makeFunction(child, flags: flags)
        applyDecorators(decorators, statement: n)
        storeName(fname)
    }

    /// Calls the decorators, innermost first; each call is placed at its decorator, so a
    /// traceback through it shows the `@` line, as CPython 3.11's `compiler_apply_decorators`.
    func applyDecorators(_ decorators: [Int32], statement n: Node) {
        for d in decorators.reversed() {
            unit.position = tree[NodeID(d)].span
            unit.emit(.call, 0)
        }
        unit.position = n.span
    }

    func functionBody(_ body: [Int32], unit child: CodeUnit) throws(CompileError) {
        if child.scope.isGenerator || child.scope.isCoroutine { unit.emit(.returnGenerator); unit.emit(.popTop) }
        if let first = body.first, let doc = docstring(NodeID(first)) {
            _ = child.constant(.str(doc))
        } else {
            _ = child.constant(.none)
        }
        for s in body { try statement(NodeID(s)) }
        if unit.reachable {
            unit.position = SourceSpan(lineno: unit.positions.last?.lineno ?? child.firstLine, colOffset: -1, endLineno: -1, endColOffset: -1)
            returnNone()
        }
    }

    /// Builds the `__annotations__` dict of a function as a tuple of alternating names
    /// and values; returns whether there are any.
    func annotations(_ argumentsID: NodeID, returns: Int32) throws(CompileError) -> Bool {
        let a = symbols.argumentsNode(argumentsID)
        var count = 0
        var args: [Int32] = items(a.posonly) + items(a.args)
        if a.vararg >= 0 { args.append(a.vararg) }
        args += items(a.kwonly)
        if a.kwarg >= 0 { args.append(a.kwarg) }
        for arg in args {
            let node = tree[NodeID(arg)]
            guard node.b >= 0 else { continue }
            loadConst(.str(Array(unit.scope.mangle(name(node.a)).utf8)))
            try annotation(NodeID(node.b))
            count += 1
        }
        if returns >= 0 {
            loadConst(.str(Array("return".utf8)))
            try annotation(NodeID(returns))
            count += 1
        }
        if count == 0 { return false }
        unit.emit(.buildTuple, 2 * count)
        return true
    }

    /// An annotation's value: evaluated, or its source text under PEP 563.
    func annotation(_ id: NodeID) throws(CompileError) {
        if stringAnnotations {
            loadConst(.str(Array(AnnotationText.text(id, in: tree).utf8)))
        } else if tree[id].kind == .starred {
            // `*args: *Ts` (PEP 646): the value is what `[value] = [*Ts]` unpacks.
            try expression(NodeID(tree[id].a))
            unit.emit(.unpackSequence, 1)
        } else {
            try expression(id)
        }
    }

    func lambda(_ id: NodeID) throws(CompileError) {
        let n = tree[id]
        let flags = try argumentDefaults(NodeID(n.a))
        let child = functionUnit(id, name: "<lambda>", arguments: NodeID(n.a))
        try inUnit(child) { () throws(CompileError) in
            _ = child.constant(.none)
            if child.scope.isGenerator { unit.emit(.returnGenerator); unit.emit(.popTop) }
            try expression(NodeID(n.b))
            if child.scope.isGenerator { unit.emit(.popTop); loadConst(.none) }
            // CPython returns at the lambda's scope location: its line, column 0.
            let line = tree[id].span.lineno
            unit.position = SourceSpan(lineno: line, colOffset: 0, endLineno: line, endColOffset: 0)
            unit.emit(.returnValue)
        }
        unit.position = n.span
        makeFunction(child, flags: flags)
    }

    // MARK: Classes

    func classDefinition(_ id: NodeID) throws(CompileError) {
        let n = tree[id]
        let decorators = items(n.e)
        for d in decorators { try expression(NodeID(d)) }
        unit.position = n.span
        let cname = name(n.a)
        let scope = symbols.scope(for: id)
        let child = newUnit(scope, name: cname, qualname: qualifiedName(cname), firstLine: n.span.lineno, parameters: [])
        try inUnit(child) { () throws(CompileError) in
            unit.position = n.span
            unit.emit(.loadName, unit.name("__name__"))
            unit.emit(.storeName, unit.name("__module__"))
            loadConst(.str(Array(child.qualname.utf8)))
            unit.emit(.storeName, unit.name("__qualname__"))
            try docstringAndBody(items(n.d), storeDocstring: true)
            if scope.hasClassCell {
                unit.emit(.loadClosure, unit.classCellIndex!)
                unit.emit(.copy, 1)
                unit.emit(.storeName, unit.name("__classcell__"))
            } else {
                loadConst(.none)
            }
            unit.emit(.returnValue)
        }
        unit.position = n.span
        unit.emit(.pushNull)
        unit.emit(.loadBuildClass)
        makeFunction(child, flags: 0)
        loadConst(.str(Array(cname.utf8)))
        let bases = items(n.b), keywords = items(n.c)
        let needsEx = bases.contains(where: isStarred) || keywords.contains { tree[NodeID($0)].a < 0 }
        if needsEx {
            unit.emit(.buildList, 2)
            for b in bases {
                if isStarred(b) {
                    try expression(NodeID(tree[NodeID(b)].a))
                    unit.emit(.listExtend, 1)
                } else {
                    try expression(NodeID(b))
                    unit.emit(.listAppend, 1)
                }
            }
            unit.emit(.listToTuple)
            if keywords.isEmpty {
                unit.emit(.callFunctionEx, 0)
            } else {
                try keywordDict(keywords)
                unit.emit(.callFunctionEx, 1)
            }
        } else {
            for b in bases { try expression(NodeID(b)) }
            for k in keywords { try expression(NodeID(tree[NodeID(k)].b)) }
            if !keywords.isEmpty {
                unit.emit(.kwNames, unit.constant(.names(keywords.map { name(tree[NodeID($0)].a) })))
            }
            unit.emit(.call, 2 + bases.count + keywords.count)
        }
        applyDecorators(decorators, statement: n)
        storeName(cname)
    }

    // MARK: Comprehensions

    func comprehension(_ id: NodeID) throws(CompileError) {
        let n = tree[id]
        let generators = items(n.kind == .dictComp ? n.c : n.b)
        let scope = symbols.scope(for: id)
        let names: [NodeKind: String] = [.listComp: "<listcomp>", .setComp: "<setcomp>", .dictComp: "<dictcomp>", .generatorExp: "<genexpr>"]
        let cname = names[n.kind]!
        // An async generator expression may be made anywhere; other async comprehensions are awaited.
        let awaited = scope.isCoroutine && n.kind != .generatorExp
        if awaited && !unit.scope.isAsyncFunction && unit.scope.kind != .comprehension {
            throw error("asynchronous comprehension outside of an asynchronous function", id)
        }
        let child = newUnit(scope, name: cname, qualname: qualifiedName(cname), firstLine: n.span.lineno, parameters: [".0"])
        child.argcount = 1
        var flags = KRAIT_CO_OPTIMIZED | KRAIT_CO_NEWLOCALS | Compiler.generatorFlags(scope)
        flags |= KRAIT_CO_NESTED
        child.flags = Int32(flags)
        try inUnit(child) { () throws(CompileError) in
            unit.position = n.span
            _ = child.constant(.none)
            if scope.isGenerator || scope.isCoroutine {
                unit.emit(.returnGenerator)
                unit.emit(.popTop)
            }
            if n.kind != .generatorExp {
                unit.emit(n.kind == .listComp ? .buildList : n.kind == .setComp ? .buildSet : .buildMap, 0)
            }
            try comprehensionLoop(n, generators, 0)
            if n.kind == .generatorExp { loadConst(.none) }
            unit.emit(.returnValue)
        }
        unit.position = n.span
        makeFunction(child, flags: 0)
        let outermost = tree[NodeID(generators[0])]
        try expression(NodeID(outermost.b))
        unit.position = n.span
        unit.emit(outermost.op != 0 ? .getAiter : .getIter)
        unit.emit(.call, 0)
        if awaited {
            unit.emit(.getAwaitable)
            try yieldFromLoop()
        }
    }

    /// One `for` (or `async for`) of a comprehension, with the iterator on the stack.
    private func comprehensionLoop(_ n: Node, _ generators: [Int32], _ level: Int) throws(CompileError) {
        let g = tree[NodeID(generators[level])]
        let isAsync = g.op != 0
        let top = unit.newLabel(), exit = unit.newLabel()
        if level == 0 {
            unit.emit(.loadFast, 0)
        } else {
            try expression(NodeID(g.b))
            unit.emit(isAsync ? .getAiter : .getIter)
        }
        unit.place(top)
        var end: Handler?
        if isAsync {
            // `__anext__()` awaited until StopAsyncIteration, which END_ASYNC_FOR ends.
            let h = unit.pushHandler(exit)
            unit.emit(.getAnext)
            try yieldFromLoop()
            unit.popHandler(h)
            end = h
        } else {
            unit.emitJump(.forIter, exit)
        }
        try assign(to: NodeID(g.a))
        for condition in items(g.c) { try jumpIf(NodeID(condition), false, top) }
        if level + 1 < generators.count {
            try comprehensionLoop(n, generators, level + 1)
        } else {
            unit.position = n.span
            let depth = generators.count + 1
            switch n.kind {
            case .listComp:
                try expression(NodeID(n.a))
                unit.emit(.listAppend, depth)
            case .setComp:
                try expression(NodeID(n.a))
                unit.emit(.setAdd, depth)
            case .dictComp:
                try expression(NodeID(n.a))
                try expression(NodeID(n.b))
                unit.emit(.mapAdd, depth)
            default:
                try expression(NodeID(n.a))
                emitYield()
                unit.emit(.popTop)
            }
        }
        unit.emitJump(.jump, top)
        if let end {
            unit.placeHandler(end)
            unit.emit(.endAsyncFor)
        } else {
            unit.place(exit)
        }
    }
}
