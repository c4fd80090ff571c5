import Parser

/// The scopes of a module (CPython's symtable): which names each function, class and
/// comprehension binds, and whether each name is local, global, free or a cell.
public final class SymbolTable {
    let tree: AST
    let filename: String
    /// PEP 563: annotations are not evaluated, so their names bind nothing.
    let stringAnnotations: Bool
    public private(set) var top: Scope!
    /// The scope of each scope-creating node (function, lambda, class, comprehension).
    var byNode: [Int32: Scope] = [:]
    private var current: Scope!

    init(tree: AST, filename: String, stringAnnotations: Bool) {
        self.tree = tree
        self.filename = filename
        self.stringAnnotations = stringAnnotations
    }

    public static func build(_ tree: AST, filename: String, stringAnnotations: Bool = false) throws(CompileError) -> SymbolTable {
        let table = SymbolTable(tree: tree, filename: filename, stringAnnotations: stringAnnotations)
        let module = Scope(kind: .module, name: "top", node: tree.root, parent: nil, line: 0)
        table.top = module
        table.current = module
        let root = tree[tree.root]
        switch root.kind {
        case .expression: try table.visitExpression(NodeID(root.a))
        default: try table.visitStatements(ListID(root.a))
        }
        try Analysis.run(module, filename: filename)
        return table
    }

    func scope(for node: NodeID) -> Scope { byNode[node.raw]! }

    // MARK: Walking

    func items(_ list: Int32) -> ArraySlice<Int32> { tree.items(ListID(list)) }
    func name(_ index: Int32) -> String { tree.names[Int(index)] }

    func error(_ message: String, _ node: NodeID) -> CompileError {
        CompileError(message: message, filename: filename, span: tree[node].span)
    }

    func push(_ kind: Scope.Kind, _ name: String, _ node: NodeID) -> Scope {
        let scope = Scope(kind: kind, name: name, node: node, parent: current, line: tree[node].span.lineno)
        current.children.append(scope)
        byNode[node.raw] = scope
        current = scope
        return scope
    }

    func pop() { current = current.parent }

    func visitStatements(_ list: ListID) throws(CompileError) {
        for s in tree.items(list) { try visitStatement(NodeID(s)) }
    }

    func visitOptional(_ raw: Int32) throws(CompileError) {
        if raw >= 0 { try visitExpression(NodeID(raw)) }
    }

    func visitExpressions(_ list: Int32) throws(CompileError) {
        for e in items(list) where e >= 0 { try visitExpression(NodeID(e)) }
    }

    func declare(_ name: String, _ flags: Scope.Flags, at node: NodeID) throws(CompileError) {
        if let old = current.flags[current.mangle(name)] {
            if flags.contains(.parameter) && old.contains(.parameter) {
                throw error("duplicate argument '\(name)' in function definition", node)
            }
        }
        current.add(name, flags)
    }

