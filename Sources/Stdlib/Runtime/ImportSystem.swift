import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// Finding and loading modules: `sys.modules` first, then the native modules, then
/// `name.py` or `name/__init__.py` on `sys.path`.
public enum ImportSystem {
    nonisolated(unsafe) public static var modules: Value = .empty
    nonisolated(unsafe) public static var path: Value = .empty
    /// Whether CPython's standard library is on `sys.path` (see `StdlibLocation`).
    nonisolated(unsafe) static var stdlibFound = false
    /// The native modules but `builtins` and `sys`, each made on its first import.
    static let natives: [String: () throws(PyException) -> Value] = [
        "time": TimeModule.create, "math": MathModule.create, "cmath": CMathModule.create, "gc": GCModule.create,
        "_weakref": { () throws(PyException) in try WeakrefModule.create("_weakref") },
        "__future__": FutureModule.create, "itertools": ItertoolsModule.create, "_functools": FunctoolsModule.create,
        "_operator": OperatorModule.create, "_collections": CollectionsModule.create, "errno": ErrnoModule.create,
        "_string": StringModule.create, "_warnings": WarningsModule.create, "posix": PosixModule.create,
        "_thread": ThreadModule.create, "_random": RandomModule.create,
        "_md5": BuiltinDigestModules.md5, "_sha1": BuiltinDigestModules.sha1, "_sha256": BuiltinDigestModules.sha256,
        "_sha512": BuiltinDigestModules.sha512, "_sha3": BuiltinDigestModules.sha3, "_blake2": Blake2Module.create,
        "_hashlib": HashlibModule.create, "array": ArrayModule.create, "_io": IOModule.create,
        "marshal": MarshalModule.create, "_imp": ImpModule.create,
        "_sre": SREModule.create, "_codecs": CodecsModule.create,
        "_bisect": BisectModule.create, "_heapq": HeapqModule.create, "atexit": AtexitModule.create,
        "_struct": StructModule.create,
        "_contextvars": ContextModule.create, "select": SelectModule.create, "_socket": SocketModule.create,
        "_posixsubprocess": PosixSubprocessModule.create, "fcntl": FcntlModule.create, "pwd": PwdModule.create,
        "grp": GrpModule.create, "resource": ResourceModule.create,
        "_ast": ASTModule.create,
        "_json": JSONModule.create,
        "binascii": BinasciiModule.create, "zlib": ZlibModule.create, "unicodedata": UnicodedataModule.create,
        "_signal": SignalModule.create, "_csv": CSVModule.create,
        "pyexpat": ExpatModule.create,
    ]

    /// The native module `name`, created on its first import, or nil when there is none.
    static func native(_ name: String) throws(PyException) -> Value? {
        if let create = natives[name] { return try create() }
        // A stop-gap without CPython's library, whose weakref.py (built on `_weakref`,
        // with WeakValueDictionary and the rest) is used when it is there.
        if name == "weakref" && !stdlibFound { return try WeakrefModule.create("weakref") }
        return nil
    }

    static func setUp() {
        modules = Dict.new()
        path = List.new()
        Allocation.makeImmortal(modules.object)
        Allocation.makeImmortal(path.object)
        Imports.importModule = { name, globals, fromlist, level throws(PyException) in
            try ImportSystem.importModule(name, globals, fromlist, level)
        }
        RuntimeHooks.importModule = { name throws(PyException) in
            _ = try ImportSystem.importModule(Str.make(name), .none, .none, IntObject.make(0))
            guard let module = try Dict.getItem(ImportSystem.modules, Str.make(name)) else {
                throw PyException(Krait_exc_ImportError, "import of \(name) halted; None in sys.modules")
            }
            return module
        }
    }

