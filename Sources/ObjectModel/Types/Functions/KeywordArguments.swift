/// Arguments matched to parameter names, as Argument Clinic's `_PyArg_UnpackKeywords`
/// does for methods that accept keywords; its messages are CPython's.
public struct ParsedArguments {
    /// The value of each parameter, or empty when it was not given.
    var values: (Value, Value, Value, Value, Value, Value, Value, Value) = (.empty, .empty, .empty, .empty, .empty, .empty, .empty, .empty)

    public subscript(i: Int) -> Value? {
        let v: Value
        switch i {
        case 0: v = values.0
        case 1: v = values.1
        case 2: v = values.2
        case 3: v = values.3
        case 4: v = values.4
        case 5: v = values.5
        case 6: v = values.6
        default: v = values.7
        }
        return v.isEmpty ? nil : v
    }

    mutating func set(_ i: Int, _ v: Value) {
        switch i {
        case 0: values.0 = v
        case 1: values.1 = v
        case 2: values.2 = v
        case 3: values.3 = v
        case 4: values.4 = v
        case 5: values.5 = v
        case 6: values.6 = v
        default: values.7 = v
        }
    }
}

extension Arguments {
    /// Matches positional and keyword arguments to at most eight `names`; the first
    /// `required` are mandatory, the first `positionalOnly` cannot be given by name, and
    /// those from `keywordOnly` on can only be.
    public func parse(_ function: String, _ names: [StaticString], required: Int = 0,
                      positionalOnly: Int = 0, keywordOnly: Int? = nil) throws(PyException) -> ParsedArguments {
        precondition(names.count <= 8, "ParsedArguments holds at most eight parameters")
        let maxPositional = keywordOnly ?? names.count
        let requiredPositional = Swift.min(required, maxPositional)
        let requiredPositionalOnly = Swift.min(required, positionalOnly)
        // CPython's order of complaints: too many arguments in all, too many positional
        // ones, too few positional-only ones, a missing argument, one given twice, and
        // last an unknown keyword.
        if count + keywordCount > names.count {
            throw PyException.typeError("\(function)() takes at most \(names.count) \(count == 0 ? "keyword " : "")argument\(names.count == 1 ? "" : "s") (\(count + keywordCount) given)")
        }
        if count > maxPositional {
            if maxPositional == 0 { throw PyException.typeError("\(function)() takes no positional arguments") }
            throw PyException.typeError("\(function)() takes \(requiredPositional < maxPositional ? "at most" : "exactly") \(maxPositional) positional argument\(maxPositional == 1 ? "" : "s") (\(count) given)")
        }
        if count < requiredPositionalOnly {
            throw PyException.typeError("\(function)() takes \(requiredPositionalOnly < maxPositional ? "at least" : "exactly") \(requiredPositionalOnly) positional argument\(requiredPositionalOnly == 1 ? "" : "s") (\(count) given)")
        }
        var parsed = ParsedArguments()
        for i in 0..<count { parsed.set(i, self[i]) }
        // The parameter each keyword names, nil for a name no keyword parameter has.
        var targets: [Int?] = []
        for k in 0..<keywordCount {
            let name = Str.swiftString(Tuple.item(kwnames, k))
            let i = names.firstIndex(where: { $0.description == name }).flatMap { $0 >= positionalOnly ? $0 : nil }
            targets.append(i)
            if let i, i >= count { parsed.set(i, base.unsafelyUnwrapped[count + k]) }
        }
        for i in 0..<required where parsed[i] == nil {
            throw PyException.typeError("\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        for i in 0..<count where targets.contains(i) {
            throw PyException.typeError("argument for \(function)() given by name ('\(names[i])') and position (\(i + 1))")
        }
        if let k = targets.firstIndex(where: { $0 == nil }) {
            throw PyException.typeError("'\(Str.swiftString(Tuple.item(kwnames, k)))' is an invalid keyword argument for \(function)()")
        }
        return parsed
    }
}

extension Arguments {
    /// The arguments of a `tp_new`/`tp_init` call (a tuple, and a dict of keywords or
    /// nil) in vectorcall form. The values are gathered in a new tuple, which the
    /// returned Arguments points into and so keeps alive.
    public static func from(tuple args: ObjectPointer?, keywords kwargs: ObjectPointer?) -> Arguments {
        let positional = args.map { Value($0) } ?? Tuple.make([])
        let count = Tuple.count(positional)
        let keywordCount = kwargs.map { Dict.count(Value($0)) } ?? 0
        if keywordCount == 0 { return Arguments(UnsafePointer(Tuple.items(positional)), count, .empty) }
        let all = Tuple.allocate(count: count + keywordCount)
        let names = Tuple.allocate(count: keywordCount)
        Tuple.items(all).update(from: Tuple.items(positional), count: count)
        var position = 0, k = 0
        while let (key, value, next) = Dict.next(Value(kwargs!), from: position) {
            Tuple.items(names)[k] = key
            Tuple.items(all)[count + k] = value
            k += 1
            position = next
        }
        return Arguments(UnsafePointer(Tuple.items(all)), count, names)
    }
}
