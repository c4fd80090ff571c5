import ObjectLayout
@testable import ObjectModel
import XCTest

/// Indexing and slicing of tuple, list and str, and the slice type, against python3.11.
final class SubscriptTests: ObjectModelTestCase {
    func slice(_ a: Value, _ b: Value, _ c: Value) -> Value { Slice.make(start: a, stop: b, step: c) }

    func testSubscripts() throws {
        let t = { tuple(int(0), int(1), int(2), int(3), int(4), int(5)) }
        let l = { list(int(0), int(1), int(2), int(3), int(4), int(5)) }
        let s = { str("héllo wörld\u{1F600}") }
        var cases: [Case] = []
        let bounds: [(String, Value)] = [("None", .none), ("0", int(0)), ("1", int(1)), ("-1", int(-1)), ("3", int(3)),
                                         ("-4", int(-4)), ("100", int(100)), ("-100", int(-100)), ("2**63-1", IntObject.make(Int.max)),
                                         ("-2**63", IntObject.make(Int.min))]
        let steps: [(String, Value)] = [("None", .none), ("1", int(1)), ("2", int(2)), ("-1", int(-1)), ("-2", int(-2)), ("3", int(3))]
        for (an, a) in bounds {
            for (bn, b) in bounds.prefix(7) {
                for (cn, c) in steps {
                    let text = "slice(\(an), \(bn), \(cn))"
                    cases.append(Case("(0, 1, 2, 3, 4, 5)[\(text)]") { try Protocols.getItem(t(), self.slice(a, b, c)) })
                    cases.append(Case("[0, 1, 2, 3, 4, 5][\(text)]") { try Protocols.getItem(l(), self.slice(a, b, c)) })
                    cases.append(Case("'héllo wörld\\U0001f600'[\(text)]") { try Protocols.getItem(s(), self.slice(a, b, c)) })
                }
            }
        }
        for (n, i) in bounds.dropFirst() {
            cases.append(Case("(0, 1, 2, 3, 4, 5)[\(n)]") { try Protocols.getItem(t(), i) })
            cases.append(Case("[0, 1, 2, 3, 4, 5][\(n)]") { try Protocols.getItem(l(), i) })
            cases.append(Case("'héllo wörld\\U0001f600'[\(n)]") { try Protocols.getItem(s(), i) })
        }
        cases += [
            Case("(1,)['a']") { try Protocols.getItem(tuple(int(1)), str("a")) },
            Case("[1]['a']") { try Protocols.getItem(list(int(1)), str("a")) },
            Case("'a'['a']") { try Protocols.getItem(str("a"), str("a")) },
            Case("'a'[None]") { try Protocols.getItem(str("a"), .none) },
            Case("(1,)[::0]") { try Protocols.getItem(tuple(int(1)), self.slice(.none, .none, int(0))) },
            Case("(1,)['a':]") { try Protocols.getItem(tuple(int(1)), self.slice(str("a"), .none, .none)) },
            Case("5[0]") { try Protocols.getItem(int(5), int(0)) },
            Case("slice(1, 2)") { try Protocols.call(Value(Krait_slice_type), int(1), int(2)) },
            Case("slice()") { try Protocols.call(Value(Krait_slice_type)) },
            Case("slice(1, 2, 3, 4)") { try Protocols.call(Value(Krait_slice_type), int(1), int(2), int(3), int(4)) },
            Case("slice(None, -3, 2).indices(10)") {
                try Protocols.callMethod(self.slice(.none, int(-3), int(2)), "indices", int(10))
            },
            Case("slice(1, 2).indices(-1)") { try Protocols.callMethod(self.slice(int(1), int(2), .none), "indices", int(-1)) },
            Case("slice(1, 'x', 3).stop") { try Protocols.getAttribute(self.slice(int(1), str("x"), int(3)), "stop") },
            Case("slice(1, 2) == slice(1, 2)") { try Protocols.richCompare(self.slice(int(1), int(2), .none), self.slice(int(1), int(2), .none), .eq) },
            Case("slice(1, 2) < slice(1, 3)") { try Protocols.richCompare(self.slice(int(1), int(2), .none), self.slice(int(1), int(3), .none), .lt) },
            Case("hash(slice(1))") { int(try Protocols.hash(self.slice(.none, int(1), .none))) },
            Case("slice.start") { try Protocols.getAttribute(Value(Krait_slice_type), "start") },
        ]
        try check(cases, show: "repr(v)") { v throws(PyException) in try Protocols.repr(v) }
    }
}
