import ObjectLayout
import ObjectModel

/// `cmp_to_key(mycmp)`'s `functools.KeyWrapper`: called with an object it wraps it
/// in a new key, and keys compare by the sign of `mycmp(a, b)`.
enum KeyWrapper {
    static func setUp() {
        let type = Krait_keyWrapper_type!
        ModuleTypes.define(type, "functools.KeyWrapper", size: MemoryLayout<KraitKeyObject>.size, doc: nil, base: false,
                           traverse: { o, visit, arg in
                               let k = o!.layout(KraitKeyObject.self)
                               Trace.visit(k.pointee.cmp, visit, arg)
                               Trace.visit(k.pointee.object, visit, arg)
                               return 0
                           })
        type.pointee.kr_call = { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let p = try Arguments(a, n, k).parse("K", ["obj"], required: 1)
                return KeyWrapper.make(cmp: s.layout(KraitKeyObject.self).pointee.cmp, object: p[0]!)
            }
        }
        type.pointee.tp_hash = Hashing.notImplemented
        type.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard y.type == x.type else { throw PyException.typeError("other argument must be K instance") }
                let left = x.layout(KraitKeyObject.self).pointee.object, right = y.layout(KraitKeyObject.self).pointee.object
                guard !left.isEmpty, !right.isEmpty else { throw PyException.attributeError("object") }
                let order = try Protocols.call(x.layout(KraitKeyObject.self).pointee.cmp, left, right)
                return try Protocols.richCompare(order, Value(smallInt: 0), CompareOp(rawValue: op)!)
            }
        }
        type.pointee.tp_members = MemberDescriptors.memberTable([
            ("obj", Int32(T_KRAIT_VALUE), MemoryLayout<KraitKeyObject>.offset(of: \.object)!, false, "Value wrapped by a key function."),
        ])
    }

    static func make(cmp: Value, object: Value) -> Value {
        let key = ModuleTypes.allocate(Krait_keyWrapper_type)
        key.layout(KraitKeyObject.self).pointee.cmp = cmp
        key.layout(KraitKeyObject.self).pointee.object = object
        return Value(key)
    }
}
