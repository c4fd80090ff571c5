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
    var isGenerator = false
    var isCoroutine = false
    var hasVarargs = false
    var hasVarkeywords = false
    /// A method uses `super()` or `__class__`: the class body needs the `__class__` cell.
    var needsClassCell = false
    /// A class body whose methods need `__class__`.
    var hasClassCell = false
    let line: Int32

    init(kind: Kind, name: String, node: NodeID, parent: Scope?, line: Int32) {
        self.kind = kind
        self.name = name
        self.node = node
        self.parent = parent
        self.line = line
    }

    func add(_ name: String, _ f: Flags) {
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