    public static func importModule(_ nameValue: Value, _ globals: Value, _ fromlist: Value, _ levelValue: Value) throws(PyException) -> Value {
        guard TypeObject.hasFlag(nameValue.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("module name must be a string")
        }
        let level = IntObject.machineValue(levelValue) ?? 0
        if level < 0 { throw PyException.valueError("level must be >= 0") }
        let given = Str.swiftString(nameValue)
        let name = level > 0 ? try resolveRelative(given, globals: globals, level: level) : given
        guard !name.isEmpty else { throw PyException.valueError("Empty module name") }
        // importlib is installed on the first import that neither sys.modules nor the
        // native modules answer; its `_setup` then gives earlier native modules their
        // specs, as it does for CPython's built-in modules at start-up.
        if ImportBootstrap.library != nil, !ImportBootstrap.installed, natives[name] == nil,
           (try Dict.getItem(modules, Str.make(name)) ?? .none) == .none {
            ImportBootstrap.installIfPending()
        }
        if ImportBootstrap.installed {
            return try ImportBootstrap.importModule(given, absolute: name, fromlist: fromlist, level: level)
        }
        // Each dotted prefix is imported after its parent, the one before it. An empty
        // prefix is no module: `.a` imported absolutely is a top-level name, as in CPython.
        var prefixes = name.indices.filter { name[$0] == "." }.map { String(name[..<$0]) }
        prefixes.append(name)
        var parent = "", prefix = ""
        var top = Value.empty, leaf = Value.empty
        for next in prefixes where !next.isEmpty {
            parent = prefix
            prefix = next
            leaf = try load(prefix, parent: parent)
            if top.isEmpty { top = leaf }
        }
        let wantsLeaf = fromlist == .none || fromlist.isEmpty ? false : try Protocols.isTrue(fromlist)
        if wantsLeaf {
            // `from package import submodule` imports the submodule.
            if let path = try Protocols.lookupAttribute(leaf, Interned.literal("__path__")), path != .none {
                try Protocols.forEach(fromlist) { item throws(PyException) in
                    let n = Str.swiftString(item)
                    if n != "*", try Protocols.lookupAttribute(leaf, item) == nil {
                        // Only the submodule's own absence is left to the caller's
                        // "cannot import name", as CPython's `_handle_fromlist`.
                        do throws(PyException) {
                            _ = try load(prefix + "." + n, parent: prefix)
                        } catch where error.matches(Krait_exc_ModuleNotFoundError) && ImportSystem.isMissing(error, prefix + "." + n) {
                        }
                    }
                }
            }
            return leaf
        }
        return top
    }

