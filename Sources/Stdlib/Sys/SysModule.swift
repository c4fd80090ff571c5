import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The `sys` module (the parts programs and the runtime need so far).
enum SysModule {
    /// The module's dict, for the runtime's own lookups (`unraisablehook`).
    nonisolated(unsafe) static var dict: Value = .empty

    static func create(argv: [String], executable: String, prefix: String?, options: RuntimeOptions) throws(PyException) -> Value {
        let m = try Modules.make(name: "sys")
        let d = Modules.dict(m)
        dict = d
        Allocation.makeImmortal(d.object)
        func set(_ name: String, _ v: Value) throws(PyException) { try Dict.setItem(d, Interned.get(name), v) }
        let argvList = List.new()
        for a in argv { List.append(argvList, Str.make(a)) }
        try set("argv", argvList)
        try set("orig_argv", List.make(strings: CommandLine.arguments))
        try set("executable", Str.make(executable))
        try set("path", ImportSystem.path)
        try set("modules", ImportSystem.modules)
        try set("platform", Str.make("linux"))
        try set("byteorder", Str.make("little"))
        try set("maxsize", IntObject.make(Int.max))
        try set("version", Str.make("3.11.7 (Krait 0.1)"))
        try set("hexversion", IntObject.make(0x030B07F0))
        try SysAttributes.install(set, prefix: prefix ?? SysAttributes.executablePrefix, options: options)
        let xoptions = Dict.new()
        for (name, value) in options.xOptions { try Dict.setItem(xoptions, Str.make(name), value.map { Str.make($0) } ?? .true) }
        try set("_xoptions", xoptions)
        try set("warnoptions", List.make(strings: options.warnOptions))
        try set("dont_write_bytecode", .bool(options.dontWriteBytecode))
        // Filled by importlib's bootstrap (ImportBootstrap) when the library has it.
        try set("meta_path", List.new())
        try set("path_hooks", List.new())
        try set("path_importer_cache", Dict.new())
        let streams = try StandardIO.create(options: options)
        for (name, stream) in [("stdin", streams.stdin), ("stdout", streams.stdout), ("stderr", streams.stderr)] {
            try set(name, stream)
            try set("__\(name)__", stream)
        }
        let table = TypeSetup.methodTable(functions + SysFunctions.all + SysTracing.all + SysAudit.all + SysAsyncGenHooks.all + SysDisplayHooks.all + [Unraisable.hookSpec, SysExceptHook.spec])
        var i = 0
        while let name = table[i].ml_name {
            try set(String(cString: name), BuiltinFunction.make(table + i, self: m, module: m))
            i += 1
        }
        Unraisable.defaultHook = try Dict.getItem(d, Interned.literal("unraisablehook"))!
        try set("__unraisablehook__", Unraisable.defaultHook)
        SysExceptHook.defaultHook = try Dict.getItem(d, Interned.literal("excepthook"))!
        try set("__excepthook__", SysExceptHook.defaultHook)
        for hook in ["displayhook", "breakpointhook"] {
            try set("__\(hook)__", try Dict.getItem(d, Interned.get(hook))!)
        }
        SysDisplayHooks.ignoreEnvironment = options.ignoreEnvironment
        return m
    }

    static let functions: [MethodSpec] = [
        MethodSpec("exit", doc: "exit($module, status=None, /)\n--\n\nExit the interpreter by raising SystemExit(status).\n\nIf the status is omitted or None, it defaults to zero (i.e., success).\nIf the status is an integer, it will be used as the system exit status.\nIf it is another kind of object, it will be printed and the system\nexit status will be one (i.e., failure).") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("exit", min: 0, max: 1)
                throw PyException(Krait_exc_SystemExit, arguments: args.count == 1 ? [args[0]] : [])
            }
        },
        MethodSpec("getrecursionlimit", doc: "getrecursionlimit($module, /)\n--\n\nReturn the current value of the recursion limit.\n\nThe recursion limit is the maximum depth of the Python interpreter\nstack.  This limit prevents infinite recursion from causing an overflow\nof the C stack and crashing Python.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("getrecursionlimit")
                return IntObject.make(Int(krait_thread_state().pointee.recursion_limit))
            }
        },
        MethodSpec("setrecursionlimit", doc: "setrecursionlimit($module, limit, /)\n--\n\nSet the maximum depth of the Python interpreter stack to n.\n\nThis limit prevents infinite recursion from causing an overflow of the C\nstack and crashing Python.  The highest possible limit is platform-\ndependent.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let v = try Arguments(a, n, k).one("sys.setrecursionlimit")
                guard IntObject.check(v) else { throw PyException.typeError("'\(TypeObject.name(v.type))' object cannot be interpreted as an integer") }
                guard let limit = IntObject.machineValue(v), limit >= 1, limit <= Int(Int32.max) else {
                    throw PyException.valueError("recursion limit must be greater or equal than 1")
                }
                krait_thread_state().pointee.recursion_limit = Int32(limit)
                return .none
            }
        },
        MethodSpec("exc_info", doc: "exc_info($module, /)\n--\n\nReturn current exception information: (type, value, traceback).\n\nReturn information about the most recent exception caught by an except\nclause in the current stack frame or in an older stack frame.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("exc_info")
                let e = Interpreter.topmostHandled()
                if e.isEmpty { return Tuple.make([Value.none, Value.none, Value.none]) }
                let tb = e.layout(PyBaseExceptionObject.self).pointee.traceback.map { Value($0) } ?? .none
                return Tuple.make([Value(e.type), e, tb])
            }
        },
    ]
}
