import Compiler
import Interpreter
import ObjectLayout
import ObjectModel
import Parser
import GC
#if canImport(Glibc)
import Glibc
#endif

/// Start-up of the whole runtime and running programs as `__main__`.
public enum StdlibRuntime {
    nonisolated(unsafe) static var initialized = false

    nonisolated(unsafe) public private(set) static var options = RuntimeOptions()

    public static func initialize(argv: [String], executable: String, options: RuntimeOptions = RuntimeOptions()) {
        if initialized { return }
        initialized = true
        var options = options
        // As CPython: PYTHONUNBUFFERED set to a non-empty string is -u.
        if !options.ignoreEnvironment, let unbuffered = getenv("PYTHONUNBUFFERED"), unbuffered.pointee != 0 { options.unbuffered = true }
        if !options.ignoreEnvironment, let noUserSite = getenv("PYTHONNOUSERSITE"), noUserSite.pointee != 0 { options.noUserSite = true }
        self.options = options
        Execution.optimize = options.optimize > 0
        if options.unbuffered { StandardStreams.makeUnbuffered() }
        // As CPython at start-up: writing to a closed pipe or socket fails with EPIPE
        // (BrokenPipeError) rather than killing the process.
        signal(SIGPIPE, SIG_IGN)
        InterpreterRuntime.initialize()
        ImportSystem.setUp()
        TextEncodings.install()
        let stdlib = StdlibLocation.find(ignoreEnvironment: options.ignoreEnvironment)
        ImportSystem.stdlibFound = stdlib != nil
        do {
            let builtins = try BuiltinsModule.create()
            try Dict.setItem(ImportSystem.modules, Interned.literal("builtins"), builtins)
            if options.optimize > 0 { try Dict.setItem(BuiltinsModule.dict, Interned.literal("__debug__"), .false) }
            let sys = try SysModule.create(argv: argv, executable: executable, prefix: stdlib?.prefix, options: options)
            try Dict.setItem(ImportSystem.modules, Interned.literal("sys"), sys)
            // With the library, `warnings` applies -W options when imported (below).
            try WarningsState.setUp(warnOptions: stdlib == nil ? options.warnOptions : [])
            Compiler.warningHandler = { warning in Execution.compileWarning(warning) }
            SignalState.setUp()
        } catch {
            fatalError("runtime start-up failed: \(TracebackPrinter.format(error.value))")
        }
        if !options.ignoreEnvironment, let entries = getenv("PYTHONPATH").map({ String(cString: $0) }), !entries.isEmpty {
            for entry in entries.split(separator: ":") { List.append(ImportSystem.path, Str.make(String(entry))) }
        }
        if let stdlib {
            List.append(ImportSystem.path, Str.make(stdlib.library))
            // Installed at the first import that loads something (see ImportBootstrap).
            if access(stdlib.library + "/importlib/_bootstrap_external.py", R_OK) == 0 {
                ImportBootstrap.library = stdlib.library
            }
        }
        RuntimeHooks.currentGlobals = {
            guard let frame = krait_thread_state().pointee.current_frame else { return nil }
            return frame.assumingMemoryBound(to: KraitFrame.self).pointee.f_globals
        }
        RuntimeHooks.currentLocals = {
            guard let frame = krait_thread_state().pointee.current_frame?.assumingMemoryBound(to: KraitFrame.self) else { return nil }
            return try? FrameLocals.refresh(frame)
        }
        // PRINT_EXPR, for 'single' code (the prompt, and compile() in that mode).
        RuntimeHooks.printExpression = { v throws(PyException) in
            guard let hook = Dict.getItem(SysModule.dict, string: Interned.literal("displayhook")) else {
                throw PyException(Krait_exc_RuntimeError, "lost sys.displayhook")
            }
            _ = try Protocols.call(hook, v)
        }
        RuntimeHooks.writeUnraisable = { error, message, object in Unraisable.write(error, message: message, object: object) }
        RuntimeHooks.installImportlib = { ImportBootstrap.installIfPending() }
        if stdlib != nil && !options.warnOptions.isEmpty { importWarnings() }
        if !options.noSite && stdlib != nil { importSite() }
    }

