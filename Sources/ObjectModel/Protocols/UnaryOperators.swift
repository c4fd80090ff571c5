import ObjectLayout

/// A unary operator of the number protocol.
public enum UnaryOp: Sendable {
    case negative, positive, invert, absolute

    var symbol: String {
        switch self {
        case .negative: return "unary -"
        case .positive: return "unary +"
        case .invert: return "unary ~"
        case .absolute: return "abs()"
        }
    }

    func slot(_ table: UnsafeMutablePointer<PyNumberMethods>) -> unaryfunc? {
        switch self {
        case .negative: return table.pointee.nb_negative
        case .positive: return table.pointee.nb_positive
        case .invert: return table.pointee.nb_invert
        case .absolute: return table.pointee.nb_absolute
        }
    }
}

extension Protocols {
    /// `-v`, `+v`, `~v`, `abs(v)`.
    public static func unary(_ v: Value, _ op: UnaryOp) throws(PyException) -> Value {
        guard let slot = v.type.pointee.tp_as_number.flatMap({ op.slot($0) }) else {
            throw PyException.typeError("bad operand type for \(op.symbol): '\(TypeObject.name(v.type))'")
        }
        return try CBoundary.check(slot(Boxing.object(v)))
    }
}
