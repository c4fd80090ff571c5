import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// CPython's own import machinery: importlib's `_bootstrap` and `_bootstrap_external`
/// from the library on `sys.path`, compiled at start-up under the names CPython
/// freezes them as, and installed the way CPython installs its frozen copies. Then
/// `import` works as CPython's `PyImport_ImportModuleLevelObject`: a module already in
/// `sys.modules` is taken from there, anything else goes to `_find_and_load` (meta
/// path finders, path hooks, specs, loaders, namespace packages).
enum ImportBootstrap {
    nonisolated(unsafe) static var bootstrap: Value = .empty
    nonisolated(unsafe) static var findAndLoad: Value = .empty
    nonisolated(unsafe) static var handleFromlist: Value = .empty

    /// The library whose importlib is still to be installed: start-up leaves that to
    /// the first import that has to load a module, so `krait -c pass` does not pay for
    /// it. (A library without importlib is imported by Krait's own loader.)
    nonisolated(unsafe) static var library: String?

    static var installed: Bool { !bootstrap.isEmpty }

    /// Installs the bootstrap if it is pending; a failure leaves Krait's loader in
    /// charge and says why on stderr.
    static func installIfPending() {
        guard let library else { return }
        self.library = nil
        do throws(PyException) {
            guard let sys = try Dict.getItem(ImportSystem.modules, Interned.literal("sys")) else { return }
            try install(library: library, sys: sys)
        } catch {
            bootstrap = .empty
            fputs("krait: importlib's bootstrap failed; using Krait's loader:\n\(TracebackPrinter.format(error.value))\n", stderr)
        }
    }

    static func install(library: String, sys: Value) throws(PyException) {
        let imp = try ImportSystem.load("_imp", parent: "")
        let core = try frozen("_frozen_importlib", library + "/importlib/_bootstrap.py", "importlib._bootstrap")
        _ = try Protocols.callMethod(core, "_install", sys, imp)
        Allocation.makeImmortal(core.object)
        bootstrap = core
        findAndLoad = try Protocols.getAttribute(core, Interned.literal("_find_and_load"))
        handleFromlist = try Protocols.getAttribute(core, Interned.literal("_handle_fromlist"))
        let external = try frozen("_frozen_importlib_external", library + "/importlib/_bootstrap_external.py", "importlib._bootstrap_external")
        // Krait's magic in the headers of cached code (see CodeCache).
        let magic = Bytes.make(CodeCache.magic)
        try Protocols.setAttribute(external, Interned.literal("MAGIC_NUMBER"), magic)
        try Protocols.setAttribute(external, Interned.literal("_RAW_MAGIC_NUMBER"),
                                   try Protocols.callMethod(Value(Krait_int_type), "from_bytes", magic, Str.make("little")))
        _ = try Protocols.callMethod(core, "_install_external_importers")
    }

    /// Runs `file` as module `name` in `sys.modules`, its code named as CPython's
    /// frozen module `frozenName` is (`<frozen importlib._bootstrap>` in tracebacks).
    static func frozen(_ name: String, _ file: String, _ frozenName: String) throws(PyException) -> Value {
        guard let source = ImportSystem.readFile(file) else {
            throw PyException(Krait_exc_ImportError, "cannot read '\(file)'")
        }
        let module = try Modules.make(name: name)
        let dict = Modules.dict(module)
        try Dict.setItem(dict, Interned.literal("__builtins__"), BuiltinsModule.module)
        try Dict.setItem(ImportSystem.modules, Str.make(name), module)
        let write = !StdlibRuntime.options.dontWriteBytecode
        let code = try CodeCache.code(sourcePath: file, write: write) { () throws(PyException) in
            try Execution.compile(source, filename: "<frozen \(frozenName)>", mode: .exec)
        }
        _ = try Interpreter.runCode(code, globals: dict, locals: dict, builtins: BuiltinsModule.dict)
        return module
    }

    /// `import name` (already resolved to `absolute`), as PyImport_ImportModuleLevelObject.
    static func importModule(_ name: String, absolute: String, fromlist: Value, level: Int) throws(PyException) -> Value {
        let key = Str.make(absolute)
        var module = try Dict.getItem(ImportSystem.modules, key) ?? .none
        if module == .none { module = try load(key) }
        let hasFrom = fromlist == .none || fromlist.isEmpty ? false : try Protocols.isTrue(fromlist)
        if hasFrom {
            guard try Protocols.lookupAttribute(module, Interned.literal("__path__")) != nil else { return module }
            return try trimmed { () throws(PyException) in
                try Protocols.call(handleFromlist, module, fromlist, try importFunction())
            }
        }
        guard level == 0 || !name.isEmpty, let dot = name.firstIndex(of: ".") else { return module }
        if level == 0 { return try importModule(String(name[..<dot]), absolute: String(name[..<dot]), fromlist: .none, level: 0) }
        let cutOff = name.distance(from: dot, to: name.endIndex)
        let front = String(absolute.prefix(absolute.count - cutOff))
        guard let top = try Dict.getItem(ImportSystem.modules, Str.make(front)) else {
            throw PyException(Krait_exc_KeyError, "\(Str.swiftString(try Protocols.repr(Str.make(front)))) not in sys.modules as expected")
        }
        return top
    }

    static func load(_ key: Value) throws(PyException) -> Value {
        try trimmed { () throws(PyException) in try Protocols.call(findAndLoad, key, try importFunction()) }
    }

    static func importFunction() throws(PyException) -> Value {
        guard let f = Dict.getItem(BuiltinsModule.dict, string: Interned.literal("__import__")) else {
            throw PyException(Krait_exc_ImportError, "__import__ not found")
        }
        return f
    }

    /// Runs `body`, leaving importlib's own frames out of an exception's traceback.
    static func trimmed(_ body: () throws(PyException) -> Value) throws(PyException) -> Value {
        do throws(PyException) {
            return try body()
        } catch {
            Tracebacks.removeImportlibFrames(error.value)
            throw error
        }
    }
}
