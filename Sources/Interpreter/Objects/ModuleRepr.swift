import ObjectLayout
import ObjectModel

/// `repr(module)` as importlib's `_module_repr`, which CPython's module type defers to:
/// the spec says where the module came from; without one, the loader's `module_repr`,
/// then `__file__`, then the loader.
enum ModuleRepr {
    static func repr(_ module: Value) throws(PyException) -> Value {
        RuntimeHooks.installImportlib?()
        let loader = try Protocols.lookupAttribute(module, Interned.literal("__loader__")) ?? .none
        if let spec = try Protocols.lookupAttribute(module, Interned.literal("__spec__")), try Protocols.isTrue(spec) {
            return try fromSpec(spec)
        }
        if let moduleRepr = try Protocols.lookupAttribute(loader, Interned.literal("module_repr")) {
            do throws(PyException) {
                return try Protocols.call(moduleRepr, module)
            } catch where error.matches(Krait_exc_Exception) {}
        }
        let name = try Protocols.lookupAttribute(module, Interned.literal("__name__")) ?? Str.make("?")
        if let file = try Protocols.lookupAttribute(module, Interned.literal("__file__")) {
            return Str.make("<module \(try Protocols.reprText(name)) from \(try Protocols.reprText(file))>")
        }
        if loader == .none { return Str.make("<module \(try Protocols.reprText(name))>") }
        return Str.make("<module \(try Protocols.reprText(name)) (\(try Protocols.reprText(loader)))>")
    }

    /// `_module_repr_from_spec`.
    static func fromSpec(_ spec: Value) throws(PyException) -> Value {
        let specName = try Protocols.getAttribute(spec, Interned.literal("name"))
        let name = try Protocols.reprText(specName == .none ? Str.make("?") : specName)
        let origin = try Protocols.getAttribute(spec, Interned.literal("origin"))
        if origin == .none {
            let loader = try Protocols.getAttribute(spec, Interned.literal("loader"))
            if loader == .none { return Str.make("<module \(name)>") }
            return Str.make("<module \(name) (\(try Protocols.reprText(loader)))>")
        }
        if try Protocols.isTrue(try Protocols.getAttribute(spec, Interned.literal("has_location"))) {
            return Str.make("<module \(name) from \(try Protocols.reprText(origin))>")
        }
        let shownName = try Protocols.reprText(specName)
        return Str.make("<module \(shownName) (\(Str.swiftString(try Protocols.str(origin))))>")
    }
}
