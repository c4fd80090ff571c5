import Compiler
import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `-m module` as CPython 3.11's frozen `runpy` runs it: the parent packages are
/// imported first, a package runs its `__main__` submodule, failures to find the module
/// exit with runpy's messages, and the module runs in `__main__` under the two runpy
/// frames tracebacks show. The part of runpy that Python code can see (frames, names,
/// lines) is Python code with the file name `<frozen runpy>`, each statement a
/// traceback shows on the line CPython's has; finding and compiling the file are native.
extension StdlibRuntime {
    /// `-m module`: the module found on `sys.path` (the current directory first) run
    /// as `__main__`.
    public static func runModule(_ name: String, executable: String) -> Int32 {
        _ = try? Protocols.callMethod(ImportSystem.path, "insert", IntObject.make(0), Str.make(currentDirectory()))
        let status: Int32
        do throws(PyException) {
            let main = try Modules.make(name: "__main__")
            let dict = Modules.dict(main)
            try Dict.setItem(dict, Interned.literal("__annotations__"), Dict.new())
            try Dict.setItem(dict, Interned.literal("__builtins__"), BuiltinsModule.module)
            try Dict.setItem(ImportSystem.modules, Interned.literal("__main__"), main)
            // CPython's argv[0] is "-m" until the module is found.
            if let argv = Dict.getItem(SysModule.dict, string: Interned.literal("argv")) {
                try Protocols.setItem(argv, IntObject.make(0), Str.make("-m"))
            }
            let runner = try ModuleRunner.module()
            let run = try Protocols.getAttribute(runner, Str.make("_run_module_as_main"))
            _ = try Protocols.call(run, Str.make(name))
            status = 0
        } catch {
            unhandledKeyboardInterrupt = error.matches(Krait_exc_KeyboardInterrupt)
            status = handleUncaught(error)
        }
        StandardIO.flushOutput()
        return status
    }
}

enum ModuleRunner {
    /// The runner's statements by line: what CPython's runpy does for `-m`, reduced to
    /// what Krait has (no module specs or loaders: `__spec__` and `__loader__` are None,
    /// and `__cached__` too, as `sys.implementation.cache_tag` is None).
    static let lines: [(Int, String)] = [
        (9, "import sys"),
        (65, "def _run_code(code, run_globals, mod_name, file, package):"),
        (66, "    run_globals.update(__name__=mod_name, __file__=file, __cached__=None, __doc__=None,"),
        (67, "                       __loader__=None, __package__=package, __spec__=None)"),
        (88, "    exec(code, run_globals)"),
        (89, "    return run_globals"),
        (104, "def _get_module_details(mod_name):"),
        (105, "    if mod_name.startswith('.'):"),
        (106, "        raise _Error('Relative module names not supported')"),
        (107, "    pkg_name = mod_name.rpartition('.')[0]"),
        (108, "    if pkg_name:"),
        (110, "        try:"),
        // An initialization error of a parent propagates; a missing parent is reported
        // as finding the module fails.
        (112, "            __import__(pkg_name)"),
        (113, "        except ImportError as e:"),
        (117, "            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):"),
        (118, "                raise"),
        (130, "    try:"),
        (131, "        found = _find_spec(mod_name)"),
        (132, "    except (ImportError, AttributeError, TypeError, ValueError) as ex:"),
        (136, "        msg = 'Error while finding module specification for {!r} ({}: {})'"),
        (137, "        if mod_name.endswith('.py'):"),
        (138, "            msg += f\". Try using '{mod_name[:-3]}' instead of '{mod_name}' as the module name.\""),
        (140, "        raise _Error(msg.format(mod_name, type(ex).__name__, ex)) from ex"),
        (141, "    if found is None:"),
        (142, "        raise _Error('No module named %s' % mod_name)"),
        (143, "    file, is_package = found"),
        (144, "    if is_package:"),
        (145, "        if mod_name == '__main__' or mod_name.endswith('.__main__'):"),
        (146, "            raise _Error('Cannot use package as __main__ module')"),
        (147, "        try:"),
        (149, "            return _get_module_details(mod_name + '.__main__')"),
        (150, "        except _Error as e:"),
        (151, "            if mod_name not in sys.modules:"),
        (152, "                raise"),
        (153, "            raise _Error(('%s; %r is a package and cannot ' + 'be directly executed') % (e, mod_name))"),
        (159, "    return mod_name, file, _compile(file)"),
        (164, "class _Error(Exception):"),
        (165, "    pass"),
        // importlib.util.find_spec for a module not imported yet.
        (167, "def _find_spec(mod_name):"),
        (168, "    parent, _, last = mod_name.rpartition('.')"),
        (169, "    if not parent:"),
        (170, "        return _search(last, sys.path)"),
        (171, "    __import__(parent)"),
        (172, "    try:"),
        (173, "        path = sys.modules[parent].__path__"),
        (174, "    except AttributeError as e:"),
        (175, "        raise ModuleNotFoundError(f'__path__ attribute not found on {parent!r} while trying to find {mod_name!r}', name=mod_name) from e"),
        (176, "    return _search(last, path)"),
        (179, "def _run_module_as_main(mod_name):"),
        (187, "    try:"),
        (189, "        mod_name, file, code = _get_module_details(mod_name)"),
        (192, "    except _Error as exc:"),
        (193, "        msg = '%s: %s' % (sys.executable, exc)"),
        (194, "        sys.exit(msg)"),
        (195, "    main_globals = sys.modules['__main__'].__dict__"),
        (197, "    sys.argv[0] = file"),
        (198, "    return _run_code(code, main_globals, '__main__', file, mod_name.rpartition('.')[0])"),
    ]

