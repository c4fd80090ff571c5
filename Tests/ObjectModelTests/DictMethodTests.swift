import ObjectLayout
@testable import ObjectModel
import XCTest

/// dict's methods, views, operators and constructor against python3.11.
final class DictMethodTests: ObjectModelTestCase {
    func run(_ cases: [Case], file: StaticString = #filePath, line: UInt = #line) throws {
        try check(cases, show: "repr(v)", file: file, line: line) { v throws(PyException) in try Protocols.repr(v) }
    }

    static let sample: P = .d([("a", 1), (2, "b"), (.t([3]), .none), ("z", 1)])

    /// `dict.__dict__['fromkeys']`, by its interned name (the hash key may have changed since).
    static func fromkeys() -> Value { Dict.getItem(Value(Krait_dict_type.pointee.tp_dict!), string: Interned.get("fromkeys"))! }

    /// `list(f(v))` for an iterator-returning expression `f`.
    func listed(_ receiver: P, _ python: String, _ krait: @escaping (Value) throws(PyException) -> Value) -> Case {
        attempt(receiver, "x = list(\(python))") { v throws(PyException) in
            let result = List.new()
            try ListMethods.extend(result, try krait(v))
            return result
        }
    }

    func testMethods() throws {
        let s = Self.sample
        let cases: [Case] = [
            attemptCall(s, "get", ["a"]), attemptCall(s, "get", ["x"]), attemptCall(s, "get", ["x", 0]), attemptCall(s, "get"),
            attemptCall(s, "get", [.l([])]), attemptCall(s, "setdefault", ["a"]), attemptCall(s, "setdefault", ["n"]),
            attemptCall(s, "setdefault", ["n", 5]), attemptCall(s, "setdefault"), attemptCall(s, "setdefault", [.l([]), 1]),
            attemptCall(s, "pop", ["a"]), attemptCall(s, "pop", ["x"]), attemptCall(s, "pop", ["x", 7]), attemptCall(s, "pop"),
            attemptCall(s, "pop", [1, 2, 3]), attemptCall(s, "popitem"), attemptCall(.d([]), "popitem"), attemptCall(s, "popitem", [1]),
            attemptCall(s, "clear"), attemptCall(s, "copy"), attemptCall(s, "copy", [1]), attemptCall(s, "keys", [1]),
            attemptCall(s, "update", [.d([("a", 9), ("new", 0)])]), attemptCall(s, "update", [.l([.t(["p", 1]), .l(["q", 2]), "rs"])]),
            attemptCall(s, "update", [], [("a", 5), ("k", 6)]), attemptCall(s, "update", [.d([(1, 1)])], [("a", 5)]),
            attemptCall(s, "update", [1]), attemptCall(s, "update", [.l([1])]), attemptCall(s, "update", [.l([.t([1, 2, 3])])]),
            attemptCall(s, "update", [.d([]), .d([])]), attemptCall(s, "update", ["ab"]), attemptCall(s, "update"),
            attemptCall(s, "update", [.l([.t([.l([]), 1])])]), attemptCall(s, "update", [s]),
            attempt(s, "x = v.update(v)") { v throws(PyException) in try Protocols.callMethod(v, "update", v) },
            attempt(s, "x = v.update(v.items())") { v throws(PyException) in try Protocols.callMethod(v, "update", try Protocols.callMethod(v, "items")) },
            attempt(s, "x = dict.fromkeys('abc')") { _ throws(PyException) in try Protocols.callMethod(Value(Krait_dict_type), "fromkeys", str("abc")) },
            attempt(s, "x = dict.fromkeys([1, 2], 0)") { _ throws(PyException) in try Protocols.callMethod(Value(Krait_dict_type), "fromkeys", try P.l([1, 2]).make(), int(0)) },
            attempt(s, "x = v.fromkeys((1,))") { v throws(PyException) in try Protocols.callMethod(v, "fromkeys", try P.t([1]).make()) },
            attempt(s, "x = dict.fromkeys()") { _ throws(PyException) in try Protocols.callMethod(Value(Krait_dict_type), "fromkeys") },
            attempt(s, "x = dict.fromkeys(1)") { _ throws(PyException) in try Protocols.callMethod(Value(Krait_dict_type), "fromkeys", int(1)) },
            attempt(s, "x = type(dict.fromkeys).__name__") { _ throws(PyException) in
                Str.make(TypeObject.name(try Protocols.getAttribute(Value(Krait_dict_type), "fromkeys").type))
            },
            listed(s, "reversed(v)") { v throws(PyException) in try Protocols.callMethod(v, "__reversed__") },
            attempt(s, "x = type(reversed(v)).__name__") { v throws(PyException) in
                Str.make(TypeObject.name(try Protocols.callMethod(v, "__reversed__").type))
            },
            attempt(s, "x = dict.__dict__['fromkeys'](dict, 'ab')") { _ throws(PyException) in try Protocols.call(Self.fromkeys(), Value(Krait_dict_type), str("ab")) },
            attempt(s, "x = dict.__dict__['fromkeys']()") { _ throws(PyException) in try Protocols.call(Self.fromkeys()) },
            attempt(s, "x = dict.__dict__['fromkeys'](1)") { _ throws(PyException) in try Protocols.call(Self.fromkeys(), int(1)) },
            attempt(s, "x = dict.__dict__['fromkeys'](int, 1)") { _ throws(PyException) in try Protocols.call(Self.fromkeys(), Value(Krait_int_type), int(1)) },
            attempt(s, "x = repr(dict.__dict__['fromkeys'])") { _ throws(PyException) in try Protocols.repr(Self.fromkeys()) },
            attempt(s, "x = v.__contains__('a'), v.__getitem__(2), v.__contains__([])") { v throws(PyException) in
                let t = Tuple.allocate(count: 3)
                Tuple.items(t)[0] = try Protocols.callMethod(v, "__contains__", str("a"))
                Tuple.items(t)[1] = try Protocols.callMethod(v, "__getitem__", int(2))
                Tuple.items(t)[2] = try Protocols.callMethod(v, "__contains__", try P.l([]).make())
                return t
            },
            attemptSet(s, "a", 10), attemptSet(s, "q", 10), attemptSet(s, "a"), attemptSet(s, "q"), attemptSet(s, .l([]), 1),
            attemptSet(s, .l([])),
        ]
        try run(cases)
    }

