import ObjectLayout
import Parser

/// AST to code units: one unit per module, function, lambda, class body and
/// comprehension, generated as CPython 3.11's compiler does (its instruction
/// sequences, adapted to Krait's instruction set).
public final class Compiler {
    /// The tree as the constant folder left it.
    let tree: AST
    /// The values of folded nodes (`ConstantFolder`).
    let folded: [Int32: ConstantKey]
    let foldedFirstStrings: Set<Int32>
    let filename: String
    let symbols: SymbolTable
    /// Every unit, the module's first; `ConstantKey.code(i)` refers to `units[i]`.
    var units: [CodeUnit] = []
    var unit: CodeUnit!
    var blocks: [FrameBlock] = []
    /// `-O`: asserts and `__debug__` blocks are left out.
    let optimize: Bool
    let future: FutureFeatures
    /// PEP 563: annotations are compiled to their source text.
    let stringAnnotations: Bool
    /// The names the `case` pattern being compiled binds so far, and the span of the last
    /// sub-pattern compiled, which is where CPython reports a pattern's errors.
    var patternNames: [String] = []
    var patternSpan = SourceSpan.zero

    init(tree: AST, filename: String, optimize: Bool, flags: Int32) throws(CompileError) {
        self.filename = filename
        self.optimize = optimize
        self.future = try FutureFeatures.parse(tree, filename: filename)
        self.stringAnnotations = future.annotations || flags & KRAIT_CO_FUTURE_ANNOTATIONS != 0
        // As CPython: future features, then the AST optimiser, then the symbol table.
        let folder = ConstantFolder.fold(tree, optimize: optimize, stringAnnotations: stringAnnotations)
        self.tree = folder.tree
        self.folded = folder.folded
        self.foldedFirstStrings = folder.foldedFirstStrings
        self.symbols = try SymbolTable.build(self.tree, filename: filename, stringAnnotations: stringAnnotations)
    }

    /// Compiles a parsed module (or an expression for `eval`) into code units. `flags`
    /// are future features already on (inherited by `exec` and `eval`).
    public static func compile(_ tree: AST, filename: String, optimize: Bool = false, flags: Int32 = 0) throws(CompileError) -> CompiledModule {
        let c = try Compiler(tree: tree, filename: filename, optimize: optimize, flags: flags)
        try c.compileTop()
        // As in CPython, every code object records the future features it was compiled with.
        if c.stringAnnotations {
            for u in c.units { u.flags |= KRAIT_CO_FUTURE_ANNOTATIONS }
        }
        return CompiledModule(units: c.units, filename: filename)
    }

    func compileTop() throws(CompileError) {
        let root = tree[tree.root]
        unit = newUnit(symbols.top, name: "<module>", qualname: "<module>", firstLine: 1, parameters: [])
        switch root.kind {
        case .expression:
            try expression(NodeID(root.a))
            unit.emit(.returnValue)
        case .interactive:
            for s in items(root.a) { try statement(NodeID(s), interactive: true) }
            returnNone()
        default:
            let body = items(root.a)
            if let first = body.first { unit.position = tree[NodeID(first)].span }
            try docstringAndBody(Array(body), storeDocstring: true)
            returnNone()
        }
        unit.position = SourceSpan(lineno: unit.positions.last?.lineno ?? 1, colOffset: -1, endLineno: -1, endColOffset: -1)
    }

    func newUnit(_ scope: Scope, name: String, qualname: String, firstLine: Int32, parameters: [String]) -> CodeUnit {
        let u = CodeUnit(scope: scope, name: name, qualname: qualname, firstLine: firstLine)
        u.layOutVariables(parameters: parameters)
        units.append(u)
        return u
    }

    // MARK: Helpers

    func items(_ list: Int32) -> [Int32] { Array(tree.items(ListID(list))) }
    func name(_ index: Int32) -> String { tree.names[Int(index)] }

    func error(_ message: String, _ node: NodeID) -> CompileError {
        CompileError(message: message, filename: filename, span: tree[node].span)
    }

    func loadConst(_ key: ConstantKey) { unit.emit(.loadConst, unit.constant(key)) }

    func returnNone() {
        loadConst(.none)
        unit.emit(.returnValue)
    }

