import Compiler
import ObjectLayout
import ObjectModel

/// Out-of-line parts of instructions: name errors, method lookup, operator fast paths.
extension Interpreter {
    static func unboundLocal(_ code: CodeObjects.Pointer, _ index: Int) -> PyException {
        let name = Str.swiftString(Tuple.item(code.pointee.co_localsplusnames, index))
        return PyException(Krait_exc_UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }

    static func unboundFree(_ code: CodeObjects.Pointer, _ index: Int) -> PyException {
        let name = Str.swiftString(Tuple.item(code.pointee.co_localsplusnames, index))
        let kinds = Bytes.data(code.pointee.co_localspluskinds).assumingMemoryBound(to: UInt8.self)
        if kinds[index] == 1 {
            return PyException(Krait_exc_UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
        }
        return PyException(Krait_exc_NameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    /// A global or builtin by name (what LOAD_GLOBAL does before it specialises).
    static func loadGlobalSlowly(_ globals: Value, _ builtins: Value, _ name: Value) throws(PyException) -> Value {
        guard let v = Dict.getItem(globals, string: name) ?? Dict.getItem(builtins, string: name) else {
            return try globalMissedByStringLookup(globals, builtins, name)
        }
        return v
    }

    /// After the str-only lookups missed: an ordinary lookup, which finds a key of
    /// another type that hashes and compares equal to the name (its `__eq__` runs, as
    /// in CPython's dicts with non-str keys); else NameError.
    @inline(never)
    static func globalMissedByStringLookup(_ globals: Value, _ builtins: Value, _ name: Value) throws(PyException) -> Value {
        if let v = try Dict.getItem(globals, name) { return v }
        if let v = try Dict.getItem(builtins, name) { return v }
        throw nameError(name)
    }

    static func nameError(_ name: Value) -> PyException {
        let e = PyException(Krait_exc_NameError, "name '\(Str.swiftString(name))' is not defined")
        _ = try? Protocols.setAttribute(e.value, Interned.literal("name"), name)
        return e
    }

    /// A name in a class or module namespace (any mapping), or nil.
    static func lookupLocal(_ namespace: Value, _ name: Value) throws(PyException) -> Value? {
        if namespace.isEmpty { return nil }
        if namespace.isExactly(Krait_dict_type) { return Dict.getItem(namespace, string: name) }
        do throws(PyException) {
            return try Protocols.getItem(namespace, name)
        } catch where error.matches(Krait_exc_KeyError) {
            return nil
        }
    }

    /// The plain function `owner.name` would bind, when the lookup is the generic one
    /// and the instance does not shadow it: the call then passes `owner` itself.
    @inline(__always)
    static func methodFor(_ owner: Value, _ name: Value) -> Value? {
        let type = owner.type
        guard unsafeBitCast(type.pointee.tp_getattro, to: UInt.self) == unsafeBitCast(Krait_object_type.pointee.tp_getattro, to: UInt.self),
              let found = TypeObject.lookup(type, name) else { return nil }
        let kind = found.type
        guard kind == Krait_function_type || kind == Krait_methodDescriptor_type else { return nil }
        if let dict = Attributes.instanceDict(owner, create: false), Dict.getItem(dict, string: name) != nil { return nil }
        return found
    }

    /// `+ - * // %` (also in place) of two small ints when the result is a small int
    /// too (nil for other operators, a zero divisor or a result that needs a big int):
    /// sums on the tagged words (2i+1), the rest on the untagged values.
    @inline(__always)
    static func smallIntArithmetic(_ a: Value, _ b: Value, _ arg: Int) -> Value? {
        let op = arg & 127
        if op == BinaryOp.add.rawValue || op == BinaryOp.subtract.rawValue {
            let x = Int64(bitPattern: a.bits), y = Int64(bitPattern: b.bits) &- 1
            let (r, overflow) = op == BinaryOp.add.rawValue ? x.addingReportingOverflow(y) : x.subtractingReportingOverflow(y)
            return overflow ? nil : Value(bits: UInt64(bitPattern: r))
        }
        let x = a.smallInt, y = b.smallInt
        let r: Int
        switch op {
        case BinaryOp.multiply.rawValue:
            let (p, overflow) = x.multipliedReportingOverflow(by: y)
            if overflow { return nil }
            r = p
        case BinaryOp.floorDivide.rawValue where y != 0:
            let q = x / y
            r = (x % y != 0 && (x < 0) != (y < 0)) ? q - 1 : q
        case BinaryOp.remainder.rawValue where y != 0:
            let m = x % y
            r = m != 0 && (m < 0) != (y < 0) ? m + y : m
        default:
            return nil
        }
        return Value.smallIntRange.contains(r) ? Value(smallInt: r) : nil
    }

    /// `+ - * /` (also in place) of exact floats, or of an exact float and a small int
    /// (converted with the same correct rounding), as CPython's BINARY_OP_*_FLOAT; nil
    /// when another path must decide (other operand types, operators, division by 0).
    @inline(__always)
    static func floatArithmetic(_ a: Value, _ b: Value, _ arg: Int) -> Value? {
        let floatType = Krait_float_type.unsafelyUnwrapped
        let x: Double, y: Double
        if a.isObject && a.object.pointee.ob_type == floatType {
            x = FloatObject.value(a)
            if b.isObject && b.object.pointee.ob_type == floatType {
                y = FloatObject.value(b)
            } else if b.isSmallInt {
                y = Double(b.smallInt)
            } else {
                return nil
            }
        } else if a.isSmallInt && b.isObject && b.object.pointee.ob_type == floatType {
            x = Double(a.smallInt)
            y = FloatObject.value(b)
        } else {
            return nil
        }
        // The result first, then one allocation for every operator.
        let r: Double
        switch arg & 127 {
        case BinaryOp.add.rawValue: r = x + y
        case BinaryOp.subtract.rawValue: r = x - y
        case BinaryOp.multiply.rawValue: r = x * y
        case BinaryOp.trueDivide.rawValue where y != 0: r = x / y
        default: return nil
        }
        return FloatObject.make(r)
    }

    /// A comparison (COMPARE_OP's argument) of two small ints: tagging keeps their order.
    @inline(__always)
    static func taggedCompare(_ a: Value, _ b: Value, _ arg: Int) -> Bool {
        let x = Int64(bitPattern: a.bits), y = Int64(bitPattern: b.bits)
        switch arg {
        case 0: return x < y
        case 1: return x <= y
        case 2: return x == y
        case 3: return x != y
        case 4: return x > y
        default: return x >= y
        }
    }

    /// BINARY_OP after the loop's own small-int and float paths: the other small-int
    /// operators, then the number protocol.
    static func binary(_ a: Value, _ b: Value, _ arg: Int) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt {
            let x = a.smallInt, y = b.smallInt
            switch arg & 127 {
            case BinaryOp.add.rawValue: return IntObject.make(x + y)
            case BinaryOp.subtract.rawValue: return IntObject.make(x - y)
            case BinaryOp.multiply.rawValue:
                let (p, overflow) = x.multipliedReportingOverflow(by: y)
                if !overflow { return IntObject.make(p) }
            case BinaryOp.floorDivide.rawValue where y != 0:
                let q = x / y
                return IntObject.make((x % y != 0 && (x < 0) != (y < 0)) ? q - 1 : q)
            case BinaryOp.remainder.rawValue where y != 0:
                let r = x % y
                return IntObject.make(r != 0 && (r < 0) != (y < 0) ? r + y : r)
            case BinaryOp.and.rawValue: return Value(smallInt: x & y)
            case BinaryOp.or.rawValue: return Value(smallInt: x | y)
            case BinaryOp.xor.rawValue: return Value(smallInt: x ^ y)
            default: break
            }
        }
        let op = BinaryOp(rawValue: arg & 127).unsafelyUnwrapped
        return arg & 128 != 0 ? try Protocols.inPlace(a, b, op) : try Protocols.binary(a, b, op)
    }

    @inline(__always)
    static func getItem(_ container: Value, _ key: Value) throws(PyException) -> Value {
        if key.isSmallInt && container.isObject {
            // Lists and tuples indexed by an int in range, read in place (BINARY_SUBSCR_LIST_INT, _TUPLE_INT).
            let type = container.object.pointee.ob_type
            if type == Krait_list_type {
                var i = key.smallInt
                let n = List.count(container)
                if i < 0 { i += n }
                if i >= 0 && i < n { return List.item(container, i) }
            } else if type == Krait_tuple_type {
                var i = key.smallInt
                let n = Tuple.count(container)
                if i < 0 { i += n }
                if i >= 0 && i < n { return Tuple.item(container, i) }
            }
        }
        return try Protocols.getItem(container, key)
    }

    /// `container[key] = value`; a list item by an int in range is stored in place
    /// (STORE_SUBSCR_LIST_INT).
    @inline(__always)
    static func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyException) {
        if key.isSmallInt, let list = container.object(ifExactly: Krait_list_type) {
            var i = key.smallInt
            let n = List.count(Value(list))
            if i < 0 { i += n }
            if i >= 0 && i < n {
                List.items(Value(list))[i] = value
                return
            }
        }
        try Protocols.setItem(container, key, value)
    }

    /// One step of a `for` loop: the next item, or nil at the end.
    @inline(__always)
    static func iterate(_ iterator: Value) throws(PyException) -> Value? {
        if let it = iterator.object(ifExactly: Krait_rangeIterator_type) {
            let r = it.layout(KraitRangeIterator.self)
            guard r.pointee.remaining > 0 else { return nil }
            let v = r.pointee.next
            r.pointee.next &+= r.pointee.step
            r.pointee.remaining -= 1
            return IntObject.make(Int(v))
        }
        // List and tuple items are read in place, without the C ABI's boxing.
        if let it = iterator.object(ifExactly: Krait_listIterator_type) {
            return step(it) { l in List.count(l) } item: { l, i in List.item(l, i) }
        }
        if let it = iterator.object(ifExactly: Krait_tupleIterator_type) {
            return step(it) { t in Tuple.count(t) } item: { t, i in Tuple.item(t, i) }
        }
        return try Protocols.next(iterator)
    }

    /// One step of a list or tuple iterator; the sequence is dropped at the end.
    @inline(__always)
    static func step(_ it: ObjectPointer, count: (Value) -> Int, item: (Value, Int) -> Value) -> Value? {
        let s = it.layout(KraitSequenceIterator.self)
        let sequence = s.pointee.it_seq
        guard !sequence.isEmpty, s.pointee.it_index < count(sequence) else {
            s.pointee.it_seq = .empty
            return nil
        }
        s.pointee.it_index += 1
        return item(sequence, s.pointee.it_index - 1)
    }

    /// Calls any callable; Python functions go straight to a new frame.
    @inline(__always)
    static func callValue(_ callable: Value, _ args: Arguments) throws(PyException) -> Value {
        if callable.isObject && callable.object.pointee.ob_type == Krait_function_type {
            return try callFunction(callable, args)
        }
        return try Protocols.call(callable, args)
    }

    /// `f(*args, **kwargs)`.
    static func callExpanded(_ callable: Value, _ positional: Value, _ kwargs: Value) throws(PyException) -> Value {
        var tuple = positional
        if !positional.isExactly(Krait_tuple_type) {
            guard positional.type.pointee.tp_iter != nil || positional.type.pointee.tp_as_sequence?.pointee.sq_item != nil else {
                throw PyException.typeError("\(try callableName(callable)) argument after * must be an iterable, not \(TypeObject.name(positional.type))")
            }
            // Collected in a list, which the collector sees, then frozen into a tuple.
            let list = List.new()
            try Protocols.forEach(positional) { v throws(PyException) in List.append(list, v) }
            tuple = Tuple.make(List.buffer(list))
        }
        return try withExtendedLifetime(tuple) { () throws(PyException) in
            if kwargs.isEmpty || Dict.count(kwargs) == 0 {
                return try callValue(callable, Arguments(Tuple.items(tuple), Tuple.count(tuple), .empty))
            }
            let items = Array(UnsafeBufferPointer(start: Tuple.items(tuple), count: Tuple.count(tuple)))
            return try Protocols.callWithKeywords(callable, items, kwargs)
        }
    }

    /// How call errors name the callable (CPython's `_PyObject_FunctionStr`):
    /// `module.qualname()`, without the module for builtins, else `str(callable)`.
    static func callableName(_ callable: Value) throws(PyException) -> String {
        guard let qualname = try Protocols.lookupAttribute(callable, Interned.literal("__qualname__")) else {
            return try Protocols.strText(callable)
        }
        if let module = try Protocols.lookupAttribute(callable, Interned.literal("__module__")), module != .none,
           !(module.isExactly(Krait_str_type) && Str.swiftString(module) == "builtins") {
            return "\(try Protocols.strText(module)).\(try Protocols.strText(qualname))()"
        }
        return "\(try Protocols.strText(qualname))()"
    }

    /// The annotations tuple (name, value, name, value, …) as a dict.
    static func annotationDict(_ pairs: Value) throws(PyException) -> Value {
        let d = Dict.new()
        var i = 0
        while i + 1 < Tuple.count(pairs) {
            try Dict.setItem(d, Tuple.item(pairs, i), Tuple.item(pairs, i + 1))
            i += 2
        }
        return d
    }
}
