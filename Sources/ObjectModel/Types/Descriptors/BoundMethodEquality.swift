import ObjectLayout

/// `==` and `hash` of bound methods and method-wrappers, as CPython's: two bound methods
/// are equal when their functions are equal and their `__self__` is the same object, so
/// `a.m == a.m` and a bound method finds itself again as a dict key.
enum BoundMethodEquality {
    static func isEqualityOp(_ op: Int32) -> Bool { op == CompareOp.eq.rawValue || op == CompareOp.ne.rawValue }

    /// `x ^ y` with -1 kept for errors, as CPython's hash functions keep it.
    static func combine(_ x: Int, _ y: Int) -> Int {
        let h = x ^ y
        return h == -1 ? -2 : h
    }

    static func setUp() {
        let m = Krait_method_type!
        m.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard BoundMethodEquality.isEqualityOp(op), y.type == Krait_method_type else { return .notImplemented }
                let mx = x.layout(PyMethodObject.self).pointee, my = y.layout(PyMethodObject.self).pointee
                let equal = try Protocols.equal(mx.im_func, my.im_func) && mx.im_self == my.im_self
                return .bool(equal == (op == CompareOp.eq.rawValue))
            }
        }
        m.pointee.tp_hash = { o in
            CBoundary.integer { () throws(PyException) in
                let method = Value(o!).layout(PyMethodObject.self).pointee
                return BoundMethodEquality.combine(Hashing.pointer(Int(truncatingIfNeeded: method.im_self.bits)),
                                                   try Protocols.hash(method.im_func))
            }
        }
        let w = Krait_methodWrapper_type!
        w.pointee.tp_richcompare = { a, b, op in
            let x = Value(a!), y = Value(b!)
            guard BoundMethodEquality.isEqualityOp(op), y.type == Krait_methodWrapper_type else {
                return Krait_NotImplemented
            }
            let wx = x.layout(KraitMethodWrapperObject.self).pointee, wy = y.layout(KraitMethodWrapperObject.self).pointee
            let equal = wx.descr == wy.descr && wx.`self` == wy.`self`
            return Boxing.object(.bool(equal == (op == CompareOp.eq.rawValue)))
        }
        w.pointee.tp_hash = { o in
            let wrapper = Value(o!).layout(KraitMethodWrapperObject.self).pointee
            return BoundMethodEquality.combine(Hashing.pointer(Int(truncatingIfNeeded: wrapper.`self`.bits)),
                                               Hashing.pointer(Int(bitPattern: wrapper.descr)))
        }
    }
}
