import Interpreter
import ObjectLayout
import ObjectModel

/// CPython 3.11's `_warnings.c`: choosing a warning's action from the filters, the
/// registries that keep a warning from repeating, and printing it.
enum Warnings {
    /// `warn_explicit`. `message` is a Warning instance or the text for one of
    /// `category`. `module` nil is derived from the file name; a `module` of None means
    /// the warning is ignored. `registry` is a dict, None or nil (no registry). An
    /// action of "error" raises the warning.
    static func warnExplicit(_ message: Value, category: Value, filename: Value, lineno: Int,
                             module: Value?, registry: Value?, sourceLine: Value?) throws(PyException) {
        if module == Value.none { return }
        let registry = registry == Value.none ? nil : registry
        if let registry, !WarningsState.has(registry, UInt(Py_TPFLAGS_DICT_SUBCLASS)) {
            throw PyException.typeError("'registry' must be a dict or None")
        }
        let module = module ?? normalizedModule(filename)
        let text: Value, instance: Value, kind: Value
        if try Protocols.isInstance(message, Value(Krait_exc_Warning)) {
            text = try Protocols.str(message)
            instance = message
            kind = Value(message.type)
        } else {
            text = message
            instance = try Protocols.call(category, message)
            kind = category
        }
        let linenoValue = IntObject.make(lineno)
        let key = Tuple.make([text, kind, linenoValue])
        if let registry, try alreadyWarned(registry, key, set: false) { return }
        let (action, item) = try filterAction(kind, text: text, lineno: lineno, module: module)
        let name = Str.swiftString(action)
        switch name {
        case "error": throw PyException(instance)
        case "ignore": return
        case "always": break
        default:
            // Every action but "always" records the warning in the registry.
            if let registry { try Dict.setItem(registry, key, .true) }
            switch name {
            case "once":
                // Once per process: keyed by text and category in the once registry.
                let once = try WarningsState.currentOnceRegistry()
                if try alreadyWarned(once, Tuple.make([text, kind]), set: true) { return }
            case "module":
                // Once per registry, whatever the line.
                if let registry, try alreadyWarned(registry, Tuple.make([text, kind, IntObject.make(0)]), set: true) { return }
            case "default": break
            default:
                let a = Str.swiftString(try Protocols.repr(action)), i = Str.swiftString(try Protocols.repr(item))
                throw PyException(Krait_exc_RuntimeError, "Unrecognized action (\(a)) in warnings.filters:\n \(i)")
            }
        }
        try show(instance, category: kind, text: text, filename: filename, lineno: lineno, sourceLine: sourceLine)
    }

    /// `filename` without a `.py` ending (not its directory): the module name a warning
    /// with no module is filtered by.
    static func normalizedModule(_ filename: Value) -> Value {
        let name = Str.swiftString(filename)
        if name.isEmpty { return Str.make("<unknown>") }
        return name.hasSuffix(".py") ? Str.make(String(name.dropLast(3))) : filename
    }

    /// `already_warned`: a registry made under other filters is cleared first (its
    /// "version" entry says which); then whether `key` is in it, adding it if `set`.
    static func alreadyWarned(_ registry: Value, _ key: Value, set: Bool) throws(PyException) -> Bool {
        let versionKey = Str.make("version")
        let version = try Dict.getItem(registry, versionKey)
        if let version, IntObject.checkExact(version), IntObject.machineValue(version) == WarningsState.filtersVersion {
            if let seen = try Dict.getItem(registry, key), try Protocols.isTrue(seen) { return true }
        } else {
            Dict.clear(registry)
            try Dict.setItem(registry, versionKey, IntObject.make(WarningsState.filtersVersion))
        }
        if set { try Dict.setItem(registry, key, .true) }
        return false
    }

