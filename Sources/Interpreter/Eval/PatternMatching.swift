import ObjectLayout
import ObjectModel

/// The pattern-matching instructions' work (`match` statements), as CPython 3.11's
/// MATCH_* instructions.
extension Interpreter {
    /// `case [...]`: sequences by the type flag, never str, bytes or bytearray.
    static func isMatchSequence(_ v: Value) -> Bool {
        TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_SEQUENCE))
    }

    static func isMatchMapping(_ v: Value) -> Bool {
        TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_MAPPING))
    }

    /// `case {k1: p1, ...}`: the values for `keys`, or None when one is missing.
    static func matchKeys(_ subject: Value, _ keys: Value) throws(PyException) -> Value {
        let n = Tuple.count(keys)
        if n == 0 { return Tuple.make([]) }
        let get = try Protocols.getAttribute(subject, "get")
        let values = Tuple.allocate(count: n)
        // A fresh object as the default tells a missing key from a None value.
        let missing = Value(Allocation.object(Krait_object_type, size: MemoryLayout<PyObject>.size))
        let seen = Dict.new()
        for i in 0..<n {
            let key = Tuple.item(keys, i)
            if try Dict.getItem(seen, key) != nil {
                throw PyException.valueError("mapping pattern checks duplicate key (\(try Protocols.reprText(key)))")
            }
            try Dict.setItem(seen, key, .none)
            let v = try Protocols.call(get, key, missing)
            if v == missing { return .none }
            Tuple.items(values)[i] = v
        }
        return values
    }

    /// `case {..., **rest}`: a dict of the subject's items but `keys`.
    static func copyWithoutKeys(_ subject: Value, _ keys: Value) throws(PyException) -> Value {
        let rest = Dict.new()
        try updateDict(rest, subject, merging: false, function: .empty)
        for i in 0..<Tuple.count(keys) { _ = try Dict.deleteItem(rest, Tuple.item(keys, i)) }
        return rest
    }

    /// `case C(p1, ..., k=p)`: the attributes the sub-patterns match, or None when the
    /// subject is not an instance or lacks one of them.
    static func matchClass(_ subject: Value, _ cls: Value, positional count: Int, _ names: Value) throws(PyException) -> Value {
        guard cls.isObject, TypeObject.hasFlag(cls.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) else {
            throw PyException.typeError("called match pattern must be a type")
        }
        let type = cls.object.layout(PyTypeObject.self)
        guard TypeObject.isSubtype(subject.type, of: type) else { return .none }
        let result = List.new()
        var used: [String] = []
        func attribute(_ name: Value) throws(PyException) -> Value? {
            let text = Str.swiftString(name)
            if used.contains(text) {
                throw PyException.typeError("\(TypeObject.name(type))() got multiple sub-patterns for attribute '\(text)'")
            }
            used.append(text)
            return try Protocols.lookupAttribute(subject, name)
        }
        if count > 0 {
            let matchArgs = try Protocols.lookupAttribute(cls, Interned.literal("__match_args__"))
            if let matchArgs {
                guard matchArgs.isExactly(Krait_tuple_type) else {
                    throw PyException.typeError("\(TypeObject.name(type)).__match_args__ must be a tuple (got \(TypeObject.name(matchArgs.type)))")
                }
                guard count <= Tuple.count(matchArgs) else {
                    throw tooMany(type, allowed: Tuple.count(matchArgs), given: count)
                }
                for i in 0..<count {
                    let name = Tuple.item(matchArgs, i)
                    guard name.isExactly(Krait_str_type) else {
                        throw PyException.typeError("__match_args__ elements must be strings (got \(TypeObject.name(name.type)))")
                    }
                    guard let v = try attribute(name) else { return .none }
                    List.append(result, v)
                }
            } else if TypeObject.hasFlag(type, UInt(Py_TPFLAGS_MATCH_SELF)) {
                guard count == 1 else { throw tooMany(type, allowed: 1, given: count) }
                List.append(result, subject)
            } else {
                throw tooMany(type, allowed: 0, given: count)
            }
        }
        for i in 0..<Tuple.count(names) {
            guard let v = try attribute(Tuple.item(names, i)) else { return .none }
            List.append(result, v)
        }
        return Tuple.make(List.buffer(result))
    }

    static func tooMany(_ type: TypePointer, allowed: Int, given: Int) -> PyException {
        .typeError("\(TypeObject.name(type))() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s") (\(given) given)")
    }
}