    func visitStatement(_ id: NodeID) throws(CompileError) {
        let n = tree[id]
        let statement = id
        switch n.kind {
        case .functionDef, .asyncFunctionDef:
            try declare(name(n.a), .assigned, at: id)
            try visitExpressions(n.d)
            try visitArgumentDefaults(NodeID(n.b))
            try visitAnnotations(NodeID(n.b))
            if n.e >= 0 { try visitAnnotation(NodeID(n.e)) }
            let scope = push(.function, name(n.a), id)
            scope.isCoroutine = n.kind == .asyncFunctionDef
            scope.isAsyncFunction = n.kind == .asyncFunctionDef
            try declareParameters(NodeID(n.b))
            try visitStatements(ListID(n.c))
            pop()
        case .classDef:
            try declare(name(n.a), .assigned, at: id)
            try visitExpressions(n.b)
            for k in items(n.c) { try visitExpression(NodeID(tree[NodeID(k)].b)) }
            try visitExpressions(n.e)
            _ = push(.class, name(n.a), id)
            try visitStatements(ListID(n.d))
            pop()
        case .return_:
            try visitOptional(n.a)
        case .delete:
            try visitExpressions(n.a)
        case .assign:
            try visitExpressions(n.a)
            try visitExpression(NodeID(n.b))
        case .augAssign:
            try visitExpression(NodeID(n.a))
            try visitExpression(NodeID(n.b))
        case .annAssign:
            let target = tree[NodeID(n.a)]
            if target.kind == .name {
                let id = name(target.a)
                if let old = current.flags[current.mangle(id)], old.contains(.global) || old.contains(.nonlocal), n.op != 0 {
                    let kind = old.contains(.global) ? "global" : "nonlocal"
                    throw error("annotated name '\(id)' can't be \(kind)", NodeID(n.a))
                }
                current.add(id, n.c >= 0 ? [.assigned, .annotated] : [.annotated, .assigned])
            } else {
                try visitExpression(NodeID(n.a))
            }
            try visitAnnotation(NodeID(n.b))
            try visitOptional(n.c)
        case .for_, .asyncFor:
            try visitExpression(NodeID(n.a))
            try visitExpression(NodeID(n.b))
            try visitStatements(ListID(n.c))
            try visitStatements(ListID(n.d))
        case .while_, .if_:
            try visitExpression(NodeID(n.a))
            try visitStatements(ListID(n.b))
            try visitStatements(ListID(n.c))
        case .with, .asyncWith:
            for item in items(n.a) {
                let w = tree[NodeID(item)]
                try visitExpression(NodeID(w.a))
                try visitOptional(w.b)
            }
            try visitStatements(ListID(n.b))
        case .match:
            try visitExpression(NodeID(n.a))
            for c in items(n.b) {
                let mc = tree[NodeID(c)]
                try visitPattern(NodeID(mc.a))
                try visitOptional(mc.b)
                try visitStatements(ListID(mc.c))
            }
        case .raise:
            try visitOptional(n.a)
            try visitOptional(n.b)
        case .try_, .tryStar:
            try visitStatements(ListID(n.a))
            for h in items(n.b) {
                let handler = tree[NodeID(h)]
                try visitOptional(handler.a)
                if handler.b >= 0 { try declare(name(handler.b), .assigned, at: NodeID(h)) }
                try visitStatements(ListID(handler.c))
            }
            try visitStatements(ListID(n.c))
            try visitStatements(ListID(n.d))
        case .assert:
            try visitExpression(NodeID(n.a))
            try visitOptional(n.b)
        case .import_, .importFrom:
            for a in items(n.kind == .import_ ? n.a : n.b) {
                let alias = tree[NodeID(a)]
                let full = name(alias.a)
                if full == "*" {
                    if current.kind != .module {
                        throw error("import * only allowed at module level", id)
                    }
                    continue
                }
                let bound = alias.b >= 0 ? name(alias.b) : String(full.split(separator: ".").first ?? "")
                try declare(bound, .imported, at: id)
            }
        case .global, .nonlocal:
            let isGlobal = n.kind == .global
            for raw in items(n.a) {
                let id = name(raw)
                if !isGlobal && current.kind == .module {
                    throw error("nonlocal declaration not allowed at module level", statement)
                }
                if let old = current.flags[current.mangle(id)] {
                    let kind = isGlobal ? "global" : "nonlocal"
                    if old.contains(.parameter) { throw error("name '\(id)' is parameter and \(kind)", statement) }
                    if isGlobal && old.contains(.nonlocal) { throw error("name '\(id)' is nonlocal and global", statement) }
                    if !isGlobal && old.contains(.global) { throw error("name '\(id)' is nonlocal and global", statement) }
                    if old.contains(.annotated) { throw error("annotated name '\(id)' can't be \(kind)", statement) }
                    if old.contains(.used) { throw error("name '\(id)' is used prior to \(kind) declaration", statement) }
                    if old.contains(.assigned) { throw error("name '\(id)' is assigned to before \(kind) declaration", statement) }
                }
                current.add(id, isGlobal ? .global : .nonlocal)
                if !isGlobal { current.nonlocalSpans[current.mangle(id)] = tree[statement].span }
                if isGlobal {
                    // CPython marks the module's own symbol global too (`st_global`), so the
                    // module's code stores and loads the name in globals even when its
                    // locals are another mapping (exec with two namespaces).
                    var top: Scope = current
                    while let parent = top.parent { top = parent }
                    top.add(current.mangle(id), .global)
                }
            }
        case .expr:
            try visitExpression(NodeID(n.a))
        default:
            break
        }
    }