    func testViews() throws {
        let s = Self.sample
        var cases: [Case] = []
        for name in ["keys", "values", "items"] {
            cases += [
                attempt(s, "x = v.\(name)()") { v throws(PyException) in try Protocols.callMethod(v, name) },
                attempt(.d([]), "x = v.\(name)()") { v throws(PyException) in try Protocols.callMethod(v, name) },
                attempt(s, "x = len(v.\(name)())") { v throws(PyException) in
                    Value(smallInt: try Protocols.length(try Protocols.callMethod(v, name)))
                },
                listed(s, "v.\(name)()") { v throws(PyException) in try Protocols.callMethod(v, name) },
                listed(s, "reversed(v.\(name)())") { v throws(PyException) in try Protocols.callMethod(try Protocols.callMethod(v, name), "__reversed__") },
                attempt(s, "x = type(iter(v.\(name)())).__name__") { v throws(PyException) in
                    Str.make(TypeObject.name(try Protocols.iterator(try Protocols.callMethod(v, name)).type))
                },
                attempt(s, "x = type(reversed(v.\(name)())).__name__") { v throws(PyException) in
                    Str.make(TypeObject.name(try Protocols.callMethod(try Protocols.callMethod(v, name), "__reversed__").type))
                },
                attempt(s, "w = v.\(name)(); v['late'] = 0; x = (w, len(w))") { v throws(PyException) in
                    let w = try Protocols.callMethod(v, name)
                    try Dict.setItem(v, str("late"), int(0))
                    return Tuple.make(w, Value(smallInt: try Protocols.length(w)))
                },
                attempt(s, "w = v.\(name)(); v[2] = w; x = repr(w)") { v throws(PyException) in
                    let w = try Protocols.callMethod(v, name)
                    try Dict.setItem(v, int(2), w)
                    return try Protocols.repr(w)
                },
            ]
            for item: P in ["a", "x", 1, .t(["a", 1]), .t(["a", 2]), .t([2, "b"]), .t(["a"]), .t(["a", .l([])]), .t([.l([]), 1]), .l([]), .none] {
                cases.append(attempt(s, "x = \(item.python) in v.\(name)()") { v throws(PyException) in
                    .bool(try Protocols.contains(try Protocols.callMethod(v, name), try item.make()))
                })
            }
        }
        let other: P = .d([("a", 1), (2, "b")])
        for (a, b) in [("keys", "keys"), ("items", "items"), ("keys", "items"), ("values", "values"), ("keys", "values")] {
            for (symbol, op) in [("==", CompareOp.eq), ("!=", .ne), ("<", .lt), ("<=", .le), (">", .gt), (">=", .ge)] {
                cases.append(attempt(s, "x = v.\(a)() \(symbol) \(other.python).\(b)()") { v throws(PyException) in
                    try Protocols.richCompare(try Protocols.callMethod(v, a), try Protocols.callMethod(try other.make(), b), op)
                })
                cases.append(attempt(s, "x = v.\(a)() \(symbol) v.\(b)()") { v throws(PyException) in
                    try Protocols.richCompare(try Protocols.callMethod(v, a), try Protocols.callMethod(v, b), op)
                })
            }
        }
        cases += [
            attempt(s, "x = hash(v.keys())") { v throws(PyException) in Value(smallInt: try Protocols.hash(try Protocols.callMethod(v, "keys"))) },
            attempt(s, "x = hash(v.items())") { v throws(PyException) in Value(smallInt: try Protocols.hash(try Protocols.callMethod(v, "items"))) },
            attempt(s, "i = iter(v.keys()); next(i); v['new'] = 1; x = list(i)") { v throws(PyException) in
                let it = try Protocols.iterator(try Protocols.callMethod(v, "keys"))
                _ = try Protocols.next(it)
                try Dict.setItem(v, str("new"), int(1))
                let result = List.new()
                while let item = try Protocols.next(it) { List.append(result, item) }
                return result
            },
            attempt(s, "i = reversed(v); next(i); del v['a']; x = list(i)") { v throws(PyException) in
                let it = try Protocols.callMethod(v, "__reversed__")
                _ = try Protocols.next(it)
                _ = try Dict.deleteItem(v, str("a"))
                let result = List.new()
                while let item = try Protocols.next(it) { List.append(result, item) }
                return result
            },
        ]
        try run(cases)
    }