    /// `get_filter`: the first filter `(action, message, category, module, lineno)` that
    /// matches, else the default action (with None for the filter).
    static func filterAction(_ category: Value, text: Value, lineno: Int, module: Value) throws(PyException) -> (Value, Value) {
        let filters = try WarningsState.currentFilters()
        var i = 0
        while i < List.count(filters) {
            let item = List.item(filters, i)
            guard item.isExactly(Krait_tuple_type), Tuple.count(item) == 5 else {
                throw PyException.valueError("_warnings.filters item \(i) isn't a 5-tuple")
            }
            let fields = Tuple.items(item)
            let action = fields[0]
            guard WarningsState.has(action, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
                throw PyException.typeError("action must be a string, not '\(TypeObject.name(action.type))'")
            }
            let goodMessage = try matches(fields[1], text)
            let goodModule = try matches(fields[3], module)
            let isSubclass = try Protocols.isSubclass(category, fields[2])
            let line = try Protocols.index(fields[4], overflow: Krait_exc_OverflowError)
            if goodMessage && isSubclass && goodModule && (line == 0 || line == lineno) { return (action, item) }
            i += 1
        }
        return (try WarningsState.currentDefaultAction(), .none)
    }

    /// `check_matched`: None matches anything, an exact str must be equal, anything else
    /// is a compiled pattern whose `match` is called.
    static func matches(_ pattern: Value, _ value: Value) throws(PyException) -> Bool {
        if pattern == .none { return true }
        if pattern.isExactly(Krait_str_type) { return try Protocols.isTrue(try Protocols.richCompare(pattern, value, .eq)) }
        return try Protocols.isTrue(try Protocols.callMethod(pattern, "match", value))
    }

    /// `call_show_warning`: through `warnings._showwarnmsg` when the warnings module is
    /// imported and has it, else `file:line: Category: text` and the source line, to
    /// `sys.stderr`.
    static func show(_ instance: Value, category: Value, text: Value, filename: Value, lineno: Int,
                     sourceLine: Value?) throws(PyException) {
        if let showFunction = try WarningsState.warningsAttribute("_showwarnmsg") {
            guard ModuleTypes.isCallable(showFunction) else {
                throw PyException.typeError("warnings._showwarnmsg() must be set to a callable")
            }
            guard let messageClass = try WarningsState.warningsAttribute("WarningMessage") else {
                throw PyException(Krait_exc_RuntimeError, "unable to get warnings.WarningMessage")
            }
            let record = try Protocols.call(messageClass, instance, category, filename, IntObject.make(lineno), .none, .none, .none)
            _ = try Protocols.call(showFunction, record)
            return
        }
        let name = try Protocols.getAttribute(category, "__name__")
        guard let stderr = try Dict.getItem(SysModule.dict, Str.make("stderr")), stderr != .none else {
            StandardStreams.stderr.write("lost sys.stderr\n")
            return
        }
        // Piece by piece, as show_warning writes them; the first failing write ends the
        // warning silently.
        var pieces = [filename, Str.make(":\(lineno): "), name, Str.make(": "), try Protocols.str(text), Str.make("\n")]
        if let sourceLine {
            pieces += [Str.make(String(unindented(Str.swiftString(sourceLine)))), Str.make("\n")]
        } else if lineno > 0, let line = SourceCache.line(Str.swiftString(filename), lineno) {
            // _Py_DisplaySourceLine: indented by two, without the line's own indentation.
            pieces += [Str.make("  "), Str.make(String(unindented(line))), Str.make("\n")]
        }
        do throws(PyException) {
            for piece in pieces { _ = try Protocols.callMethod(stderr, "write", piece) }
        } catch {}
    }

    /// The line without its leading spaces, tabs and form feeds.
    static func unindented(_ line: String) -> Substring {
        Substring(line).drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
    }

    /// `str.strip()` of ASCII whitespace.
    static func stripped(_ line: String) -> Substring {
        let space: Set<Character> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\r\n"]
        var s = Substring(line)
        while let c = s.first, space.contains(c) { s = s.dropFirst() }
        while let c = s.last, space.contains(c) { s = s.dropLast() }
        return s
    }
}
