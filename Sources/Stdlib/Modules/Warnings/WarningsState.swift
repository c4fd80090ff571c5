import Interpreter
import ObjectLayout
import ObjectModel

/// The interpreter's warning state, CPython 3.11's `WarningsState`: the filters list,
/// the registry of "once" warnings, the default action and the filters' version, which
/// `_filters_mutated()` bumps so every `__warningregistry__` is cleared before its next use.
/// It exists before `_warnings` is imported, since the compiler warns too.
enum WarningsState {
    nonisolated(unsafe) static var filters: Value = .empty
    nonisolated(unsafe) static var onceRegistry: Value = .empty
    nonisolated(unsafe) static var defaultAction: Value = .empty
    nonisolated(unsafe) static var filtersVersion = 0

    /// The default filters of a release build (`init_filters`), then `-W` options.
    static func setUp(warnOptions: [String]) throws(PyException) {
        // Immortal as soon as made: these statics are no roots, and the next
        // allocation may collect.
        filters = List.new()
        Allocation.makeImmortal(filters.object)
        onceRegistry = Dict.new()
        Allocation.makeImmortal(onceRegistry.object)
        defaultAction = Str.make("default")
        Allocation.makeImmortal(defaultAction.object)
        let defaults: [(TypePointer, String, String?)] = [
            (Krait_exc_DeprecationWarning, "default", "__main__"),
            (Krait_exc_DeprecationWarning, "ignore", nil),
            (Krait_exc_PendingDeprecationWarning, "ignore", nil),
            (Krait_exc_ImportWarning, "ignore", nil),
            (Krait_exc_ResourceWarning, "ignore", nil),
        ]
        for (category, action, module) in defaults {
            let action = Str.make(action), module = module.map { Str.make($0) } ?? .none
            List.append(filters, Tuple.make([action, .none, Value(category), module, IntObject.make(0)]))
        }
        for option in warnOptions { try WarningOptions.apply(option) }
    }

    /// An attribute of the `warnings` module if it is imported (`get_warnings_attr`
    /// without importing): its `filters`, `defaultaction` and `onceregistry` win over
    /// the state's, as CPython's do. Objects taken from it are made immortal, since
    /// these statics are no roots of the collector.
    static func warningsAttribute(_ name: String) throws(PyException) -> Value? {
        guard let module = try Dict.getItem(ImportSystem.modules, Str.make("warnings")) else { return nil }
        return try Protocols.lookupAttribute(module, Str.make(name))
    }

    static func currentFilters() throws(PyException) -> Value {
        if let f = try warningsAttribute("filters"), f != filters {
            Allocation.makeImmortal(f.object)
            filters = f
        }
        guard has(filters, UInt(Py_TPFLAGS_LIST_SUBCLASS)) else { throw PyException.valueError("_warnings.filters must be a list") }
        return filters
    }

    static func currentDefaultAction() throws(PyException) -> Value {
        guard let action = try warningsAttribute("defaultaction") else { return defaultAction }
        guard has(action, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("_warnings.defaultaction must be a string, not '\(TypeObject.name(action.type))'")
        }
        if action != defaultAction { Allocation.makeImmortal(action.object) }
        defaultAction = action
        return action
    }

    static func currentOnceRegistry() throws(PyException) -> Value {
        guard let registry = try warningsAttribute("onceregistry") else { return onceRegistry }
        guard has(registry, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else {
            throw PyException.typeError("_warnings.onceregistry must be a dict, not '\(TypeObject.name(registry.type))'")
        }
        if registry != onceRegistry { Allocation.makeImmortal(registry.object) }
        onceRegistry = registry
        return registry
    }

    /// Whether `v` is an instance of the builtin type (or a subclass) a type flag marks.
    static func has(_ v: Value, _ flag: UInt) -> Bool {
        v.isObject && TypeObject.hasFlag(v.type, flag)
    }
}
