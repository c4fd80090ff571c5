import ObjectLayout
@testable import ObjectModel
import XCTest

/// list's methods, operators, item and slice assignment, and sort, against python3.11.
final class ListMethodTests: ObjectModelTestCase {
    func run(_ cases: [Case], file: StaticString = #filePath, line: UInt = #line) throws {
        try check(cases, show: "repr(v)", file: file, line: line) { v throws(PyException) in try Protocols.repr(v) }
    }

    static let sample: P = .l([1, "a", 2, 1, .none, "a"])

    func testMethods() throws {
        let s = Self.sample
        var cases: [Case] = [
            attemptCall(s, "append", [3]), attemptCall(s, "append"), attemptCall(s, "extend", [.t([7, 8])]),
            attemptCall(s, "extend", ["xy"]), attemptCall(s, "extend", [1]), attemptCall(s, "extend"), attemptCall(.l([]), "extend", [.l([])]),
            attemptCall(s, "clear"), attemptCall(s, "clear", [1]), attemptCall(s, "copy"), attemptCall(s, "reverse"),
            attemptCall(.l([]), "reverse"), attemptCall(s, "reverse", [1]), attemptCall(s, "count", [1]), attemptCall(s, "count", ["a"]),
            attemptCall(s, "count", [9]), attemptCall(s, "count"), attemptCall(s, "remove", ["a"]), attemptCall(s, "remove", [9]),
            attemptCall(s, "remove"), attemptCall(.l([]), "pop"), attemptCall(s, "pop"), attemptCall(s, "pop", [0]), attemptCall(s, "pop", [-2]),
            attemptCall(s, "pop", [6]), attemptCall(s, "pop", [-7]), attemptCall(s, "pop", ["a"]), attemptCall(s, "pop", [1, 2]),
            attemptCall(.l([]), "__sizeof__"), attemptCall(s, "copy", [1]),
            attempt(s, "x = list(reversed(v))") { v throws(PyException) in
                let result = List.new()
                try Protocols.forEach(try callMethod(v, "__reversed__", [], [])) { item throws(PyException) in List.append(result, item) }
                return result
            },
            attempt(s, "x = type(reversed(v)).__name__") { v throws(PyException) in
                Str.make(TypeObject.name(try callMethod(v, "__reversed__", [], []).type))
            },
            attemptCall(s, "extend", [], [("iterable", .l([]))]),
        ]
        for i: P in [0, 1, 3, -1, -3, 6, 100, -100, "a"] {
            cases.append(attemptCall(s, "insert", [i, "new"]))
        }
        cases += [attemptCall(s, "insert", [1]), attemptCall(s, "insert", [])]
        for value: P in [1, "a", .none, 9] {
            cases.append(attemptCall(s, "index", [value]))
            for start: P in [0, 1, -2, 10, -10, .raw("2**62", { IntObject.make(1 << 62) })] {
                cases.append(attemptCall(s, "index", [value, start]))
                for stop: P in [0, 3, -1, 100] { cases.append(attemptCall(s, "index", [value, start, stop])) }
            }
        }
        cases += [attemptCall(s, "index"), attemptCall(s, "index", [1, "a"]), attemptCall(s, "index", [1, .none]),
                  attemptCall(s, "index", [1, 0, 1, 2])]
        try run(cases)
    }

    func testOperators() throws {
        let listType = type("list", Krait_list_type)
        let cases: [Case] = [
            binary(.l([1, 2]), "+", .l(["a"]), .add), binary(.l([]), "+", .l([]), .add), binary(.l([1]), "+", .t([2]), .add),
            binary(.l([1, 2]), "*", 3, .multiply), binary(.l([1]), "*", 0, .multiply), binary(.l([1]), "*", -1, .multiply),
            binary(.l([1]), "*", "a", .multiply), binary(.l([1]), "*", .raw("2**62", { IntObject.make(1 << 62) }), .multiply),
            binary(.l([1, 2]), "+", .t([3]), .add, inPlace: true), binary(.l([1]), "+", "ab", .add, inPlace: true),
            binary(.l([1]), "+", 1, .add, inPlace: true), binary(.l([1, 2]), "*", 3, .multiply, inPlace: true),
            binary(.l([1, 2]), "*", 0, .multiply, inPlace: true), binary(.l([1]), "*", "a", .multiply, inPlace: true),
            binary(.l([1]), "*", .raw("2**62", { IntObject.make(1 << 62) }), .multiply, inPlace: true),
            Case("1 in [1, 2]") { .bool(try Protocols.contains(try P.l([1, 2]).make(), int(1))) },
            Case("'x' in [1, 2]") { .bool(try Protocols.contains(try P.l([1, 2]).make(), str("x"))) },
            construct(listType), construct(listType, ["abc"]), construct(listType, [.t([1, 2])]), construct(listType, [.d([(1, 2)])]),
            construct(listType, [1]), construct(listType, [1, 2]), construct(listType, [], [("x", 1)]),
            attempt(.l([1, 2]), "v += v") { v throws(PyException) in _ = try Protocols.inPlace(v, v, .add); return .none },
            attempt(.l([1, 2]), "v[:] = v") { v throws(PyException) in try Protocols.setItem(v, try sl(.none, .none).make(), v); return .none },
            attempt(.l([1, 2, 3]), "v[::-1] = v") { v throws(PyException) in try Protocols.setItem(v, try sl(.none, .none, -1).make(), v); return .none },
            attempt(.l([1, 2]), "v.extend(v)") { v throws(PyException) in try Protocols.callMethod(v, "extend", v) },
        ]
        try run(cases)
    }