    func argumentsNode(_ id: NodeID) -> (posonly: Int32, args: Int32, vararg: Int32, kwonly: Int32, kwDefaults: Int32, kwarg: Int32, defaults: Int32) {
        let n = tree[id]
        let k = Int(n.e)
        return (n.a, n.b, n.c, n.d, tree.extra[k], tree.extra[k + 1], tree.extra[k + 2])
    }

    func visitArgumentDefaults(_ id: NodeID) throws(CompileError) {
        let a = argumentsNode(id)
        try visitExpressions(a.defaults)
        try visitExpressions(a.kwDefaults)
    }

    func visitAnnotations(_ id: NodeID) throws(CompileError) {
        let a = argumentsNode(id)
        var annotated = [a.vararg, a.kwarg].filter { $0 >= 0 }
        for list in [a.posonly, a.args, a.kwonly] { annotated += items(list) }
        for arg in annotated where tree[NodeID(arg)].b >= 0 { try visitAnnotation(NodeID(tree[NodeID(arg)].b)) }
    }

    /// Under PEP 563 an annotation is only checked, in a scope of its own that binds
    /// nothing around it (CPython's annotation block, whose errors are these).
    func visitAnnotation(_ id: NodeID) throws(CompileError) {
        guard stringAnnotations else { return try visitExpression(id) }
        let saved = current!
        current = Scope(kind: .function, name: "_annotation", node: id, parent: saved, line: tree[id].span.lineno)
        current.isAnnotationBlock = true
        defer { current = saved }
        try visitExpression(id)
    }

    func refuseInAnnotation(_ what: String, _ id: NodeID) throws(CompileError) {
        if current.isAnnotationBlock { throw error("'\(what)' can not be used within an annotation", id) }
    }

    func declareParameters(_ id: NodeID) throws(CompileError) {
        let a = argumentsNode(id)
        for list in [a.posonly, a.args, a.kwonly] {
            for arg in items(list) { try parameter(NodeID(arg)) }
        }
        if a.vararg >= 0 { try parameter(NodeID(a.vararg)); current.hasVarargs = true }
        if a.kwarg >= 0 { try parameter(NodeID(a.kwarg)); current.hasVarkeywords = true }
    }

    private func parameter(_ id: NodeID) throws(CompileError) {
        let n = name(tree[id].a)
        try declare(n, .parameter, at: id)
        current.parameters.append(current.mangle(n))
    }

    func visitPattern(_ id: NodeID) throws(CompileError) {
        let n = tree[id]
        switch n.kind {
        case .matchValue: try visitExpression(NodeID(n.a))
        case .matchSequence, .matchOr:
            for p in items(n.a) { try visitPattern(NodeID(p)) }
        case .matchMapping:
            try visitExpressions(n.a)
            for p in items(n.b) { try visitPattern(NodeID(p)) }
            if n.c >= 0 { try declare(name(n.c), .assigned, at: id) }
        case .matchClass:
            try visitExpression(NodeID(n.a))
            for p in items(n.b) { try visitPattern(NodeID(p)) }
            for p in items(n.d) { try visitPattern(NodeID(p)) }
        case .matchStar:
            if n.a >= 0 { try declare(name(n.a), .assigned, at: id) }
        case .matchAs:
            if n.a >= 0 { try visitPattern(NodeID(n.a)) }
            if n.b >= 0 { try declare(name(n.b), .assigned, at: id) }
        default: break
        }
    }

