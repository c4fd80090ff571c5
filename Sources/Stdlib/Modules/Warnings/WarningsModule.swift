import Interpreter
import ObjectLayout
import ObjectModel

/// The `_warnings` module: `warn`, `warn_explicit`, the state's `filters`, `_onceregistry`
/// and `_defaultaction` (the same objects the state uses), and `_filters_mutated`,
/// as CPython 3.11's, which the pure-Python `warnings` module is built on.
enum WarningsModule {
    static func create() throws(PyException) -> Value {
        let m = try NativeModule.make("_warnings", doc: "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.", functions: functions)
        try NativeModule.set(m, "filters", WarningsState.filters)
        try NativeModule.set(m, "_defaultaction", WarningsState.defaultAction)
        try NativeModule.set(m, "_onceregistry", WarningsState.onceRegistry)
        return m
    }

    static let functions: [MethodSpec] = [
        MethodSpec("warn", doc: "warn($module, /, message, category=None, stacklevel=1, source=None)\n--\n\nIssue a warning, or maybe ignore it or raise an exception.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let p = try args.parse("warn", ["message", "category", "stacklevel", "source"], required: 1)
                let level = try p[2].map { v throws(PyException) in try Protocols.index(v, overflow: Krait_exc_OverflowError) } ?? 1
                try WarningsModule.warn(p[0]!, category: p[1] ?? .none, stacklevel: level)
                return .none
            }
        },
        MethodSpec("warn_explicit", doc: "Low-level interface to warnings functionality.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try WarningsModule.warnExplicit(args)
                return .none
            }
        },
        MethodSpec("_filters_mutated", doc: "") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("_filters_mutated")
                WarningsState.filtersVersion += 1
                return .none
            }
        },
    ]

    /// `warnings.warn`: the category checked (`get_category`), then the context of the
    /// frame `stacklevel` up (`setup_context`).
    static func warn(_ message: Value, category given: Value, stacklevel: Int) throws(PyException) {
        var category = given
        if try Protocols.isInstance(message, Value(Krait_exc_Warning)) {
            category = Value(message.type)
        } else if category == .none {
            category = Value(Krait_exc_UserWarning)
        }
        let isClass = WarningsState.has(category, UInt(Py_TPFLAGS_TYPE_SUBCLASS))
        guard isClass, (try? Protocols.isSubclass(category, Value(Krait_exc_Warning))) == true else {
            throw PyException.typeError("category must be a Warning subclass, not '\(TypeObject.name(category.type))'")
        }
        let (filename, lineno, globals) = context(stacklevel)
        var registry = try Dict.getItem(globals, Str.make("__warningregistry__"))
        if registry == nil {
            let fresh = Dict.new()
            try Dict.setItem(globals, Str.make("__warningregistry__"), fresh)
            registry = fresh
        }
        var module = try Dict.getItem(globals, Str.make("__name__")) ?? Str.make("<string>")
        if module != .none && !WarningsState.has(module, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) { module = Str.make("<string>") }
        try Warnings.warnExplicit(message, category: category, filename: filename, lineno: lineno,
                                  module: module, registry: registry, sourceLine: nil)
    }

    /// The file, line and globals of the Python frame `level` up (1: the caller of
    /// `warn`); beyond the outermost frame, `sys` at line 1.
    static func context(_ level: Int) -> (Value, Int, Value) {
        guard let frame = try? FrameObjects.current(depth: max(level, 1) - 1),
              let globals = try? Protocols.getAttribute(frame, "f_globals"),
              let code = try? Protocols.getAttribute(frame, "f_code"),
              let filename = try? Protocols.getAttribute(code, "co_filename"),
              let line = try? Protocols.getAttribute(frame, "f_lineno") else {
            return (Str.make("sys"), 1, SysModule.dict)
        }
        return (filename, IntObject.machineValue(line) ?? 0, globals)
    }

    /// `warn_explicit(message, category, filename, lineno, module=None, registry=None,
    /// module_globals=None, source=None)`. Krait has no loaders to read a module's source
    /// through `module_globals`, so the line is read from the file.
    static func warnExplicit(_ args: Arguments) throws(PyException) {
        let names = ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"]
        if args.count > names.count {
            throw PyException.typeError("warn_explicit() takes at most 8 arguments (\(args.count) given)")
        }
        var values: [Value?] = []
        for (i, name) in names.enumerated() { values.append(i < args.count ? args[i] : args.keyword(name)) }
        for i in 0..<4 where values[i] == nil {
            throw PyException.typeError("warn_explicit() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        let filename = values[2]!
        guard WarningsState.has(filename, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("warn_explicit() argument 3 must be str, not \(TypeObject.name(filename.type))")
        }
        let lineno = try Protocols.index(values[3]!, overflow: Krait_exc_OverflowError)
        if let globals = values[6], globals != .none, !WarningsState.has(globals, UInt(Py_TPFLAGS_DICT_SUBCLASS)) {
            throw PyException.typeError("module_globals must be a dict, not '\(TypeObject.name(globals.type))'")
        }
        try Warnings.warnExplicit(values[0]!, category: values[1]!, filename: filename, lineno: lineno,
                                  module: values[4], registry: values[5] ?? .none, sourceLine: nil)
    }
}