    /// As CPython's `init_interp_main`: with -W options, `warnings` is imported at
    /// start-up so that its `_processoptions` applies them.
    static func importWarnings() {
        do throws(PyException) {
            _ = try ImportSystem.importModule(Str.make("warnings"), .none, .none, IntObject.make(0))
        } catch {
            StandardIO.flushOutput()
            fputs("'import warnings' failed; traceback:\n", stderr)
            _ = handleUncaught(error)
        }
    }

    /// CPython's `init_import_site`: `site` adds site-packages and runs their .pth files
    /// (and defines `exit`, `quit`, `help`…). A failure is fatal, as there.
    static func importSite() {
        do throws(PyException) {
            _ = try ImportSystem.importModule(Str.make("site"), .none, .none, IntObject.make(0))
        } catch {
            StandardIO.flushOutput()
            let message = "Fatal Python error: init_import_site: Failed to import the site module\n"
                + "Python runtime state: initialized\n" + TracebackPrinter.format(error.value)
            fputs(message, stderr)
            Glibc.exit(1)
        }
    }

    /// Interpreter exit, as CPython's `finalize_modules`: the modules leave
    /// `sys.modules` and a collection finalizes what only they held; then the globals
    /// of modules still alive (a conservative stack word may hold one) are set to None,
    /// last imported first (names with one leading underscore before the others), and
    /// another collection finalizes what they held. `sys` and `builtins` are left alone,
    /// so finalizers can still print. CPython promises no order; Krait's is the heap's.
    /// Before all that, as `Py_FinalizeEx`, the program's non-daemon threads are
    /// joined (`threading._shutdown`), the atexit callbacks run, and daemon threads are
    /// stopped at their next wait for the GIL.
    public static func finalize() {
        joinThreads()
        AtexitModule.run()
        StandardIO.flushAtExit()
        GIL.finalize()
        Heap.shared.clearStackBelow()
        var marker = 0
        Heap.shared.nativeStackLimit = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        finalizeModules()
        Heap.shared.nativeStackLimit = 0
        SignalState.finalize()
    }

    /// CPython's `wait_for_thread_shutdown`.
    static func joinThreads() {
        guard let threading = try? Dict.getItem(ImportSystem.modules, string: Interned.literal("threading")) else { return }
        do throws(PyException) {
            _ = try Protocols.callMethod(threading, "_shutdown")
        } catch {
            Unraisable.write(error, message: nil, object: threading)
        }
    }

    @inline(never)
    static func finalizeModules() {
        do throws(PyException) {
            let modules = try dropModules()
            GCModule.collectUntilQuiet()
            for i in stride(from: List.count(modules) - 1, through: 0, by: -1) {
                let module = WeakReferences.referent(List.item(modules, i).layout(PyWeakReference.self))
                if module != .none { try clearGlobals(Modules.dict(module)) }
            }
            GCModule.collectUntilQuiet()
        } catch {
            Unraisable.write(error, message: "Exception ignored during interpreter shutdown", object: .empty)
        }
        StandardIO.flushOutput()
    }

    /// Empties `sys.modules`; returns weak references to the modules but sys and builtins.
    /// Apart, so that no local of the caller is left holding a module.
    @inline(never)
    static func dropModules() throws(PyException) -> Value {
        let modules = List.new()
        var position = 0
        while let (key, module, next) = Dict.next(ImportSystem.modules, from: position) {
            position = next
            let name = Str.swiftString(key)
            if name != "sys" && name != "builtins" && module.isExactly(Krait_module_type) {
                List.append(modules, try WeakReferences.make(Krait_weakref_type, module, .none))
            }
        }
        Dict.clear(ImportSystem.modules)
        return modules
    }

