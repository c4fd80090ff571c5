import Compiler
import ObjectLayout
import ObjectModel

extension Interpreter {
    /// `a, b = v`: exactly `count` items of `v`, stored from the top of the stack down
    /// (so the first target is stored first).
    static func unpack(_ v: Value, count: Int, into slots: UnsafeMutablePointer<Value>) throws(PyException) {
        if let items = sequenceItems(v) {
            guard items.count == count else {
                if items.count < count { throw notEnough(count, got: items.count) }
                throw PyException.valueError("too many values to unpack (expected \(count))")
            }
            for i in 0..<count { slots[count - 1 - i] = items[i] }
            return
        }
        let it = try unpackIterator(v)
        for i in 0..<count {
            guard let item = try Protocols.next(it) else { throw notEnough(count, got: i) }
            slots[count - 1 - i] = item
        }
        if try Protocols.next(it) != nil {
            throw PyException.valueError("too many values to unpack (expected \(count))")
        }
    }

    /// `a, *b, c = v`.
    static func unpackStarred(_ v: Value, before: Int, after: Int, into slots: UnsafeMutablePointer<Value>) throws(PyException) {
        let list = List.new()
        try extendList(list, v, unpacking: true)
        let n = List.count(list)
        guard n >= before + after else {
            throw PyException.valueError("not enough values to unpack (expected at least \(before + after), got \(n))")
        }
        let total = before + after + 1
        let items = List.buffer(list)
        for i in 0..<before { slots[total - 1 - i] = items[i] }
        let middle = List.new(capacity: n - before - after)
        for i in before..<(n - after) { List.append(middle, items[i]) }
        slots[after] = middle
        for j in 0..<after { slots[after - 1 - j] = items[n - after + j] }
    }

    static func notEnough(_ expected: Int, got: Int) -> PyException {
        .valueError("not enough values to unpack (expected \(expected), got \(got))")
    }

    static func unpackIterator(_ v: Value) throws(PyException) -> Value {
        let type = v.type
        guard type.pointee.tp_iter != nil || type.pointee.tp_as_sequence?.pointee.sq_item != nil else {
            throw PyException.typeError("cannot unpack non-iterable \(TypeObject.name(type)) object")
        }
        return try Protocols.iterator(v)
    }

    /// The items of an exact tuple or list, read in place.
    @inline(__always)
    static func sequenceItems(_ v: Value) -> UnsafeBufferPointer<Value>? {
        guard v.isObject else { return nil }
        let type = v.object.pointee.ob_type
        if type == Krait_tuple_type { return UnsafeBufferPointer(start: Tuple.items(v), count: Tuple.count(v)) }
        if type == Krait_list_type { return List.buffer(v) }
        return nil
    }

    /// `[*a]`, `f(*a)`: appends every item of `iterable` to `list`.
    static func extendList(_ list: Value, _ iterable: Value, unpacking: Bool = false) throws(PyException) {
        if let items = sequenceItems(iterable) {
            let snapshot = Array(items)
            try withExtendedLifetime(iterable) { () throws(PyException) in
                for v in snapshot { List.append(list, v) }
            }
            return
        }
        let type = iterable.type
        guard type.pointee.tp_iter != nil || type.pointee.tp_as_sequence?.pointee.sq_item != nil else {
            if unpacking { throw PyException.typeError("cannot unpack non-iterable \(TypeObject.name(type)) object") }
            throw PyException.typeError("Value after * must be an iterable, not \(TypeObject.name(type))")
        }
        try Protocols.forEach(iterable) { v throws(PyException) in List.append(list, v) }
    }

    /// `{**m}` (update) and `f(**m)` (merge: repeated keys are an error).
    static func updateDict(_ target: Value, _ mapping: Value, merging: Bool, function: Value) throws(PyException) {
        guard mapping.isExactly(Krait_dict_type) || TypeObject.lookup(mapping.type, Interned.literal("keys")) != nil else {
            if merging {
                throw PyException.typeError("\(try callableName(function)) argument after ** must be a mapping, not \(TypeObject.name(mapping.type))")
            }
            throw PyException.typeError("'\(TypeObject.name(mapping.type))' object is not a mapping")
        }
        func add(_ key: Value, _ value: Value) throws(PyException) {
            if merging {
                guard TypeObject.hasFlag(key.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
                    throw PyException.typeError("keywords must be strings")
                }
                if try Dict.getItem(target, key) != nil {
                    throw PyException.typeError("\(try callableName(function)) got multiple values for keyword argument '\(Str.swiftString(key))'")
                }
            }
            try Dict.setItem(target, key, value)
        }
        if mapping.isExactly(Krait_dict_type) {
            var position = 0
            while let (key, value, next) = Dict.next(mapping, from: position) {
                try add(key, value)
                position = next
            }
            return
        }
        let keys = try Protocols.callMethod(mapping, "keys")
        try Protocols.forEach(keys) { key throws(PyException) in try add(key, try Protocols.getItem(mapping, key)) }
    }
}

/// Strings the interpreter builds (f-strings).
enum Strings {
    static func join(_ parts: UnsafeBufferPointer<Value>) throws(PyException) -> Value {
        var codePoints: [UInt32] = []
        for p in parts { codePoints += Str.codePoints(p) }
        return Str.make(codePoints: codePoints)
    }
}
