import Compiler
import Interpreter
import ObjectLayout
import ObjectModel

/// `_imp`: what importlib's bootstrap asks of the runtime. Krait's native modules are
/// its built-in modules; it has no frozen modules (the bootstrap itself is compiled
/// from CPython's library at start-up) and loads no C extensions yet.
enum ImpModule {
    /// Depth of `acquire_lock` calls: one thread runs Python, so the lock is a count.
    nonisolated(unsafe) static var lockDepth = 0

    static func create() throws(PyException) -> Value {
        let m = try NativeModule.make("_imp", doc: "(Extremely) low-level import machinery bits as used by importlib and imp.", functions: [
            MethodSpec("_fix_co_filename", doc: "_fix_co_filename($module, code, path, /)\n--\n\nChanges code.co_filename to specify the passed-in file path.\n\n  code\n    Code object to change.\n  path\n    File path to use.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.positional("_fix_co_filename", min: 2, max: 2)
                    guard args[0].isObject, args[0].type == Krait_code_type else {
                        throw PyException.typeError("_fix_co_filename() argument 1 must be code, not \(TypeObject.name(args[0].type))")
                    }
                    guard ImpModule.isStr(args[1]) else {
                        throw PyException.typeError("_fix_co_filename() argument 2 must be str, not \(TypeObject.name(args[1].type))")
                    }
                    ImpModule.fixFilename(args[0], from: CodeObjects.code(args[0]).pointee.co_filename, to: args[1])
                    return .none
                }
            },
            MethodSpec("_frozen_module_names", doc: "_frozen_module_names($module, /)\n--\n\nReturns the list of available frozen modules.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in try Arguments(a, n, k).positional("_frozen_module_names", min: 0, max: 0); return Tuple.allocate(count: 0) }
            },
            MethodSpec("_override_frozen_modules_for_tests", doc: "_override_frozen_modules_for_tests($module, override, /)\n--\n\n(internal-only) Override PyConfig.use_frozen_modules.\n\n(-1: \"off\", 1: \"on\", 0: no override)\nSee frozen_modules() in Lib/test/support/import_helper.py.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.positional("_override_frozen_modules_for_tests", min: 1, max: 1)
                    _ = try Protocols.index(args[0], overflow: Krait_exc_OverflowError)
                    return .none
                }
            },
            MethodSpec("acquire_lock", doc: "acquire_lock($module, /)\n--\n\nAcquires the interpreter's import lock for the current thread.\n\nThis lock should be used by import hooks to ensure thread-safety when importing\nmodules. On platforms without threads, this function does nothing.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    try Arguments(a, n, k).positional("acquire_lock", min: 0, max: 0)
                    ImpModule.lockDepth += 1
                    return .none
                }
            },
            MethodSpec("create_builtin", doc: "create_builtin($module, spec, /)\n--\n\nCreate an extension module.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let spec = try Arguments(a, n, k).one("create_builtin")
                    let name = try Protocols.getAttribute(spec, Interned.literal("name"))
                    guard ImpModule.isStr(name) else {
                        throw PyException.typeError("name must be string, not \(TypeObject.name(name.type))")
                    }
                    let text = Str.swiftString(name)
                    if text == "sys" || text == "builtins", let existing = try Dict.getItem(ImportSystem.modules, name) {
                        return existing
                    }
                    return try ImportSystem.native(text) ?? .none
                }
            },
            MethodSpec("create_dynamic", doc: "create_dynamic($module, spec, file=<unrepresentable>, /)\n--\n\nCreate an extension module.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.positional("create_dynamic", min: 1, max: 2)
                    let name = try Protocols.getAttribute(args[0], Interned.literal("name"))
                    let e = PyException(Krait_exc_ImportError, "Krait cannot load C extension modules yet: \(Str.swiftString(try Protocols.repr(name)))")
                    _ = try? Protocols.setAttribute(e.value, Interned.literal("name"), name)
                    throw e
                }
            },
            MethodSpec("exec_builtin", doc: "exec_builtin($module, mod, /)\n--\n\nInitialize a built-in module.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in _ = try Arguments(a, n, k).one("exec_builtin"); return IntObject.make(0) }
            },
            MethodSpec("exec_dynamic", doc: "exec_dynamic($module, mod, /)\n--\n\nInitialize an extension module.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in _ = try Arguments(a, n, k).one("exec_dynamic"); return IntObject.make(0) }
            },
            MethodSpec("extension_suffixes", doc: "extension_suffixes($module, /)\n--\n\nReturns the list of file suffixes used to identify extension modules.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in try Arguments(a, n, k).positional("extension_suffixes", min: 0, max: 0); return List.new() }
            },
            MethodSpec("find_frozen", doc: "find_frozen($module, name, /, *, withdata=False)\n--\n\nReturn info about the corresponding frozen module (if there is one) or None.\n\nThe returned info (a 2-tuple):\n\n * data         the raw marshalled bytes\n * is_package   whether or not it is a package\n * origname     the originally frozen module's name, or None if not\n                a stdlib module (this will usually be the same as\n                the module's current name)") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    let slots = try args.bind("find_frozen", ["name", "withdata"], keywordOnly: 1)
                    guard let name = args.value(at: slots[0]) else {
                        throw PyException.typeError("find_frozen() missing required argument 'name' (pos 1)")
                    }
                    try ImpModule.requireName(name, "find_frozen")
                    return .none
                }
            },
            MethodSpec("get_frozen_object", doc: "get_frozen_object($module, name, data=None, /)\n--\n\nCreate a code object for a frozen module.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.positional("get_frozen_object", min: 1, max: 2)
                    try ImpModule.requireName(args[0], "get_frozen_object")
                    throw try ImpModule.noFrozen(args[0])
                }
            },
            MethodSpec("init_frozen", doc: "init_frozen($module, name, /)\n--\n\nInitializes a frozen module.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let name = try Arguments(a, n, k).one("init_frozen")
                    try ImpModule.requireName(name, "init_frozen")
                    return .none
                }
            },
            MethodSpec("is_builtin", doc: "is_builtin($module, name, /)\n--\n\nReturns True if the module name corresponds to a built-in module.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let name = try Arguments(a, n, k).one("is_builtin")
                    try ImpModule.requireName(name, "is_builtin")
                    let text = Str.swiftString(name)
                    // -1: a module that cannot be initialised again.
                    if text == "sys" || text == "builtins" { return IntObject.make(-1) }
                    return IntObject.make(ImportSystem.natives[text] != nil ? 1 : 0)
                }
            },
            MethodSpec("is_frozen", doc: "is_frozen($module, name, /)\n--\n\nReturns True if the module name corresponds to a frozen module.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let name = try Arguments(a, n, k).one("is_frozen")
                    try ImpModule.requireName(name, "is_frozen")
                    return .false
                }
            },
            MethodSpec("is_frozen_package", doc: "is_frozen_package($module, name, /)\n--\n\nReturns True if the module name is of a frozen package.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let name = try Arguments(a, n, k).one("is_frozen_package")
                    try ImpModule.requireName(name, "is_frozen_package")
                    throw try ImpModule.noFrozen(name)
                }
            },
            MethodSpec("lock_held", doc: "lock_held($module, /)\n--\n\nReturn True if the import lock is currently held, else False.\n\nOn platforms without threads, return False.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    try Arguments(a, n, k).positional("lock_held", min: 0, max: 0)
                    return .bool(ImpModule.lockDepth > 0)
                }
            },
            MethodSpec("release_lock", doc: "release_lock($module, /)\n--\n\nRelease the interpreter's import lock.\n\nOn platforms without threads, this function does nothing.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    try Arguments(a, n, k).positional("release_lock", min: 0, max: 0)
                    guard ImpModule.lockDepth > 0 else { throw PyException(Krait_exc_RuntimeError, "not holding the import lock") }
                    ImpModule.lockDepth -= 1
                    return .none
                }
            },
            MethodSpec("source_hash", doc: "source_hash($module, /, key, source)\n--\n\n") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    let slots = try args.bind("source_hash", ["key", "source"], keywordOnly: 0)
                    guard let key = args.value(at: slots[0]) else { throw PyException.typeError("source_hash() missing required argument 'key' (pos 1)") }
                    guard let source = args.value(at: slots[1]) else { throw PyException.typeError("source_hash() missing required argument 'source' (pos 2)") }
                    let k = try Protocols.index(key, overflow: Krait_exc_OverflowError)
                    let data = try MarshalModule.contents(source)
                    var hash = data.withUnsafeBytes { Hashing.keyed(UInt64(bitPattern: Int64(k)), $0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, count: data.count) }
                    return withUnsafeBytes(of: &hash) { Bytes.make($0) }
                }
            },
        ])
        try NativeModule.set(m, "check_hash_based_pycs", Str.make("default"))
        return m
    }

    static func isStr(_ v: Value) -> Bool { TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) }

    static func requireName(_ name: Value, _ function: String) throws(PyException) {
        guard ImpModule.isStr(name) else {
            throw PyException.typeError("\(function)() argument must be str, not \(TypeObject.name(name.type))")
        }
    }

    static func noFrozen(_ name: Value) throws(PyException) -> PyException {
        let e = PyException(Krait_exc_ImportError, "No such frozen object named \(Str.swiftString(try Protocols.repr(name)))")
        _ = try? Protocols.setAttribute(e.value, Interned.literal("name"), name)
        return e
    }

    /// `update_compiled_module`: the file name of `code` and of the code objects among
    /// its constants that had the same one.
    static func fixFilename(_ code: Value, from old: Value, to new: Value) {
        let c = CodeObjects.code(code)
        guard Str.equal(c.pointee.co_filename, old) else { return }
        c.pointee.co_filename = new
        let consts = c.pointee.co_consts
        for i in 0..<Tuple.count(consts) {
            let item = Tuple.item(consts, i)
            if item.isObject && item.type == Krait_code_type { fixFilename(item, from: old, to: new) }
        }
    }
}
