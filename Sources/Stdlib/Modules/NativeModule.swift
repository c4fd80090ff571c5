import Interpreter
import ObjectLayout
import ObjectModel

/// Builds a native module: a module object with builtin functions and constants.
enum NativeModule {
    /// Constants are made one at a time, each stored before the next is made (a Value
    /// only in a Swift array is not seen by the collector).
    static func make(_ name: String, doc: String, functions: [MethodSpec], constants: [(String, () -> Value)] = []) throws(PyException) -> Value {
        let m = try Modules.make(name: name)
        let d = Modules.dict(m)
        try Dict.setItem(d, Interned.literal("__doc__"), Str.make(doc))
        let table = TypeSetup.methodTable(functions)
        var i = 0
        while let fname = table[i].ml_name {
            try Dict.setItem(d, Interned.get(String(cString: fname)), BuiltinFunction.make(table + i, self: m, module: m))
            i += 1
        }
        for (key, make) in constants { try set(m, key, make()) }
        return m
    }

    /// Stores a constant in module `m`. Constants are made and stored one at a time:
    /// a Swift array of them would hide the earlier ones from the collector.
    static func set(_ m: Value, _ name: String, _ value: Value) throws(PyException) {
        try Dict.setItem(Modules.dict(m), Interned.get(name), value)
    }

    /// A float argument as CPython's `PyFloat_AsDouble`: floats, ints, `__float__`, `__index__`.
    static func double(_ v: Value, _ function: String) throws(PyException) -> Double {
        if FloatObject.check(v) { return FloatObject.value(v) }
        if IntObject.checkExact(v) { return try IntObject.toDouble(v) }
        // float(x) for other numbers: `__float__` (also an int subclass's own), `__index__`.
        if SlotFunctions.lookupSpecial(v, "__float__") != nil || SlotFunctions.lookupSpecial(v, "__index__") != nil {
            return FloatObject.value(try Protocols.call(Value(Krait_float_type), v))
        }
        throw PyException.typeError("must be real number, not \(TypeObject.name(v.type))")
    }
}