    func testItemAndSliceAssignment() throws {
        let s: P = .l([0, 1, 2, 3, 4, 5, 6])
        var cases: [Case] = []
        for i: P in [0, 3, -1, -7, 7, -8, "a", .raw("2**62", { IntObject.make(1 << 62) })] {
            cases += [attemptSet(s, i, "x"), attemptSet(s, i)]
        }
        let bounds: [P] = [.none, 0, 2, 5, -2, 10, -10]
        let steps: [P] = [.none, 1, 2, -1, -3, 0]
        let values: [P] = [.l([]), .l(["a"]), .l(["a", "b", "c"]), .t(["x", "y"]), "pq", 5]
        for a in bounds {
            for b in bounds {
                for c in steps {
                    cases.append(attemptSet(s, sl(a, b, c)))
                    for v in values { cases.append(attemptSet(s, sl(a, b, c), v)) }
                }
            }
        }
        cases += [
            attemptSet(.t([1]), 0, 2), attemptSet(.t([1]), 0), attemptSet("ab", 0), attemptSet("ab", 0, "x"), attemptSet(1, 0, 2),
            attemptSet(1, 0), attemptSet(.l([]), 0), attemptSet(.l([]), sl(.none, .none), .l([1, 2])),
        ]
        try run(cases)
    }

    /// A deterministic list of `count` ints from a linear congruential generator.
    static func numbers(_ count: Int, seed: UInt64, below: UInt64) -> [P] {
        var x = seed
        return (0..<count).map { _ in
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return .i(Int((x >> 33) % below))
        }
    }

    func testSort() throws {
        var cases: [Case] = []
        var lists: [P] = [.l([]), .l([1]), .l([2, 1]), .l([3, 1, 2]), .l(["b", "a", "c", "a"]), .l([.t([1, "b"]), .t([1, "a"]), .t([0, "z"])])]
        for (n, below) in [(10, 3), (63, 10), (64, 100), (65, 5), (200, 1000), (1000, 50), (2000, 1_000_000)] {
            lists.append(.l(Self.numbers(n, seed: UInt64(n), below: UInt64(below))))
        }
        // Structured inputs, where runs and galloping decide the comparisons.
        let ascending = (0..<300).map { P.i($0) }, descending = (0..<300).reversed().map { P.i($0) }
        lists += [
            .l(ascending), .l(descending), .l(ascending + descending), .l(descending + ascending),
            .l((0..<600).map { .i(($0 * 37) % 100 + ($0 / 100) * 1000) }), .l((0..<500).map { .i($0 % 7 == 0 ? 1000 - $0 : $0) }),
            .l(ascending + Self.numbers(40, seed: 9, below: 300) + ascending), .l((0..<1000).map { .i(($0 / 10) % 2 == 0 ? $0 : 2000 - $0) }),
        ]
        for l in lists {
            cases += [attemptCall(l, "sort"), attemptCall(l, "sort", [], [("reverse", .true)]), attemptCall(l, "sort", [], [("key", type("str", Krait_str_type))]),
                      attemptCall(l, "sort", [], [("key", type("str", Krait_str_type)), ("reverse", 1)])]
        }
        // Errors part-way: which comparison fails first, and the permutation left behind.
        for (n, position) in [(5, 0), (5, 4), (40, 17), (100, 64), (300, 150), (1000, 999), (1000, 500), (2000, 1234)] {
            var items = Self.numbers(n, seed: UInt64(n + position), below: 500)
            items[position] = "s"
            cases += [attemptCall(.l(items), "sort"), attemptCall(.l(items), "sort", [], [("reverse", .true)])]
            var structured = (0..<n).map { P.i($0 < n / 2 ? $0 : n - $0) }
            structured[position] = "s"
            cases.append(attemptCall(.l(structured), "sort"))
        }
        let lower = P.raw("str.lower") { () throws(PyException) in try Protocols.getAttribute(Value(Krait_str_type), "lower") }
        cases += [
            attemptCall(.l(["b", "A", "a", "B", "c", "C", "a"]), "sort", [], [("key", lower)]),
            attemptCall(.l(["b", "A", "a", "B", "c", "C", "a"]), "sort", [], [("key", lower), ("reverse", .true)]),
            attemptCall(.l(["b", 1, "a"]), "sort", [], [("key", lower)]), attemptCall(.l(["b", "a"]), "sort", [], [("key", .none)]),
            attemptCall(.l([3, 1]), "sort", [1]), attemptCall(.l([3, 1]), "sort", [], [("x", 1)]),
            attemptCall(.l([3, 1]), "sort", [], [("reverse", "a")]), attemptCall(.l([.none, .none]), "sort"),
            attemptCall(.l([1, .none]), "sort"), attemptCall(.l([.d([]), .d([])]), "sort"),
            attempt(.l([1]), "x = v.sort(key=v.append)") { v throws(PyException) in
                let key = try Protocols.getAttribute(v, "append")
                return try Protocols.callWithKeywords(try Protocols.getAttribute(v, "sort"), [], try dict((str("key"), key)))
            },
            attempt(.l([2, 1]), "x = v.sort(key=v.append)") { v throws(PyException) in
                let key = try Protocols.getAttribute(v, "append")
                return try Protocols.callWithKeywords(try Protocols.getAttribute(v, "sort"), [], try dict((str("key"), key)))
            },
        ]
        try run(cases)
    }
}
