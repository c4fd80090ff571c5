/// Objects of the `builtins` module by name, for the reductions that name `iter` or
/// `getattr` (CPython reads them from the running frame's builtins).
public enum BuiltinNames {
    /// CPython's `_PyEval_GetBuiltin`: an ordinary lookup in the builtins' dict, whose
    /// keys' `__eq__` may run (a non-str key hashing as the name can stand for it), and
    /// `AttributeError(name)` when it is missing.
    public static func get(_ name: String) throws(PyException) -> Value {
        guard let importModule = RuntimeHooks.importModule else { throw PyException.systemError("no import system") }
        let module = try importModule("builtins")
        guard let dict = Attributes.instanceDict(module, create: false) else { return try Protocols.getAttribute(module, name) }
        guard let value = try Dict.getItem(dict, Str.make(name)) else { throw PyException.attributeError(name) }
        return value
    }
}