    /// The module or class docstring goes to `__doc__`; then the statements.
    func docstringAndBody(_ body: [Int32], storeDocstring: Bool) throws(CompileError) {
        var rest = body[...]
        if storeDocstring, let first = body.first, let doc = docstring(NodeID(first)) {
            unit.position = tree[NodeID(first)].span
            loadConst(.str(doc))
            storeName("__doc__")
            rest = rest.dropFirst()
        }
        if hasAnnotations(body) {
            unit.emit(.setupAnnotations)
        }
        for s in rest { try statement(NodeID(s)) }
    }

    /// A first statement that is a str literal; one that folding made a str is not.
    func docstring(_ statement: NodeID) -> [UInt8]? {
        let s = tree[statement]
        guard s.kind == .expr, !foldedFirstStrings.contains(statement.raw) else { return nil }
        guard case .str(let text)? = constantKey(of: NodeID(s.a)) else { return nil }
        return text
    }

    /// The value of a constant node, literal or folded.
    func constantKey(of id: NodeID) -> ConstantKey? {
        if let key = folded[id.raw] { return key }
        let n = tree[id]
        return n.kind == .constant ? ConstantKey(tree.constants[Int(n.a)]) : nil
    }

    /// Whether a module or class body has annotated assignments needing `__annotations__`.
    func hasAnnotations(_ body: [Int32]) -> Bool {
        for s in body {
            let n = tree[NodeID(s)]
            switch n.kind {
            case .annAssign: return true
            case .for_, .asyncFor, .while_, .if_:
                if hasAnnotations(items(n.c)) || hasAnnotations(items(n.kind == .for_ || n.kind == .asyncFor ? n.d : n.c)) { return true }
                if n.kind == .while_ || n.kind == .if_, hasAnnotations(items(n.b)) { return true }
            case .with, .asyncWith:
                if hasAnnotations(items(n.b)) { return true }
            case .try_, .tryStar:
                if hasAnnotations(items(n.a)) || hasAnnotations(items(n.c)) || hasAnnotations(items(n.d)) { return true }
                for h in items(n.b) where hasAnnotations(items(tree[NodeID(h)].c)) { return true }
            default: break
            }
        }
        return false
    }

    // MARK: Names

    enum NameOperation { case load, store, delete }

    /// An attribute name as it is looked up: private names are mangled.
    func attributeName(_ index: Int32) -> String { unit.scope.mangle(name(index)) }

    func nameOp(_ rawName: String, _ operation: NameOperation) {
        let scope = unit.scope
        let id = scope.mangle(rawName)
        let kind = scope.scopes[id] ?? .globalImplicit
        let functionLike = scope.isFunctionLike
        switch kind {
        case .free, .cell:
            if scope.kind == .class && operation == .load && kind == .free {
                unit.emit(.loadClassDeref, unit.cellIndex[id]!)
                return
            }
            let index = unit.cellIndex[id]!
            switch operation {
            case .load: unit.emit(.loadDeref, index)
            case .store: unit.emit(.storeDeref, index)
            case .delete: unit.emit(.deleteDeref, index)
            }
        case .local where functionLike:
            let index = unit.localIndex[id]!
            switch operation {
            case .load: unit.emit(.loadFast, index)
            case .store: unit.emit(.storeFast, index)
            case .delete: unit.emit(.deleteFast, index)
            }
        // A `global` declaration means the global ops in any scope; an implicit global
        // only in functions (module and class bodies look names up with LOAD_NAME).
        case .globalExplicit,
             .globalImplicit where functionLike:
            let index = unit.name(id)
            switch operation {
            case .load: unit.emit(.loadGlobal, index)
            case .store: unit.emit(.storeGlobal, index)
            case .delete: unit.emit(.deleteGlobal, index)
            }
        default:
            let index = unit.name(id)
            switch operation {
            case .load: unit.emit(.loadName, index)
            case .store: unit.emit(.storeName, index)
            case .delete: unit.emit(.deleteName, index)
            }
        }
    }

    func storeName(_ id: String) { nameOp(id, .store) }
    func loadName(_ id: String) { nameOp(id, .load) }
}

/// The result of compiling one module: its code units, the module's first.
public struct CompiledModule {
    let units: [CodeUnit]
    public let filename: String
}