    /// The absolute name of a relative import, from the importing module's `__package__`,
    /// else its `__spec__.parent`, else its `__name__`.
    static func resolveRelative(_ name: String, globals: Value, level: Int) throws(PyException) -> String {
        guard TypeObject.hasFlag(globals.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else {
            throw PyException.typeError("globals must be a dict")
        }
        var base: String
        if let package = Dict.getItem(globals, string: Interned.literal("__package__")), package != .none {
            guard TypeObject.hasFlag(package.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else { throw PyException.typeError("package must be a string") }
            base = Str.swiftString(package)
        } else if let spec = Dict.getItem(globals, string: Interned.literal("__spec__")), spec != .none {
            let parent = try Protocols.getAttribute(spec, Interned.literal("parent"))
            guard TypeObject.hasFlag(parent.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else { throw PyException.typeError("__spec__.parent must be a string") }
            base = Str.swiftString(parent)
        } else {
            guard let moduleName = Dict.getItem(globals, string: Interned.literal("__name__")) else {
                throw PyException(Krait_exc_KeyError, "'__name__' not in globals")
            }
            guard TypeObject.hasFlag(moduleName.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else { throw PyException.typeError("__name__ must be a string") }
            base = Str.swiftString(moduleName)
            // A module that is not a package is relative to the package containing it.
            if Dict.getItem(globals, string: Interned.literal("__path__")) == nil {
                base = base.contains(".") ? String(base[..<base.lastIndex(of: ".")!]) : ""
            }
        }
        if base.isEmpty { throw PyException(Krait_exc_ImportError, "attempted relative import with no known parent package") }
        for _ in 1..<level {
            guard let dot = base.lastIndex(of: ".") else {
                throw PyException(Krait_exc_ImportError, "attempted relative import beyond top-level package")
            }
            base = String(base[..<dot])
        }
        return name.isEmpty ? base : base + "." + name
    }

    /// The module `fullName`, loading it when it is not in `sys.modules`.
    static func load(_ fullName: String, parent: String) throws(PyException) -> Value {
        let key = Str.make(fullName)
        if let m = try Dict.getItem(modules, key) {
            if m == .none { throw notFound(fullName, message: "import of \(fullName) halted; None in sys.modules") }
            return m
        }
        if let m = try native(fullName) {
            try Dict.setItem(modules, key, m)
            return m
        }
        var searchPath = path
        if !parent.isEmpty, let p = try Dict.getItem(modules, Str.make(parent)) {
            guard let parentPath = try Protocols.lookupAttribute(p, Interned.literal("__path__")) else {
                throw try notFound(fullName, because: "; \(Str.swiftString(try Protocols.repr(Str.make(parent)))) is not a package")
            }
            searchPath = parentPath
        }
        let last = fullName.lastIndex(of: ".").map { String(fullName[fullName.index(after: $0)...]) } ?? fullName
        var found: (file: String, package: String?)?
        try Protocols.forEach(searchPath) { entry throws(PyException) in
            guard found == nil, !last.isEmpty, entry.isExactly(Krait_str_type) else { return }
            let dir = Str.swiftString(entry)
            let base = dir.isEmpty ? last : dir + "/" + last
            if access(base + "/__init__.py", R_OK) == 0 {
                found = (base + "/__init__.py", base)
            } else if access(base + ".py", R_OK) == 0 {
                found = (base + ".py", nil)
            }
        }
        guard let (file, package) = found else { throw try notFound(fullName, because: "") }
        let module = try execFile(file, as: fullName, package: package)
        // A submodule becomes an attribute of its package, as CPython's `_find_and_load`.
        if !parent.isEmpty, let p = try Dict.getItem(modules, Str.make(parent)) {
            try Protocols.setAttribute(p, Str.make(last), module)
        }
        return module
    }

    /// Whether `error` says that module `name` itself is not found.
    static func isMissing(_ error: PyException, _ name: String) -> Bool {
        guard let missing = try? Protocols.lookupAttribute(error.value, Interned.literal("name")), missing.isExactly(Krait_str_type) else { return false }
        return Str.swiftString(missing) == name
    }

    /// CPython's `No module named 'a.b'`, with the name in the exception's `name`.
    static func notFound(_ fullName: String, because reason: String) throws(PyException) -> PyException {
        notFound(fullName, message: "No module named \(Str.swiftString(try Protocols.repr(Str.make(fullName))))\(reason)")
    }

    /// A ModuleNotFoundError about module `fullName`, with the name in its `name`.
    static func notFound(_ fullName: String, message: String) -> PyException {
        let e = PyException(Krait_exc_ModuleNotFoundError, message)
        _ = try? Protocols.setAttribute(e.value, Interned.literal("name"), Str.make(fullName))
        return e
    }

    static func execFile(_ file: String, as name: String, package: String?) throws(PyException) -> Value {
        guard let source = readFile(file) else {
            throw PyException(Krait_exc_ImportError, "cannot read '\(file)'")
        }
        let module = try Modules.make(name: name)
        let dict = Modules.dict(module)
        try Dict.setItem(dict, Interned.literal("__file__"), Str.make(file))
        try Dict.setItem(dict, Interned.literal("__builtins__"), BuiltinsModule.module)
        if let package {
            try Dict.setItem(dict, Interned.literal("__path__"), List.make([Str.make(package)]))
            try Dict.setItem(dict, Interned.literal("__package__"), Str.make(name))
        } else {
            let parent = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : ""
            try Dict.setItem(dict, Interned.literal("__package__"), Str.make(parent))
        }
        let key = Str.make(name)
        try Dict.setItem(modules, key, module)
        do throws(PyException) {
            let code = try Execution.compile(source, filename: file, mode: .exec)
            _ = try Interpreter.runCode(code, globals: dict, locals: dict, builtins: BuiltinsModule.dict)
        } catch {
            _ = try? Dict.deleteItem(modules, key)
            throw error
        }
        return try Dict.getItem(modules, key) ?? module
    }

    public static func readFile(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count { break }
        }
        return bytes
    }
}
