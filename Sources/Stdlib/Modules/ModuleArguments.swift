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

    /// Argument Clinic's `unsigned_long` and `unsigned_long_long` converters: an int
    /// (no `__index__`), not negative; `overflow` is the message beyond 64 bits, which
    /// differs between the two.
    static func unsignedLong(_ v: Value, overflow: String) throws(PyException) -> UInt64 {
        guard IntObject.check(v) else { throw PyException.typeError("an integer is required") }
        if IntObject.sign(v) < 0 { throw PyException.valueError("value must be positive") }
        guard let u = IntObject.unsignedWord(v) else { throw PyException.overflowError(overflow) }
        return u
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