    /// CPython's `_PyModule_ClearDict`: every value becomes None but `__builtins__`,
    /// names with a single leading underscore first.
    static func clearGlobals(_ dict: Value) throws(PyException) {
        var keys: [String] = []
        var position = 0
        while let (key, _, next) = Dict.next(dict, from: position) {
            position = next
            if key.isExactly(Krait_str_type) { keys.append(Str.swiftString(key)) }
        }
        let underscored = keys.filter { $0.hasPrefix("_") && !$0.hasPrefix("__") }
        for name in underscored + keys.filter({ $0 != "__builtins__" && !underscored.contains($0) }) {
            try Dict.setItem(dict, Str.make(name), .none)
        }
    }

    /// Runs `source` as the `__main__` module; returns the process exit status after
    /// printing an uncaught exception as CPython does.
    public static func runMain(source: [UInt8], filename: String, scriptDirectory: String?) -> Int32 {
        // The script's directory comes first on sys.path, before PYTHONPATH's entries
        // (not at all with -I, CPython's safe_path).
        if let scriptDirectory, !options.isolated { _ = try? Protocols.callMethod(ImportSystem.path, "insert", IntObject.make(0), Str.make(scriptDirectory)) }
        let status: Int32
        do throws(PyException) {
            let module = try Modules.make(name: "__main__")
            let dict = Modules.dict(module)
            // In CPython's order (`add_main_module`, then the file's names).
            try Dict.setItem(dict, Interned.literal("__annotations__"), Dict.new())
            try Dict.setItem(dict, Interned.literal("__builtins__"), BuiltinsModule.module)
            if !filename.hasPrefix("<") {
                try Dict.setItem(dict, Interned.literal("__file__"), Str.make(filename))
                try Dict.setItem(dict, Interned.literal("__cached__"), .none)
            }
            try Dict.setItem(ImportSystem.modules, Interned.literal("__main__"), module)
            let code = try Execution.compile(source, filename: filename, mode: .exec)
            _ = try Interpreter.runCode(code, globals: dict, locals: dict, builtins: BuiltinsModule.dict)
            status = 0
        } catch {
            unhandledKeyboardInterrupt = error.matches(Krait_exc_KeyboardInterrupt)
            status = handleUncaught(error)
        }
        StandardIO.flushOutput()
        return status
    }

    /// Whether the main program ended with an uncaught KeyboardInterrupt: the command
    /// then ends by SIGINT, as CPython's `exit_sigint`, so a shell sees the interrupt.
    nonisolated(unsafe) public static var unhandledKeyboardInterrupt = false

    /// Exits the process with `status`, or by SIGINT after an uncaught KeyboardInterrupt.
    public static func exit(_ status: Int32) -> Never {
        if unhandledKeyboardInterrupt {
            _ = krait_signal_set_action(SIGINT, 0)
            var only = sigset_t()
            sigemptyset(&only)
            sigaddset(&only, SIGINT)
            pthread_sigmask(SIG_UNBLOCK, &only, nil)
            Glibc.kill(getpid(), SIGINT)
        }
        Glibc.exit(StandardIO.flushFailed ? 120 : status)
    }

    static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "." }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// SystemExit gives the exit status; anything else is printed, status 1.
    static func handleUncaught(_ error: PyException) -> Int32 {
        StandardIO.flushOutput()
        if error.matches(Krait_exc_SystemExit) {
            let args = Exceptions.arguments(error.value)
            let code = Tuple.count(args) == 0 ? Value.none : Tuple.count(args) == 1 ? Tuple.item(args, 0) : args
            if code == .none { return 0 }
            if let i = IntObject.machineValue(code), IntObject.check(code) { return Int32(truncatingIfNeeded: i) }
            StandardIO.writeError(((try? Protocols.strText(code)) ?? "") + "\n")
            return 1
        }
        SysExceptHook.report(error)
        return 1
    }
}
