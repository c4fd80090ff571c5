import ObjectLayout
@testable import ObjectModel
import XCTest

/// Instances of classes derived from list and dict, made by `type(name, bases, ns)`.
final class SubclassTests: ObjectModelTestCase {
    static func subclass(_ name: String, of base: TypePointer) -> P {
        .raw("type('\(name)', (\(TypeObject.name(base)),), {})") { () throws(PyException) in
            let bases = Tuple.make(Value(base))
            return try Protocols.call(Value(Krait_type_type), Str.make(name), bases, Dict.new())
        }
    }

    func testListAndDictSubclasses() throws {
        let l = Self.subclass("L", of: Krait_list_type), d = Self.subclass("D", of: Krait_dict_type)
        let cases: [Case] = [
            construct(l), construct(l, [.t([1, 2])]), construct(l, ["ab"]), construct(l, [1]), construct(l, [1, 2]),
            construct(l, [], [("x", 1)]), construct(d), construct(d, [.d([("a", 1)])], [("b", 2)]), construct(d, [.l([.t([1, 2])])]),
            construct(d, [1]), construct(d, [1, 2]),
            Case("(lambda v: (v.append(3), v.sort(reverse=True), v)[2])(type('L', (list,), {})([1, 5]))") {
                let v = try Protocols.call(try l.make(), try P.l([1, 5]).make())
                _ = try Protocols.callMethod(v, "append", int(3))
                _ = try Protocols.callWithKeywords(try Protocols.getAttribute(v, "sort"), [], try dict((str("reverse"), .true)))
                return v
            },
            Case("(lambda v: (v.setdefault('k', 1), v.update(z=0), list(v.items()))[2])(type('D', (dict,), {})())") {
                let v = try Protocols.call(try d.make())
                _ = try Protocols.callMethod(v, "setdefault", str("k"), int(1))
                _ = try Protocols.callWithKeywords(try Protocols.getAttribute(v, "update"), [], try dict((str("z"), int(0))))
                let items = List.new()
                try ListMethods.extend(items, try Protocols.callMethod(v, "items"))
                return items
            },
            Case("type(type('L', (list,), {})()).__name__") { Str.make(TypeObject.name(try Protocols.call(try l.make()).type)) },
            Case("type('L', (list,), {})([1]) == [1]") {
                try Protocols.richCompare(try Protocols.call(try l.make(), try P.l([1]).make()), try P.l([1]).make(), .eq)
            },
            Case("type('D', (dict,), {}).fromkeys('ab').__class__.__name__") {
                Str.make(TypeObject.name(try Protocols.callMethod(try d.make(), "fromkeys", str("ab")).type))
            },
        ]
        try check(cases, show: "repr(v)") { v throws(PyException) in try Protocols.repr(v) }
    }
}
