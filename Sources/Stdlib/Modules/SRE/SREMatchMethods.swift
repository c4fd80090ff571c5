import ObjectLayout
import ObjectModel

/// The methods of `re.Match`, with CPython's signatures and messages.
enum SREMatchMethods {
    static let table: [MethodSpec] = [
        MethodSpec("group", doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("Match.group")
                switch args.count {
                case 0: return try SREMatch.group(s, number: 0, default: .none)
                case 1: return try SREMatch.group(s, args[0], default: .none)
                default:
                    let result = Tuple.allocate(count: args.count)
                    for i in 0..<args.count { Tuple.items(result)[i] = try SREMatch.group(s, args[i], default: .none) }
                    return result
                }
            }
        },
        MethodSpec("start", doc: "start($self, group=0, /)\n--\n\nReturn index of the start of the substring matched by group.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("Match.start")
                try args.positional("start", min: 0, max: 1)
                return IntObject.make(SREMatch.marks(s)[2 * (try SREMatch.index(s, args.optional(0)))])
            }
        },
        MethodSpec("end", doc: "end($self, group=0, /)\n--\n\nReturn index of the end of the substring matched by group.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("Match.end")
                try args.positional("end", min: 0, max: 1)
                return IntObject.make(SREMatch.marks(s)[2 * (try SREMatch.index(s, args.optional(0))) + 1])
            }
        },
        MethodSpec("span", doc: "span($self, group=0, /)\n--\n\nFor match object m, return the 2-tuple (m.start(group), m.end(group)).") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("Match.span")
                try args.positional("span", min: 0, max: 1)
                return SREMatch.span(s, try SREMatch.index(s, args.optional(0)))
            }
        },
        MethodSpec("groups", doc: "groups($self, /, default=None)\n--\n\nReturn a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let value = try args.parse("groups", ["default"])[0] ?? .none
                let groups = s.layout(KraitMatchObject.self).pointee.groups
                let result = Tuple.allocate(count: groups - 1)
                for g in 1..<groups { Tuple.items(result)[g - 1] = try SREMatch.group(s, number: g, default: value) }
                return result
            }
        },
        MethodSpec("groupdict", doc: "groupdict($self, /, default=None)\n--\n\nReturn a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let value = try args.parse("groupdict", ["default"])[0] ?? .none
                let result = Dict.new()
                let names = s.layout(KraitMatchObject.self).pointee.pattern.layout(KraitPatternObject.self).pointee.groupindex
                if names.isEmpty { return result }
                var position = 0
                while let (name, _, next) = Dict.next(names, from: position) {
                    try Dict.setItem(result, name, try SREMatch.group(s, name, default: value))
                    position = next
                }
                return result
            }
        },
        MethodSpec("expand", doc: "expand($self, /, template)\n--\n\nReturn the string obtained by doing backslash substitution on the string template, as done by the sub() method.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let template = try args.parse("expand", ["template"], required: 1)[0]!
                return try SREArguments.callRe("_expand", s.layout(KraitMatchObject.self).pointee.pattern, s, template)
            }
        },
        MethodSpec("__copy__", doc: "__copy__($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("Match.__copy__"); return s }
        },
        MethodSpec("__deepcopy__", doc: "__deepcopy__($self, memo, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in _ = try args.one("Match.__deepcopy__"); return s }
        },
        GenericAlias.classGetItem,
    ]
}
