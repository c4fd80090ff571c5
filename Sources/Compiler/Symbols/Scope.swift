import Parser

/// Where a name lives once its scope has been analysed (CPython's symtable scopes).
public enum NameScope: Sendable {
    case local, globalExplicit, globalImplicit, free, cell
}

/// One scope of a module: the module itself, a function, lambda, comprehension or class body.
public final class Scope {
    public enum Kind { case module, function, `class`, comprehension }

    struct Flags: OptionSet {
        let rawValue: UInt16
        static let assigned = Flags(rawValue: 1)
        static let parameter = Flags(rawValue: 2)
        static let global = Flags(rawValue: 4)
        static let nonlocal = Flags(rawValue: 8)
        static let used = Flags(rawValue: 16)
        static let imported = Flags(rawValue: 32)
        static let annotated = Flags(rawValue: 64)
        static let bound: Flags = [.assigned, .parameter, .imported]
    }

    public let kind: Kind
    public let name: String
    let node: NodeID
    let parent: Scope?
    var children: [Scope] = []
    /// Names in order of first appearance, with what the scope does with them.
    var flags: [String: Flags] = [:]
    var order: [String] = []
    /// Parameters in order.
    var parameters: [String] = []
    public internal(set) var scopes: [String: NameScope] = [:]
    /// Free names of nested scopes that pass through a class body.
    var classFrees = Set<String>()
    /// Where each `nonlocal` name was declared, for the error when it has no binding.
    var nonlocalSpans: [String: SourceSpan] = [:]
    /// How deep this scope is in comprehensions' iterable expressions, where `:=` is refused.
    var comprehensionIterableDepth = 0
    var isGenerator = false
    var isCoroutine = false
    /// An `async def` body, where `await`, `async for` and `async with` are allowed.
    var isAsyncFunction = false
    /// The scope an annotation is checked in under PEP 563 (never compiled).
    var isAnnotationBlock = false
    var hasVarargs = false
    var hasVarkeywords = false
    /// A method uses `super()` or `__class__`: the class body needs the `__class__` cell.
    var needsClassCell = false
    /// A class body whose methods need `__class__`.
    var hasClassCell = false
    let line: Int32

    /// The class whose private names (`__x`) are mangled here: the innermost class
    /// body this scope is, or is nested in.
    let privateClass: String?

    init(kind: Kind, name: String, node: NodeID, parent: Scope?, line: Int32) {
        self.kind = kind
        self.name = name
        self.node = node
        self.parent = parent
        self.line = line
        self.privateClass = kind == .class ? name : parent?.privateClass
    }

    /// CPython's `_Py_Mangle`: `__x` inside class `C` is `_C__x`, unless it ends with
    /// two underscores or contains a dot; a class named only underscores mangles nothing.
    func mangle(_ name: String) -> String {
        guard let cls = privateClass, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
        let stripped = cls.drop { $0 == "_" }
        return stripped.isEmpty ? name : "_" + stripped + name
    }

    func add(_ rawName: String, _ f: Flags) {
        let name = mangle(rawName)
        if let old = flags[name] {
            flags[name] = old.union(f)
        } else {
            flags[name] = f
            order.append(name)
        }
    }

    public func scope(of name: String) -> NameScope {
        scopes[name] ?? .globalImplicit
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }
}
