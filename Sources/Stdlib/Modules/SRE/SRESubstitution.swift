import ObjectLayout
import ObjectModel

/// `Pattern.sub` and `subn`, CPython 3.11's `pattern_subx`: the replacement is a
/// callable given each match, a literal (no backslash), or a template that
/// `re._subx` turns into a literal or a callable.
enum SRESubstitution {
    static func sub(_ pattern: Value, _ args: Arguments, _ name: String, counted: Bool) throws(PyException) -> Value {
        let p = try args.parse(name, ["repl", "string", "count"], required: 2)
        let template = p[0]!, string = p[1]!
        let count = try SREArguments.ssize(p[2], default: 0)

        var filter = template
        var callable = ModuleTypes.isCallable(template)
        if !callable && !isLiteral(template) {
            filter = try SREArguments.callRe("_subx", pattern, template)
            callable = ModuleTypes.isCallable(filter)
        }

        var state = try SREState(pattern, try SRESubject(string), pos: 0, endpos: Int.max)
        defer { state.deallocate() }
        let list = List.new()
        var n = 0, i = 0
        while count == 0 || n < count {
            state.reset()
            guard try SREArguments.matched(state.search()) else { break }
            let b = state.start, e = state.ptr
            if i < b { List.append(list, state.subject.slice(string, i, b)) }
            let item = callable ? try Protocols.call(filter, try SREMatch.make(pattern, state, string, 1)) : filter
            if item != .none { List.append(list, item) }
            i = e
            n += 1
            state.mustAdvance = state.ptr == state.start
            state.start = state.ptr
        }
        if i < state.endpos { List.append(list, state.subject.slice(string, i, state.endpos)) }
        let joiner = state.subject.slice(string, 0, 0)
        let result = List.count(list) == 0 ? joiner : try Protocols.callMethod(joiner, "join", list)
        return counted ? Tuple.make(result, IntObject.make(n)) : result
    }

    /// A replacement without backslashes is used as it is; anything that is not a
    /// string is for `re._subx` to judge.
    static func isLiteral(_ template: Value) -> Bool {
        guard let subject = try? SRESubject(template) else { return false }
        for k in 0..<subject.length {
            let c: UInt32
            switch subject.charSize {
            case 1: c = UInt32(subject.data.load(fromByteOffset: k, as: UInt8.self))
            case 2: c = UInt32(subject.data.load(fromByteOffset: 2 * k, as: UInt16.self))
            default: c = subject.data.load(fromByteOffset: 4 * k, as: UInt32.self)
            }
            if c == 0x5C { return false }
        }
        return withExtendedLifetime(subject.owner) { true }
    }
}
