import ObjectLayout

/// `tp_new` of int, float and complex (`int.__new__(cls, ...)`, and instances of subclasses):
/// the value comes from the constructor of the builtin type, then goes into an
/// instance of `cls`.
enum NumberNew {
    /// `base(*args, **kwargs)` for the builtin type `base`.
    static func construct(_ base: TypePointer, _ args: ObjectPointer?, _ kwargs: ObjectPointer?) throws(PyException) -> Value {
        let tuple = args.map { Value($0) } ?? Tuple.make([])
        let positional = UnsafeBufferPointer(start: Tuple.items(tuple), count: Tuple.count(tuple))
        if let kwargs, Dict.count(Value(kwargs)) > 0 {
            return try Protocols.callWithKeywords(Value(base), Array(positional), Value(kwargs))
        }
        return try Protocols.call(Value(base), Arguments(positional.baseAddress, positional.count, .empty))
    }

    static let float: newfunc = { type, args, kwargs in
        CBoundary.object { () throws(PyException) in
            let value = try construct(Krait_float_type, args, kwargs)
            if type == Krait_float_type { return value }
            let object = Allocation.object(type!, size: type!.pointee.tp_basicsize)
            object.layout(PyFloatObject.self).pointee.ob_fval = FloatObject.value(value)
            return Value(object)
        }
    }

    static let complex: newfunc = { type, args, kwargs in
        CBoundary.object { () throws(PyException) in
            let value = try construct(Krait_complex_type, args, kwargs)
            if type == Krait_complex_type { return value }
            return ComplexObject.make(ComplexObject.value(value), type: type!)
        }
    }

    static let int: newfunc = { type, args, kwargs in
        CBoundary.object { () throws(PyException) in
            let value = try construct(type == Krait_bool_type ? Krait_bool_type : Krait_int_type, args, kwargs)
            if type == Krait_int_type || type == Krait_bool_type { return value }
            // The limbs follow the header; the subclass's basic size already counts the
            // dict that goes after them.
            let x = BigInts.limbs(value)
            let object = Allocation.varObject(type!, size: type!.pointee.tp_basicsize + 8 * x.count, count: x.negative ? -x.count : x.count)
            BigInts.digits(object).update(from: x.base, count: x.count)
            return Value(object)
        }
    }
}
