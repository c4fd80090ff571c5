import Interpreter
import ObjectLayout
import ObjectModel

/// Builds a native module: a module object with builtin functions and constants.
enum NativeModule {
    /// A module constant, made when the module is and stored at once: a Value made
    /// before and kept in a Swift array would not be rooted meanwhile. `.object` is for
    /// values rooted otherwise (static types, immortal objects, small ints).
    enum Constant {
        case float(Double)
        case object(Value)
    }

    static func make(_ name: String, doc: String, functions: [MethodSpec], constants: [(String, Constant)] = []) throws(PyException) -> Value {
        let m = try Modules.make(name: name)
        let d = Modules.dict(m)
        try Dict.setItem(d, Interned.get("__doc__"), Str.make(doc))
        let table = TypeSetup.methodTable(functions)
        var i = 0
        while let fname = table[i].ml_name {
            try Dict.setItem(d, Interned.get(String(cString: fname)), BuiltinFunction.make(table + i, self: m, module: m))
            i += 1
        }
        for (key, constant) in constants {
            switch constant {
            case .float(let x): try Dict.setItem(d, Interned.get(key), FloatObject.make(x))
            case .object(let v): try Dict.setItem(d, Interned.get(key), v)
            }
        }
        return m
    }

    /// A float argument as CPython's `PyFloat_AsDouble`: floats, ints, `__float__`, `__index__`.
    static func double(_ v: Value, _ function: String) throws(PyException) -> Double {
        if FloatObject.check(v) { return FloatObject.value(v) }
        // float(x) for what is a number: ints, `__float__`, `__index__` (never strings).
        if IntObject.check(v) || SlotFunctions.lookupSpecial(v, "__float__") != nil || SlotFunctions.lookupSpecial(v, "__index__") != nil {
            return FloatObject.value(try Protocols.call(Value(Krait_float_type), v))
        }
        throw PyException.typeError("must be real number, not \(TypeObject.name(v.type))")
    }
}
