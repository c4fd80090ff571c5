import ObjectLayout
import ObjectModel

/// The `_operator` module: the operators as functions, which `operator` re-exports.
enum OperatorModule {
    /// The two operands of a binary operator function (`add expected 2 arguments, got 1`).
    static func pair(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String) throws(PyException) -> (Value, Value) {
        let args = Arguments(a, n, k)
        try args.noKeywords("_operator." + name)
        try args.positional(name, min: 2, max: 2)
        return (args[0], args[1])
    }

    static func binary(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String, _ op: BinaryOp) -> Value {
        CBoundary.value { () throws(PyException) in
            let (x, y) = try pair(a, n, k, name)
            return try Protocols.binary(x, y, op)
        }
    }

    static func inPlace(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String, _ op: BinaryOp) -> Value {
        CBoundary.value { () throws(PyException) in
            let (x, y) = try pair(a, n, k, name)
            return try Protocols.inPlace(x, y, op)
        }
    }

    static func compare(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String, _ op: CompareOp) -> Value {
        CBoundary.value { () throws(PyException) in
            let (x, y) = try pair(a, n, k, name)
            return try Protocols.richCompare(x, y, op)
        }
    }

    static func unary(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String, _ op: UnaryOp) -> Value {
        CBoundary.value { () throws(PyException) in try Protocols.unary(try Arguments(a, n, k).one("_operator." + name), op) }
    }

    /// CPython's `PySequence_Check`: item access, and not a dict.
    static func isSequence(_ v: Value) -> Bool {
        !TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) && v.type.pointee.tp_as_sequence?.pointee.sq_item != nil
    }

    /// `PySequence_Concat` / `PySequence_InPlaceConcat`: the sequence slots, else `+`
    /// between two sequences.
    static func concat(_ x: Value, _ y: Value, inPlace: Bool) throws(PyException) -> Value {
        if let sequence = x.type.pointee.tp_as_sequence {
            if inPlace, let slot = sequence.pointee.sq_inplace_concat { return try CBoundary.check(slot(Boxing.object(x), Boxing.object(y))) }
            if let slot = sequence.pointee.sq_concat { return try CBoundary.check(slot(Boxing.object(x), Boxing.object(y))) }
        }
        if isSequence(x) && isSequence(y) { return inPlace ? try Protocols.inPlace(x, y, .add) : try Protocols.binary(x, y, .add) }
        throw PyException.typeError("'\(TypeObject.name(x.type))' object can't be concatenated")
    }

    /// `_PySequence_IterSearch`'s walk: calls `found(index)` for each item that is or
    /// equals `item` until it returns false.
    static func search(_ sequence: Value, _ item: Value, _ found: (Int) -> Bool) throws(PyException) {
        let it: Value
        do {
            it = try Protocols.iterator(sequence)
        } catch where error.matches(Krait_exc_TypeError) {
            throw PyException.typeError("argument of type '\(TypeObject.name(sequence.type))' is not iterable")
        }
        var i = 0
        while let x = try Protocols.next(it) {
            if try Protocols.equal(x, item), !found(i) { return }
            i += 1
        }
    }

    /// `operator.length_hint(obj, default)` (`PyObject_LengthHint`).
    static func lengthHint(_ obj: Value, _ fallback: Int) throws(PyException) -> Int {
        let type = obj.type
        if type.pointee.tp_as_sequence?.pointee.sq_length != nil || type.pointee.tp_as_mapping?.pointee.mp_length != nil {
            do {
                return try Protocols.length(obj)
            } catch where error.matches(Krait_exc_TypeError) {}
        }
        guard let method = SlotFunctions.lookupSpecial(obj, "__length_hint__") else { return fallback }
        let result: Value
        do {
            result = try SlotFunctions.callUnbound(method, obj, [])
        } catch where error.matches(Krait_exc_TypeError) {
            // A TypeError from __length_hint__ means "no hint" (`repeat(x)`'s, for one).
            return fallback
        }
        if result == .notImplemented { return fallback }
        guard IntObject.check(result) else {
            throw PyException.typeError("__length_hint__ must be an integer, not \(TypeObject.name(result.type))")
        }
        guard let hint = IntObject.machineValue(result) else {
            throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        if hint < 0 { throw PyException.valueError("__length_hint__() should return >= 0") }
        return hint
    }

    /// `_compare_digest(a, b)`: ASCII strs or bytes-like objects, compared in full.
    static func compareDigest(_ x: Value, _ y: Value) throws(PyException) -> Bool {
        let isStr = { (v: Value) in TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) }
        if isStr(x) && isStr(y) {
            guard Str.isASCII(x), Str.isASCII(y) else {
                throw PyException.typeError("comparing strings with non-ASCII characters is not supported")
            }
            return Str.equal(x, y)
        }
        // Buffers are compared as bytes, whatever a subclass's __eq__ says.
        let a = try BufferArguments.region(x), b = try BufferArguments.region(y)
        guard a != nil || b != nil else {
            throw PyException.typeError("unsupported operand types(s) or combination of types: '\(TypeObject.name(x.type))' and '\(TypeObject.name(y.type))'")
        }
        for (v, region) in [(x, a), (y, b)] where region == nil {
            throw PyException.typeError("a bytes-like object is required, not '\(TypeObject.name(v.type))'")
        }
        return a!.bytes.elementsEqual(b!.bytes)
    }

    static let doc = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."

    static func create() throws(PyException) -> Value {
        try OperatorTypes.setUp()
        let m = try NativeModule.make("_operator", doc: doc, functions: OperatorFunctions.table)
        return try ModuleTypes.add(m, [
            ("itemgetter", Krait_itemgetter_type), ("attrgetter", Krait_attrgetter_type), ("methodcaller", Krait_methodcaller_type),
        ])
    }
}
