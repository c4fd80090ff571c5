import ObjectLayout
@testable import ObjectModel

/// A Python value described in Swift: its source text for python3.11 and a way to
/// build it in Krait. Containers are filled item by item so every value is reachable
/// by the collector from the moment it exists.
indirect enum P {
    case s(String)
    case i(Int)
    case none, `true`, `false`
    case t([P])
    case l([P])
    case d([(P, P)])
    case b([UInt8])
    /// Any other value: Python source and a builder.
    case raw(String, () throws(PyException) -> Value)

    var python: String {
        switch self {
        case .s(let text):
            return "'" + text.unicodeScalars.map { c in
                c.value >= 0x20 && c.value < 0x7F && c != "'" && c != "\\" ? String(c) : String(format: "\\U%08x", c.value)
            }.joined() + "'"
        case .i(let v): return String(v)
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .t(let items): return "(" + items.map(\.python).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .l(let items): return "[" + items.map(\.python).joined(separator: ", ") + "]"
        case .d(let pairs): return "{" + pairs.map { "\($0.0.python): \($0.1.python)" }.joined(separator: ", ") + "}"
        case .b(let bytes): return "bytes(\(bytes))"
        case .raw(let source, _): return source
        }
    }

    func make() throws(PyException) -> Value {
        switch self {
        case .s(let text): return Str.make(text)
        case .i(let v): return IntObject.make(v)
        case .none: return .none
        case .true: return .true
        case .false: return .false
        case .t(let items):
            let t = Tuple.allocate(count: items.count)
            for (i, item) in items.enumerated() { Tuple.items(t)[i] = try item.make() }
            return t
        case .l(let items):
            let l = List.new()
            for item in items { List.append(l, try item.make()) }
            return l
        case .d(let pairs):
            let d = Dict.new()
            for (k, v) in pairs {
                let key = try k.make()
                try Dict.setItem(d, key, try v.make())
            }
            return d
        case .b(let bytes): return Bytes.make(bytes)
        case .raw(_, let build): return try build()
        }
    }
}

extension P: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    init(stringLiteral value: String) { self = .s(value) }
    init(integerLiteral value: Int) { self = .i(value) }
}

/// `receiver.name(args..., key=value...)` in both worlds. With `mutates`, the case's
/// value is `(result, receiver)` so the receiver's new state is compared too.
func call(_ receiver: P, _ name: String, _ args: [P] = [], _ keywords: [(String, P)] = [], mutates: Bool = false) -> Case {
    let argText = (args.map(\.python) + keywords.map { "\($0.0)=\($0.1.python)" }).joined(separator: ", ")
    let python = mutates
        ? "(lambda v: (v.\(name)(\(argText)), v))(\(receiver.python))"
        : "\(receiver.python).\(name)(\(argText))"
    return Case(python) { () throws(PyException) -> Value in
        let target = try receiver.make()
        let result = try callMethod(target, name, args, keywords)
        return mutates ? Tuple.make(result, target) : result
    }
}

/// Calls `target.name` with the arguments built into a tuple (which roots them).
func callMethod(_ target: Value, _ name: String, _ args: [P], _ keywords: [(String, P)]) throws(PyException) -> Value {
    let all = try P.t(args + keywords.map(\.1)).make()
    let kwnames = keywords.isEmpty ? Value.empty : try P.t(keywords.map { .s($0.0) }).make()
    let method = try Protocols.getAttribute(target, name)
    return try Protocols.call(method, Arguments(UnsafePointer(Tuple.items(all)), args.count, kwnames))
}

/// `callable(args...)` for a callable built by `make`, e.g. a type.
func construct(_ callable: P, _ args: [P] = [], _ keywords: [(String, P)] = []) -> Case {
    let argText = (args.map(\.python) + keywords.map { "\($0.0)=\($0.1.python)" }).joined(separator: ", ")
    return Case("\(callable.python)(\(argText))") { () throws(PyException) -> Value in
        let f = try callable.make()
        let all = try P.t(args + keywords.map(\.1)).make()
        let kwnames = keywords.isEmpty ? Value.empty : try P.t(keywords.map { .s($0.0) }).make()
        return try Protocols.call(f, Arguments(UnsafePointer(Tuple.items(all)), args.count, kwnames))
    }
}

/// A builtin type as a value.
func type(_ name: String, _ type: TypePointer) -> P { .raw(name, { Value(type) }) }

/// `a op b`, or `a op= b` (as `operator.iadd` and friends, since eval takes no statements).
func binary(_ a: P, _ symbol: String, _ b: P, _ op: BinaryOp, inPlace: Bool = false) -> Case {
    let names: [BinaryOp: String] = [.add: "iadd", .multiply: "imul", .or: "ior"]
    let python = inPlace ? "__import__('operator').\(names[op]!)(\(a.python), \(b.python))" : "\(a.python) \(symbol) \(b.python)"
    return Case(python) { () throws(PyException) -> Value in
        let x = try a.make()
        let y = try b.make()
        return inPlace ? try Protocols.inPlace(x, y, op) : try Protocols.binary(x, y, op)
    }
}

/// `slice(start, stop, step)`.
func sl(_ start: P, _ stop: P, _ step: P = .none) -> P {
    .raw("slice(\(start.python), \(stop.python), \(step.python))") { () throws(PyException) in
        let a = try start.make(), b = try stop.make(), c = try step.make()
        return Slice.make(start: a, stop: b, step: c)
    }
}

/// Runs `statement` (Python, acting on `v`, setting `x`) and shows `(outcome, v)`:
/// the outcome is `x` or `Type: message`. `krait` does the same to Krait's `v`.
func attempt(_ receiver: P, _ statement: String, _ krait: @escaping (Value) throws(PyException) -> Value) -> Case {
    let program = "v = \(receiver.python)\nx = None\ntry:\n    \(statement)\n    r = (x, v)\nexcept Exception as e:\n    r = (type(e).__name__ + ': ' + str(e), v)"
    return Case("(lambda g: (exec(\(program.debugDescription), g), g['r'])[1])({})") { () throws(PyException) -> Value in
        let v = try receiver.make()
        do throws(PyException) {
            let result = try krait(v)
            return Tuple.make(result, v)
        } catch {
            let message = try Protocols.strText(error.value)
            return Tuple.make(Str.make("\(String(cString: error.value.type.pointee.tp_name)): \(message)"), v)
        }
    }
}

/// `attempt` of a method call.
func attemptCall(_ receiver: P, _ name: String, _ args: [P] = [], _ keywords: [(String, P)] = []) -> Case {
    let argText = (args.map(\.python) + keywords.map { "\($0.0)=\($0.1.python)" }).joined(separator: ", ")
    return attempt(receiver, "x = v.\(name)(\(argText))") { v throws(PyException) in try callMethod(v, name, args, keywords) }
}

/// `attempt` of `v[key] = value`, or `del v[key]` without a value.
func attemptSet(_ receiver: P, _ key: P, _ value: P? = nil) -> Case {
    let statement = value.map { "v[\(key.python)] = \($0.python)" } ?? "del v[\(key.python)]"
    return attempt(receiver, statement) { v throws(PyException) in
        let k = try key.make()
        try Protocols.setItem(v, k, try value?.make())
        return .none
    }
}