    /// The runner as a module object (not in `sys.modules`: it is not CPython's runpy).
    static func module() throws(PyException) -> Value {
        let m = try NativeModule.make("runpy", doc: "Locate and run Python code using the module namespace.", functions: functions)
        let dict = Modules.dict(m)
        try Dict.setItem(dict, Interned.literal("__builtins__"), BuiltinsModule.module)
        var source = ""
        var line = 1
        for (target, text) in lines {
            source += String(repeating: "\n", count: target - line) + text + "\n"
            line = target + 1
        }
        let code = try Execution.compile(Array(source.utf8), filename: "<frozen runpy>", mode: .exec)
        _ = try Interpreter.runCode(code, globals: dict, locals: dict, builtins: BuiltinsModule.dict)
        return m
    }

    static let functions: [MethodSpec] = [
        MethodSpec("_search", doc: "The file of module `name` in the directories `path`, and whether it is a package's, or None.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("_search", min: 2, max: 2)
                return try search(Str.swiftString(args[0]), in: args[1])
            }
        },
        MethodSpec("_compile", doc: "The code object of a source file.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let file = Str.swiftString(try args.one("_compile"))
                guard let source = ImportSystem.readFile(file) else {
                    throw PyException(Krait_exc_ImportError, "cannot read '\(file)'")
                }
                return try Execution.compile(source, filename: file, mode: .exec)
            }
        },
    ]

    /// What the import system would load for `name` from `path`: a package's
    /// `__init__.py` first, then `name.py`.
    static func search(_ name: String, in path: Value) throws(PyException) -> Value {
        var found: Value = .none
        try Protocols.forEach(path) { entry throws(PyException) in
            guard found == .none, !name.isEmpty, entry.isExactly(Krait_str_type) else { return }
            let dir = Str.swiftString(entry)
            let base = dir.isEmpty ? name : dir + "/" + name
            if access(base + "/__init__.py", R_OK) == 0 {
                found = Tuple.make(Str.make(base + "/__init__.py"), .bool(true))
            } else if access(base + ".py", R_OK) == 0 {
                found = Tuple.make(Str.make(base + ".py"), .bool(false))
            }
        }
        return found
    }
}