    func visitExpression(_ id: NodeID) throws(CompileError) {
        let n = tree[id]
        switch n.kind {
        case .name:
            let id = name(n.a)
            let ctx = ExprContext(rawValue: n.op) ?? .load
            current.add(id, ctx == .load ? .used : .assigned)
            if ctx == .load && current.isFunctionLike && (id == "super" || id == "__class__") {
                markClassCellUse()
            }
        case .boolOp: try visitExpressions(n.a)
        case .namedExpr:
            try refuseInAnnotation("named expression", id)
            if current.comprehensionIterableDepth > 0 {
                throw error("assignment expression cannot be used in a comprehension iterable expression", id)
            }
            try visitNamedTarget(NodeID(n.a))
            try visitExpression(NodeID(n.b))
        case .binOp:
            try visitExpression(NodeID(n.a))
            try visitExpression(NodeID(n.b))
        case .unaryOp: try visitExpression(NodeID(n.a))
        case .lambda:
            try visitArgumentDefaults(NodeID(n.a))
            _ = push(.function, "lambda", id)
            try declareParameters(NodeID(n.a))
            try visitExpression(NodeID(n.b))
            pop()
        case .ifExp:
            try visitExpression(NodeID(n.a))
            try visitExpression(NodeID(n.b))
            try visitExpression(NodeID(n.c))
        case .dict:
            try visitExpressions(n.a)
            try visitExpressions(n.b)
        case .set, .joinedStr: try visitExpressions(n.a)
        case .list, .tuple: try visitExpressions(n.a)
        case .listComp, .setComp, .generatorExp:
            try visitComprehension(id, generators: n.b, kind: n.kind, elements: [n.a])
        case .dictComp:
            try visitComprehension(id, generators: n.c, kind: n.kind, elements: [n.a, n.b])
        case .await:
            try refuseInAnnotation("await expression", id)
            try visitExpression(NodeID(n.a))
            current.isCoroutine = true
        case .yield, .yieldFrom:
            try refuseInAnnotation("yield expression", id)
            // Outside a function it is code generation's error, in source order with its others.
            current.isGenerator = true
            try visitOptional(n.a)
            if current.kind == .comprehension {
                let what = ["listcomp": "list comprehension", "setcomp": "set comprehension", "dictcomp": "dict comprehension"]
                throw error("'yield' inside \(what[current.name] ?? "generator expression")", id)
            }
        case .compare:
            try visitExpression(NodeID(n.a))
            try visitExpressions(n.c)
        case .call:
            try visitExpression(NodeID(n.a))
            try visitExpressions(n.b)
            for k in items(n.c) { try visitExpression(NodeID(tree[NodeID(k)].b)) }
        case .formattedValue:
            try visitExpression(NodeID(n.a))
            try visitOptional(n.c)
        case .attribute: try visitExpression(NodeID(n.a))
        case .subscript:
            try visitExpression(NodeID(n.a))
            try visitExpression(NodeID(n.b))
        case .starred: try visitExpression(NodeID(n.a))
        case .slice:
            try visitOptional(n.a)
            try visitOptional(n.b)
            try visitOptional(n.c)
        default: break
        }
    }

    private func markClassCellUse() {
        var scope: Scope? = current
        while let s = scope, s.kind != .class { s.needsClassCell = true; scope = s.parent }
    }

    /// `(x := v)` inside a comprehension binds `x` in the enclosing function or module.
    private func visitNamedTarget(_ target: NodeID) throws(CompileError) {
        let id = name(tree[target].a)
        guard current.kind == .comprehension else {
            current.add(id, .assigned)
            return
        }
        var scope = current!
        while scope.kind == .comprehension {
            if scope.flags[id]?.contains(.assigned) == true && scope.parameters.isEmpty == false {
                throw error("assignment expression cannot rebind comprehension iteration variable '\(id)'", target)
            }
            scope.add(id, .nonlocal)
            scope = scope.parent!
        }
        if scope.kind == .class {
            throw error("assignment expression within a comprehension cannot be used in a class body", target)
        }
        scope.add(id, scope.kind == .module ? .assigned : .assigned)
        if scope.kind == .module {
            var inner: Scope? = current
            while let s = inner, s.kind == .comprehension {
                s.flags[id] = .global
                inner = s.parent
            }
        }
    }

    private func visitIterable(_ id: NodeID) throws(CompileError) {
        current.comprehensionIterableDepth += 1
        defer { current.comprehensionIterableDepth -= 1 }
        try visitExpression(id)
    }

