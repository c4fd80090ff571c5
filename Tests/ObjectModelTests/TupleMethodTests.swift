import ObjectLayout
@testable import ObjectModel
import XCTest

/// tuple's methods, operators and constructor against python3.11.
final class TupleMethodTests: ObjectModelTestCase {
    func testTuple() throws {
        let s: P = .t([1, "a", 2, 1, .none, "a"])
        let tupleType = type("tuple", Krait_tuple_type)
        var cases: [Case] = [
            call(s, "count", [1]), call(s, "count", ["a"]), call(s, "count", [9]), call(s, "count"), call(s, "count", [1, 2]),
            call(s, "index"), call(s, "index", [1, "a"]), call(s, "index", [1, .none]), call(s, "index", [1, 0, 1, 2]),
            call(s, "__getnewargs__"), call(.t([]), "count", [1]),
            binary(.t([1, 2]), "+", .t(["a"]), .add), binary(.t([]), "+", .t([]), .add), binary(.t([1]), "+", .l([2]), .add),
            binary(.t([1, 2]), "*", 3, .multiply), binary(.t([1]), "*", 0, .multiply), binary(.t([1]), "*", -1, .multiply),
            binary(.t([1]), "*", "a", .multiply), binary(.t([1]), "*", .raw("2**62", { IntObject.make(1 << 62) }), .multiply),
            binary(.t([]), "*", 5, .multiply), binary(.t([1]), "+", .t([2]), .add, inPlace: true), binary(.t([1]), "*", 2, .multiply, inPlace: true),
            Case("1 in (1, 2)") { .bool(try Protocols.contains(try P.t([1, 2]).make(), int(1))) },
            Case("'x' in (1, 2)") { .bool(try Protocols.contains(try P.t([1, 2]).make(), str("x"))) },
            construct(tupleType), construct(tupleType, ["abc"]), construct(tupleType, [.l([1, 2])]), construct(tupleType, [.t([1])]),
            construct(tupleType, [.d([(1, 2), ("a", 3)])]), construct(tupleType, [1]), construct(tupleType, [1, 2]),
            construct(tupleType, [], [("x", 1)]),
        ]
        for value: P in [1, "a", .none, 9] {
            cases.append(call(s, "index", [value]))
            for start: P in [0, 1, -2, 10, -10] {
                cases.append(call(s, "index", [value, start]))
                for stop: P in [0, 3, -1, 100] { cases.append(call(s, "index", [value, start, stop])) }
            }
        }
        try check(cases, show: "repr(v)") { v throws(PyException) in try Protocols.repr(v) }
    }
}
