import ObjectLayout
@testable import ObjectModel
import XCTest

/// Iteration and operator dispatch against python3.11.
final class ProtocolTests: ObjectModelTestCase {
    /// `list(v)` through the iteration protocol.
    static func collect(_ v: Value) throws(PyException) -> Value {
        let result = List.new()
        try Protocols.forEach(v) { item throws(PyException) in List.append(result, item) }
        return result
    }

    func testIteration() throws {
        let cases: [Case] = [
            Case("list([1, 'a', (2,)])") { try Self.collect(list(int(1), str("a"), tuple(int(2)))) },
            Case("list((None, True))") { try Self.collect(tuple(.none, .true)) },
            Case("list('héllo\\U0001f600')") { try Self.collect(str("héllo\u{1F600}")) },
            Case("list({'a': 1, 2: 'b', (3,): None})") {
                try Self.collect(try dict((str("a"), int(1)), (int(2), str("b")), (tuple(int(3)), .none)))
            },
            Case("list(5)") { try Self.collect(int(5)) },
            Case("list(None)") { try Self.collect(.none) },
            Case("type(iter('abc'))") { try Protocols.iterator(str("abc")).type.asValue },
            Case("type(iter('é'))") { try Protocols.iterator(str("é")).type.asValue },
            Case("type(iter([]))") { try Protocols.iterator(list()).type.asValue },
            Case("type(iter(()))") { try Protocols.iterator(tuple()).type.asValue },
            Case("type(iter({}))") { try Protocols.iterator(try dict()).type.asValue },
            Case("(lambda d: [d.__setitem__(k + 1, 0) for k in d])({0: 0})") {
                let d = try dict((int(0), int(0)))
                try Protocols.forEach(d) { k throws(PyException) in
                    try Dict.setItem(d, int(k.smallInt + 1), int(0))
                }
                return d
            },
        ]
        try check(cases, show: "repr(v)") { v throws(PyException) in try Protocols.repr(v) }
    }

    func testOperatorErrors() throws {
        let cases: [Case] = [
            Case("1 + 'a'") { try Protocols.binary(int(1), str("a"), .add) },
            Case("'a' + 1") { try Protocols.binary(str("a"), int(1), .add) },
            Case("'a' + 'b'") { try Protocols.binary(str("a"), str("b"), .add) },
            Case("[] - ()") { try Protocols.binary(list(), tuple(), .subtract) },
            Case("None ** 2") { try Protocols.binary(.none, int(2), .power) },
            Case("pow(None, 2, 3)") { try Protocols.ternaryPower(.none, int(2), int(3)) },
            Case("divmod('a', 1)") { try Protocols.binary(str("a"), int(1), .divmod) },
            Case("-'a'") { try Protocols.unary(str("a"), .negative) },
            Case("~None") { try Protocols.unary(.none, .invert) },
            Case("abs([])") { try Protocols.unary(list(), .absolute) },
            Case("(lambda x: x.__iadd__(1) if False else exec('x -= None') or x)('s')") {
                try Protocols.inPlace(str("s"), .none, .subtract)
            },
        ]
        try check(cases, show: "repr(v)") { v throws(PyException) in try Protocols.repr(v) }
    }
}