    private func visitComprehension(_ id: NodeID, generators: Int32, kind: NodeKind, elements: [Int32]) throws(CompileError) {
        let list = Array(items(generators))
        let first = tree[NodeID(list[0])]
        try visitIterable(NodeID(first.b))
        let names: [NodeKind: String] = [.listComp: "listcomp", .setComp: "setcomp", .dictComp: "dictcomp", .generatorExp: "genexpr"]
        let scope = push(.comprehension, names[kind]!, id)
        scope.isGenerator = kind == .generatorExp
        current.add(".0", .parameter)
        current.parameters.append(".0")
        for (i, g) in list.enumerated() {
            let c = tree[NodeID(g)]
            if c.op != 0 { scope.isCoroutine = true }
            try visitExpression(NodeID(c.a))
            if i > 0 { try visitIterable(NodeID(c.b)) }
            try visitExpressions(c.c)
        }
        for e in elements { try visitExpression(NodeID(e)) }
        pop()
        // An async list, set or dict comprehension makes its scope await it.
        if scope.isCoroutine && kind != .generatorExp { current.isCoroutine = true }
    }
}

/// CPython's `analyze_block`: resolves every name of every scope.
enum Analysis {
    static func run(_ module: Scope, filename: String) throws(CompileError) {
        _ = try analyze(module, bound: [], globals: [], filename: filename)
    }

    /// Returns the names free in `scope` (to be resolved by its parents).
    static func analyze(_ scope: Scope, bound: Set<String>, globals: Set<String>, filename: String) throws(CompileError) -> Set<String> {
        var locals = Set<String>()
        var newGlobals = globals
        var free = Set<String>()
        for name in scope.order {
            let f = scope.flags[name]!
            if f.contains(.global) {
                scope.scopes[name] = .globalExplicit
                newGlobals.insert(name)
            } else if f.contains(.nonlocal) {
                guard bound.contains(name) else {
                    throw CompileError(message: "no binding for nonlocal '\(name)' found", filename: filename,
                                       span: scope.nonlocalSpans[name] ?? SourceSpan(lineno: scope.line, colOffset: 0, endLineno: scope.line, endColOffset: 0))
                }
                scope.scopes[name] = .free
                free.insert(name)
            } else if !f.intersection(.bound).isEmpty {
                scope.scopes[name] = .local
                locals.insert(name)
                if scope.kind != .class { newGlobals.remove(name) }
            } else if scope.kind != .module && bound.contains(name) && (!globals.contains(name) || name == "__class__") {
                // The class cell is bound by the class itself, after any global statement
                // (a `global __class__` elsewhere in the module does not hide it).
                scope.scopes[name] = .free
                free.insert(name)
            } else {
                scope.scopes[name] = .globalImplicit
            }
        }
        var childBound = bound
        switch scope.kind {
        case .module: childBound = []
        case .class: break
        case .function, .comprehension: childBound.formUnion(locals)
        }
        if scope.kind == .class { childBound.insert("__class__") }
        // A class body's own `global` statements do not reach its methods: CPython hands
        // them the globals known before the class's names were analysed.
        let childGlobals = scope.kind == .class ? globals : newGlobals
        var childFree = Set<String>()
        for child in scope.children {
            childFree.formUnion(try analyze(child, bound: childBound, globals: childGlobals, filename: filename))
        }
        if scope.kind == .class && childFree.contains("__class__") {
            scope.hasClassCell = true
            childFree.remove("__class__")
        }
        for name in childFree {
            if scope.isFunctionLike, scope.scopes[name] == .local {
                scope.scopes[name] = .cell
            } else if scope.kind == .class {
                scope.classFrees.insert(name)
                free.insert(name)
            } else if scope.kind != .module {
                // A name only passing through to nested scopes is free here too.
                if scope.flags[name] == nil {
                    scope.flags[name] = []
                    scope.order.append(name)
                }
                if scope.scopes[name] == nil || scope.scopes[name] == .globalImplicit { scope.scopes[name] = .free }
                if scope.scopes[name] == .free { free.insert(name) }
            }
        }
        // A method that uses super() or __class__ gets `__class__` as a free variable.
        if scope.isFunctionLike && scope.needsClassCell && bound.contains("__class__") && scope.scopes["__class__"] == nil {
            scope.scopes["__class__"] = .free
            scope.order.append("__class__")
            scope.flags["__class__"] = .used
            free.insert("__class__")
        }
        return free
    }
}
