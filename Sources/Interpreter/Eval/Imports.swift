import Compiler
import ObjectLayout
import ObjectModel

/// The import statements' instructions. Finding and loading modules is the standard
/// library's (`Stdlib` registers `importModule`); binding names is done here.
public enum Imports {
    /// `__import__(name, globals, locals, fromlist, level)`.
    nonisolated(unsafe) public static var importModule: ((Value, Value, Value, Value) throws(PyException) -> Value)?

    static func importName(_ name: Value, globals: Value, fromlist: Value, level: Value, builtins: Value) throws(PyException) -> Value {
        if let custom = Dict.getItem(builtins, string: Interned.literal("__import__")), !custom.isExactly(Krait_builtinFunction_type) {
            return try Protocols.callArray(custom, [name, globals, .none, fromlist, level])
        }
        guard let importModule else {
            throw PyException(Krait_exc_ImportError, "__import__ not found")
        }
        return try importModule(name, globals, fromlist, level)
    }

    /// `from module import name`. A name the module lacks may be a submodule whose
    /// import is still under way (a circular import), so `sys.modules` is asked next.
    static func importFrom(_ module: Value, _ name: Value) throws(PyException) -> Value {
        do throws(PyException) {
            return try Protocols.getAttribute(module, name)
        } catch where error.matches(Krait_exc_AttributeError) {
            let moduleName = try Protocols.getAttribute(module, "__name__")
            let isName = TypeObject.hasFlag(moduleName.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS))
            if isName, let sys = try RuntimeHooks.importModule?("sys") {
                let modules = try Protocols.getAttribute(sys, "modules")
                let fullName = Str.make(Str.swiftString(moduleName) + "." + Str.swiftString(name))
                if TypeObject.hasFlag(modules.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)), let submodule = try Dict.getItem(modules, fullName) {
                    return submodule
                }
            }
            let shownName = isName ? moduleName : Str.make("<unknown module name>")
            var file: Value?
            if TypeObject.isSubtype(module.type, of: Krait_module_type),
               let f = Dict.getItem(Modules.dict(module), string: Interned.literal("__file__")),
               TypeObject.hasFlag(f.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) {
                file = f
            }
            let location = file.map { " (\(Str.swiftString($0)))" } ?? " (unknown location)"
            let e = PyException(Krait_exc_ImportError, "cannot import name \(Str.swiftString(try Protocols.repr(name))) from \(Str.swiftString(try Protocols.repr(shownName)))\(location)")
            try Protocols.setAttribute(e.value, Interned.literal("name"), isName ? moduleName : .none)
            try Protocols.setAttribute(e.value, Interned.literal("path"), file ?? .none)
            throw e
        }
    }

    /// `from module import *`: `__all__`, else every name not starting with `_`.
    static func importStar(_ module: Value, into namespace: Value) throws(PyException) {
        let dict = try Protocols.getAttribute(module, "__dict__")
        if let all = try Protocols.lookupAttribute(module, Interned.literal("__all__")) {
            try Protocols.forEach(all) { name throws(PyException) in
                try Protocols.setItem(namespace, name, try Protocols.getAttribute(module, name))
            }
            return
        }
        var position = 0
        while let (key, value, next) = Dict.next(dict, from: position) {
            position = next
            if Str.length(key) > 0 && Str.codePoint(key, at: 0) == 0x5F { continue }
            try Protocols.setItem(namespace, key, value)
        }
    }
}
