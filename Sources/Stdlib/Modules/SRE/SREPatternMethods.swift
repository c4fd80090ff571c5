import ObjectLayout
import ObjectModel

/// The methods of `re.Pattern`, with Argument Clinic's signatures and messages.
enum SREPatternMethods {
    static let table: [MethodSpec] = [
        MethodSpec("match", doc: "match($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nMatches zero or more characters at the beginning of the string.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SREOperations.match(s, args, "match", .match) }
        },
        MethodSpec("fullmatch", doc: "fullmatch($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nMatches against all of the string.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SREOperations.match(s, args, "fullmatch", .fullmatch) }
        },
        MethodSpec("search", doc: "search($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nScan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SREOperations.match(s, args, "search", .search) }
        },
        MethodSpec("sub", doc: "sub($self, /, repl, string, count=0)\n--\n\nReturn the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SRESubstitution.sub(s, args, "sub", counted: false) }
        },
        MethodSpec("subn", doc: "subn($self, /, repl, string, count=0)\n--\n\nReturn the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SRESubstitution.sub(s, args, "subn", counted: true) }
        },
        MethodSpec("findall", doc: "findall($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nReturn a list of all non-overlapping matches of pattern in string.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SREOperations.findall(s, args) }
        },
        MethodSpec("split", doc: "split($self, /, string, maxsplit=0)\n--\n\nSplit string by the occurrences of pattern.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SREOperations.split(s, args) }
        },
        MethodSpec("finditer", doc: "finditer($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\nReturn an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let scanner = try SREScanner.make(s, args, "finditer")
                return try CallableIterator.make(try Protocols.getAttribute(scanner, "search"), sentinel: .none)
            }
        },
        MethodSpec("scanner", doc: "scanner($self, /, string, pos=0, endpos=sys.maxsize)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SREScanner.make(s, args, "scanner") }
        },
        MethodSpec("__copy__", doc: "__copy__($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("Pattern.__copy__"); return s }
        },
        MethodSpec("__deepcopy__", doc: "__deepcopy__($self, memo, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in _ = try args.one("Pattern.__deepcopy__"); return s }
        },
        GenericAlias.classGetItem,
    ]
}

/// Running a pattern over a subject: match, search, findall and split, as CPython's
/// `_sre.SRE_Pattern` methods do.
enum SREOperations {
    enum Mode { case match, fullmatch, search }

    /// The `string, pos=0, endpos=sys.maxsize` arguments.
    static func subject(_ args: Arguments, _ name: String) throws(PyException) -> (string: Value, pos: Int, endpos: Int) {
        let p = try args.parse(name, ["string", "pos", "endpos"], required: 1)
        return (p[0]!, try SREArguments.ssize(p[1], default: 0), try SREArguments.ssize(p[2], default: Int.max))
    }

    static func match(_ pattern: Value, _ args: Arguments, _ name: String, _ mode: Mode) throws(PyException) -> Value {
        let (string, pos, endpos) = try subject(args, name)
        var state = try SREState(pattern, try SRESubject(string), pos: pos, endpos: endpos)
        defer { state.deallocate() }
        state.matchAll = mode == .fullmatch
        let status = mode == .search ? state.search() : state.match()
        return try SREMatch.make(pattern, state, string, status)
    }

    static func findall(_ pattern: Value, _ args: Arguments) throws(PyException) -> Value {
        let (string, pos, endpos) = try subject(args, "findall")
        var state = try SREState(pattern, try SRESubject(string), pos: pos, endpos: endpos)
        defer { state.deallocate() }
        let groups = SREPattern.groups(pattern)
        let list = List.new()
        while state.start <= state.end {
            state.reset()
            guard try SREArguments.matched(state.search()) else { break }
            // No match object: the whole match, the one group, or a tuple of them.
            let item: Value
            switch groups {
            case 0:
                item = state.subject.slice(string, state.start, state.ptr)
            case 1:
                item = state.group(1, of: string, emptyIfUnset: true)
            default:
                item = Tuple.allocate(count: groups)
                for i in 0..<groups { Tuple.items(item)[i] = state.group(i + 1, of: string, emptyIfUnset: true) }
            }
            List.append(list, item)
            state.mustAdvance = state.ptr == state.start
            state.start = state.ptr
        }
        return list
    }

    static func split(_ pattern: Value, _ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("split", ["string", "maxsplit"], required: 1)
        let string = p[0]!
        let maxsplit = try SREArguments.ssize(p[1], default: 0)
        var state = try SREState(pattern, try SRESubject(string), pos: 0, endpos: Int.max)
        defer { state.deallocate() }
        let groups = SREPattern.groups(pattern)
        let list = List.new()
        var n = 0
        var last = state.start
        while maxsplit == 0 || n < maxsplit {
            state.reset()
            guard try SREArguments.matched(state.search()) else { break }
            List.append(list, state.subject.slice(string, last, state.start))
            for i in 0..<groups { List.append(list, state.group(i + 1, of: string, emptyIfUnset: false)) }
            n += 1
            state.mustAdvance = state.ptr == state.start
            state.start = state.ptr
            last = state.ptr
        }
        List.append(list, state.subject.slice(string, last, state.endpos))
        return list
    }
}
