import ObjectLayout
import ObjectModel

/// `atexit`: CPython's `atexitmodule.c`. The callbacks are a list of entries
/// `(func, values, kwnames)` (values: the positional arguments, then the keyword
/// ones named by kwnames, or None), an unregistered one replaced by None, so
/// `_ncallbacks` counts as CPython's array does. The list is the interpreter's, not
/// the module's: importing the module again keeps it.
enum AtexitModule {
    nonisolated(unsafe) static var callbacks: Value = .empty

    static let doc = "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"

    static func create() throws(PyException) -> Value {
        try NativeModule.make("atexit", doc: doc, functions: [
            MethodSpec("register", doc: "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try AtexitModule.register(args) }
            },
            MethodSpec("_clear", doc: "_clear() -> None\n\nClear the list of previously registered exit functions.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("atexit._clear")
                    List.clear(AtexitModule.list)
                    return .none
                }
            },
            MethodSpec("unregister", doc: "unregister(func) -> None\n\nUnregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try AtexitModule.unregister(args.one("atexit.unregister")) }
            },
            MethodSpec("_run_exitfuncs", doc: "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("atexit._run_exitfuncs")
                    AtexitModule.run()
                    return .none
                }
            },
            MethodSpec("_ncallbacks", doc: "_ncallbacks() -> int\n\nReturn the number of registered exit functions.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("atexit._ncallbacks")
                    return IntObject.make(List.count(AtexitModule.list))
                }
            },
        ])
    }

    /// The callbacks' list, made (and kept alive for good) on first use.
    static var list: Value {
        if callbacks.isEmpty {
            callbacks = List.new()
            Allocation.makeImmortal(callbacks.object)
        }
        return callbacks
    }

    static func register(_ args: Arguments) throws(PyException) -> Value {
        if args.count == 0 { throw PyException.typeError("register() takes at least 1 argument (0 given)") }
        let function = args[0]
        guard ModuleTypes.isCallable(function) else { throw PyException.typeError("the first argument must be callable") }
        let values = Tuple.make(UnsafeBufferPointer(start: args.base.unsafelyUnwrapped + 1, count: args.count - 1 + args.keywordCount))
        let names = args.keywordCount == 0 ? Value.none : args.kwnames
        List.append(list, Tuple.make([function, values, names]))
        return function
    }

    static func unregister(_ function: Value) throws(PyException) -> Value {
        var i = 0
        while i < List.count(list) {
            let entry = List.item(list, i)
            if entry != .none, try Protocols.isTrue(Protocols.richCompare(Tuple.item(entry, 0), function, .eq)) {
                // The comparison may have changed the list.
                if i < List.count(list) { List.items(list)[i] = .none }
            }
            i += 1
        }
        return .none
    }

    /// Calls the callbacks, last registered first, then forgets them all. Callbacks
    /// registered meanwhile are not called; a failing one is reported as unraisable.
    static func run() {
        guard !callbacks.isEmpty else { return }
        var i = List.count(callbacks) - 1
        while i >= 0 {
            defer { i -= 1 }
            // A callback may have cleared or unregistered the ones left.
            guard i < List.count(callbacks) else { continue }
            let entry = List.item(callbacks, i)
            if entry == .none { continue }
            let function = Tuple.item(entry, 0), values = Tuple.item(entry, 1), names = Tuple.item(entry, 2)
            let keywords = names == .none ? 0 : Tuple.count(names)
            do throws(PyException) {
                _ = try Protocols.call(function, Arguments(UnsafePointer(Tuple.items(values)), Tuple.count(values) - keywords,
                                                           names == .none ? .empty : names))
            } catch {
                Unraisable.write(error, message: "Exception ignored in atexit callback", object: function)
            }
        }
        List.clear(callbacks)
    }
}
