import ObjectLayout
import ObjectModel
import XCTest

final class ReprTests: ObjectModelTestCase {
    func testReprOfBuiltinValues() throws {
        let cases: [Case] = [
            Case("None") { .none },
            Case("True") { .true },
            Case("False") { .false },
            Case("...") { .ellipsis },
            Case("NotImplemented") { .notImplemented },
            Case("0") { int(0) },
            Case("-7") { int(-7) },
            Case("2**62 - 1") { int((1 << 62) - 1) },
            Case("2**62") { int(1 << 62) },
            Case("-2**63") { int(Int.min) },
            Case("2**63 - 1") { int(Int.max) },
            Case("''") { str("") },
            Case("'abc'") { str("abc") },
            Case("\"it's\"") { str("it's") },
            Case("'both \\' and \"'") { str("both ' and \"") },
            Case("'tab\\tnew\\nline\\r\\x00\\x7f\\\\'") { str("tab\tnew\nline\r\u{0}\u{7F}\\") },
            Case("'\\xa0\\xad é ß'") { str("\u{A0}\u{AD} é ß") },
            Case("'\\u2028 \\u200b 中文 \\ufeff'") { str("\u{2028} \u{200B} 中文 \u{FEFF}") },
            Case("'\\U0001f600 \\U000e0001 \\U0010ffff'") { str("\u{1F600} \u{E0001} \u{10FFFF}") },
            Case("'\\ud800x'") { Str.make(codePoints: [0xD800, 0x78]) },
            Case("()") { tuple() },
            Case("(1,)") { tuple(int(1)) },
            Case("(1, 'a', None, (2, ()))") { tuple(int(1), str("a"), .none, tuple(int(2), tuple())) },
            Case("[]") { list() },
            Case("[1, [2, [3]], 'x']") { list(int(1), list(int(2), list(int(3))), str("x")) },
            Case("{}") { try dict() },
            Case("{1: 'a', 'b': [2], (3,): {4: None}}") {
                try dict((int(1), str("a")), (str("b"), list(int(2))), (tuple(int(3)), try dict((int(4), .none))))
            },
            Case("ValueError('bad value')") { Exceptions.instantiate(Krait_exc_ValueError, arguments: [str("bad value")]) },
            Case("KeyError('k')") { Exceptions.instantiate(Krait_exc_KeyError, arguments: [str("k")]) },
            Case("IndexError(2, 'two')") { Exceptions.instantiate(Krait_exc_IndexError, arguments: [int(2), str("two")]) },
            Case("StopIteration()") { Exceptions.instantiate(Krait_exc_StopIteration, arguments: []) },
        ]
        try check(cases, show: "repr(v)") { v throws(PyException) in try Protocols.repr(v) }
        try check(cases, show: "str(v)") { v throws(PyException) in try Protocols.str(v) }
    }

    func testReprOfTypesAndMethods() throws {
        let cases: [Case] = [
            Case("int") { Value(Krait_int_type) },
            Case("type") { Value(Krait_type_type) },
            Case("type(None)") { Value(Krait_none_type) },
            Case("ZeroDivisionError") { Value(Krait_exc_ZeroDivisionError) },
            Case("list.append") { try Protocols.getAttribute(Value(Krait_list_type), "append") },
            Case("dict.get") { try Protocols.getAttribute(Value(Krait_dict_type), "get") },
        ]
        try check(cases, show: "repr(v)") { v throws(PyException) in try Protocols.repr(v) }
    }

    func testSelfReferentialContainers() throws {
        let cases: [Case] = [
            Case("(lambda l: (l.append(l), l)[1])([])") {
                let l = List.new()
                List.append(l, l)
                return l
            },
            Case("(lambda d: (d.__setitem__(1, [d]), d)[1])({})") {
                let d = Dict.new()
                try Dict.setItem(d, int(1), list(d))
                return d
            },
        ]
        try check(cases, show: "repr(v)") { v throws(PyException) in try Protocols.repr(v) }
    }
}
