import ObjectLayout
@testable import ObjectModel
import XCTest

final class TypeTests: ObjectModelTestCase {
    /// Every builtin exception class's MRO, by name, as python3.11 has it.
    func testExceptionHierarchy() throws {
        let cases = Exceptions.hierarchy.map { entry in
            Case(entry.1) { Value(entry.0) }
        }
        try check(cases, show: "' '.join(c.__name__ for c in v.__mro__)") { v throws(PyException) in
            let mro = Value(v.object.layout(PyTypeObject.self).pointee.tp_mro!)
            let names = (0..<Tuple.count(mro)).map { TypeObject.name(Tuple.item(mro, $0).object.layout(PyTypeObject.self)) }
            return Str.make(names.joined(separator: " "))
        }
    }

    func testBuiltinTypeMROs() throws {
        let cases: [Case] = [
            Case("object") { Value(Krait_object_type) },
            Case("bool") { Value(Krait_bool_type) },
            Case("type") { Value(Krait_type_type) },
            Case("dict") { Value(Krait_dict_type) },
        ]
        try check(cases, show: "' '.join(c.__name__ for c in v.__mro__)") { v throws(PyException) in
            let mro = Value(v.object.layout(PyTypeObject.self).pointee.tp_mro!)
            let names = (0..<Tuple.count(mro)).map { TypeObject.name(Tuple.item(mro, $0).object.layout(PyTypeObject.self)) }
            return Str.make(names.joined(separator: " "))
        }
    }

    func testAttributeErrorsAndCalls() throws {
        let cases: [Case] = [
            Case("[].nope") { try Protocols.getAttribute(list(), "nope") },
            Case("int.nope") { try Protocols.getAttribute(Value(Krait_int_type), "nope") },
            Case("(lambda l: (l.append(5), l.append('x'), l)[2])([1])") {
                let l = list(int(1))
                _ = try Protocols.callMethod(l, "append", int(5))
                _ = try Protocols.call(try Protocols.getAttribute(Value(Krait_list_type), "append"), l, str("x"))
                return l
            },
            Case("[].append()") { try Protocols.callMethod(list(), "append") },
            Case("[].append(1, 2)") { try Protocols.callMethod(list(), "append", int(1), int(2)) },
            Case("list.append()") { try Protocols.call(try Protocols.getAttribute(Value(Krait_list_type), "append")) },
            Case("list.append({}, 1)") { try Protocols.call(try Protocols.getAttribute(Value(Krait_list_type), "append"), try dict(), int(1)) },
            Case("{'a': 1}.get('a')") { try Protocols.callMethod(try dict((str("a"), int(1))), "get", str("a")) },
            Case("{'a': 1}.get('b')") { try Protocols.callMethod(try dict((str("a"), int(1))), "get", str("b")) },
            Case("{'a': 1}.get('b', 7)") { try Protocols.callMethod(try dict((str("a"), int(1))), "get", str("b"), int(7)) },
            Case("{}.get()") { try Protocols.callMethod(try dict(), "get") },
            Case("{}.get(1, 2, 3)") { try Protocols.callMethod(try dict(), "get", int(1), int(2), int(3)) },
            Case("{[]: 1}") { try dict((list(), int(1))) },
            Case("1 < 'a'") { try Protocols.richCompare(int(1), str("a"), .lt) },
            Case("[] >= ()") { try Protocols.richCompare(list(), tuple(), .ge) },
            Case("'a' < 'b'") { try Protocols.richCompare(str("a"), str("b"), .lt) },
            Case("(1, 'a') < (1, 'b')") { try Protocols.richCompare(tuple(int(1), str("a")), tuple(int(1), str("b")), .lt) },
            Case("(1, 2) == (1, 2)") { try Protocols.richCompare(tuple(int(1), int(2)), tuple(int(1), int(2)), .eq) },
            Case("(1, 'a') < (1, 2)") { try Protocols.richCompare(tuple(int(1), str("a")), tuple(int(1), int(2)), .lt) },
            Case("None == None") { try Protocols.richCompare(.none, .none, .eq) },
            Case("None != 0") { try Protocols.richCompare(.none, int(0), .ne) },
            Case("bool(None)") { .bool(try Protocols.isTrue(.none)) },
            Case("bool([])") { .bool(try Protocols.isTrue(list())) },
            Case("bool({1: 2})") { .bool(try Protocols.isTrue(try dict((int(1), int(2))))) },
            Case("bool('')") { .bool(try Protocols.isTrue(str(""))) },
            Case("bool(())") { .bool(try Protocols.isTrue(tuple())) },
            Case("len(5)") { int(try Protocols.length(int(5))) },
            Case("5()") { try Protocols.call(int(5)) },
            Case("type(5)") { try Protocols.call(Value(Krait_type_type), int(5)) },
            Case("type('x')") { try Protocols.call(Value(Krait_type_type), str("x")) },
            Case("bool(5)") { try Protocols.call(Value(Krait_bool_type), int(5)) },
            Case("bool(1, 2)") { try Protocols.call(Value(Krait_bool_type), int(1), int(2)) },
            Case("type(None)(1)") { try Protocols.call(Value(Krait_none_type), int(1)) },
            Case("ValueError('x', 1)") { try Protocols.call(Value(Krait_exc_ValueError), str("x"), int(1)) },
        ]
        try check(cases, show: "repr(v)") { v throws(PyException) in try Protocols.repr(v) }
    }
}
