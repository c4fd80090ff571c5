import Compiler
import ObjectLayout
import ObjectModel

extension Interpreter {
    /// `f"{value!conversion:spec}"`.
    static func formatValue(_ value: Value, conversion: Int, spec: Value) throws(PyException) -> Value {
        var v = value
        switch conversion {
        case 1: v = try Protocols.str(v)
        case 2: v = try Protocols.repr(v)
        case 3: v = try Protocols.ascii(v)
        default: break
        }
        return try Protocols.format(v, spec.isEmpty ? Str.make("") : spec)
    }
}