    func testOperatorsAndConstructor() throws {
        let dictType = type("dict", Krait_dict_type)
        let s = Self.sample
        let cases: [Case] = [
            binary(s, "|", .d([("a", 0), ("q", 1)]), .or), binary(.d([]), "|", .d([]), .or), binary(s, "|", 1, .or),
            binary(s, "|", .l([.t([1, 2])]), .or), binary(s, "|", .d([("a", 0)]), .or, inPlace: true),
            binary(s, "|", .l([.t([1, 2])]), .or, inPlace: true), binary(s, "|", 1, .or, inPlace: true),
            Case("'a' in {'a': 1}") { .bool(try Protocols.contains(try P.d([("a", 1)]).make(), str("a"))) },
            Case("1 in {'a': 1}") { .bool(try Protocols.contains(try P.d([("a", 1)]).make(), int(1))) },
            Case("[] in {'a': 1}") { .bool(try Protocols.contains(try P.d([("a", 1)]).make(), try P.l([]).make())) },
            construct(dictType), construct(dictType, [s]), construct(dictType, [.l([.t([1, 2]), "ab"])]), construct(dictType, [], [("a", 1), ("b", 2)]),
            construct(dictType, [.l([.t([1, 2])])], [("a", 3)]), construct(dictType, [1]), construct(dictType, [1], [("a", 1)]),
            construct(dictType, [.d([]), .d([])]), construct(dictType, ["ab"]), construct(dictType, [.l(["ab"])]),
            construct(dictType, [.l([.t([1, 2, 3])])]),
        ]
        try run(cases)
    }
}
