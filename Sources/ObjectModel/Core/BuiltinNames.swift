/// Objects of the `builtins` module by name, for the reductions that name `iter` or
/// `getattr` (CPython reads them from the running frame's builtins).
public enum BuiltinNames {
    public static func get(_ name: String) throws(PyException) -> Value {
        guard let importModule = RuntimeHooks.importModule else { throw PyException.systemError("no import system") }
        return try Protocols.getAttribute(try importModule("builtins"), name)
    }
}
