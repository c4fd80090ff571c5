import ObjectLayout
@testable import ObjectModel
import XCTest

/// Slots seen as methods (`int.__repr__`, `'a'.__add__`) against python3.11.
final class SlotWrapperTests: ObjectModelTestCase {
    func attribute(_ v: Value, _ name: String) throws(PyException) -> Value { try Protocols.getAttribute(v, name) }
    func type(_ t: TypePointer) -> Value { Value(t) }

    func testSlotWrappers() throws {
        let cases: [Case] = [
            Case("int.__repr__(5)") { try Protocols.call(try self.attribute(self.type(Krait_int_type), "__repr__"), int(5)) },
            Case("(7).__hash__()") { try Protocols.call(try self.attribute(int(7), "__hash__")) },
            Case("'a'.__add__('b')") { try Protocols.call(try self.attribute(str("a"), "__add__"), str("b")) },
            Case("'a'.__add__(1)") { try Protocols.call(try self.attribute(str("a"), "__add__"), int(1)) },
            Case("[1, 2].__len__()") { try Protocols.call(try self.attribute(list(int(1), int(2)), "__len__")) },
            Case("'ab'.__len__(1)") { try Protocols.call(try self.attribute(str("ab"), "__len__"), int(1)) },
            Case("str.__len__(5)") { try Protocols.call(try self.attribute(self.type(Krait_str_type), "__len__"), int(5)) },
            Case("str.__len__()") { try Protocols.call(try self.attribute(self.type(Krait_str_type), "__len__")) },
            Case("tuple.__getitem__((1, 2), -1)") {
                try Protocols.call(try self.attribute(self.type(Krait_tuple_type), "__getitem__"), tuple(int(1), int(2)), int(-1))
            },
            Case("(1, 2).__getitem__(5)") { try Protocols.call(try self.attribute(tuple(int(1), int(2)), "__getitem__"), int(5)) },
            Case("(1, 2).__getitem__('x')") { try Protocols.call(try self.attribute(tuple(int(1), int(2)), "__getitem__"), str("x")) },
            Case("[1].__contains__(1)") { try Protocols.call(try self.attribute(list(int(1)), "__contains__"), int(1)) },
            Case("{1: 2}.__getitem__(1)") { try Protocols.call(try self.attribute(try dict((int(1), int(2))), "__getitem__"), int(1)) },
            Case("{1: 2}.__getitem__(3)") { try Protocols.call(try self.attribute(try dict((int(1), int(2))), "__getitem__"), int(3)) },
            Case("object.__eq__(1, 'a')") { try Protocols.call(try self.attribute(self.type(Krait_object_type), "__eq__"), int(1), str("a")) },
            Case("object.__ne__(None, None)") { try Protocols.call(try self.attribute(self.type(Krait_object_type), "__ne__"), .none, .none) },
            Case("'b'.__gt__('a')") { try Protocols.call(try self.attribute(str("b"), "__gt__"), str("a")) },
            Case("type(None).__bool__(None)") { try Protocols.call(try self.attribute(self.type(Krait_none_type), "__bool__"), .none) },
            Case("iter([]).__next__()") { try Protocols.call(try self.attribute(try Protocols.iterator(list()), "__next__")) },
            Case("list.__hash__") { try self.attribute(self.type(Krait_list_type), "__hash__") },
            Case("dict.__hash__") { try self.attribute(self.type(Krait_dict_type), "__hash__") },
            Case("str.__add__") { try self.attribute(self.type(Krait_str_type), "__add__") },
            Case("object.__init__") { try self.attribute(self.type(Krait_object_type), "__init__") },
            Case("int.__eq__") { try self.attribute(self.type(Krait_int_type), "__eq__") },
            Case("bool.__repr__") { try self.attribute(self.type(Krait_bool_type), "__repr__") },
            Case("bool.__hash__") { try self.attribute(self.type(Krait_bool_type), "__hash__") },
            Case("ValueError.__str__") { try self.attribute(self.type(Krait_exc_ValueError), "__str__") },
            Case("ValueError('x').__str__()") {
                try Protocols.call(try self.attribute(Exceptions.instantiate(Krait_exc_ValueError, arguments: [str("x")]), "__str__"))
            },
        ]
        try check(cases, show: "repr(v)") { v throws(PyException) in try Protocols.repr(v) }
    }

    /// The names of the slot wrappers in a builtin type's own dict are CPython's, for
    /// the types whose slots are complete.
    func testOwnWrapperNames() throws {
        let cases: [Case] = [
            Case("type(None)") { self.type(Krait_none_type) },
            Case("object") { self.type(Krait_object_type) },
            Case("BaseException") { self.type(Krait_exc_BaseException) },
            Case("KeyError") { self.type(Krait_exc_KeyError) },
            Case("type(iter([]))") { self.type(Krait_listIterator_type) },
        ]
        try check(cases, show: "' '.join(sorted(k for k, x in v.__dict__.items() if type(x).__name__ == 'wrapper_descriptor'))") {
            v throws(PyException) in
            var names: [String] = []
            var position = 0
            let d = Value(v.object.layout(PyTypeObject.self).pointee.tp_dict!)
            while let (key, value, next) = Dict.next(d, from: position) {
                if value.isExactly(Krait_wrapperDescriptor_type) { names.append(Str.swiftString(key)) }
                position = next
            }
            return Str.make(names.sorted().joined(separator: " "))
        }
    }
}
