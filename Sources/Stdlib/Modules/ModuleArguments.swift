import ObjectLayout
import ObjectModel

extension NativeModule {
    /// Argument Clinic's `Py_ssize_t` converter.
    static func ssize(_ v: Value) throws(PyException) -> Int {
        guard let i = IntObject.machineValue(try Protocols.indexValue(v)) else {
            throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        return i
    }

    /// `PyErr_NewException("module.name", base)`: a class kept alive for good.
    static func exceptionClass(_ module: String, _ name: String, base: TypePointer) throws(PyException) -> Value {
        let namespace = Dict.new()
        try Dict.setItem(namespace, Str.make("__module__"), Str.make(module))
        let type = try Protocols.call(Value(Krait_type_type), Str.make(name), Tuple.make(Value(base)), namespace)
        Allocation.makeImmortal(type.object)
        return type
    }
}
