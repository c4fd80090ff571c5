import ObjectLayout

/// `seq[i]` and `seq[a:b:c]` for tuple, list and str (their `mp_subscript`).
enum Subscripts {
    /// Resolves an index or slice against `length`: either one position or a slice's
    /// start, step and count. The length is read after the key's `__index__` ran, which
    /// may have resized the sequence.
    enum Selection {
        case item(Int)
        case slice(start: Int, step: Int, count: Int)
    }

    static func select(_ key: Value, length: () -> Int, kind: String, indexError: String, typeError: (Value) -> String) throws(PyException) -> Selection {
        if Protocols.isIndex(key) {
            var i = try Protocols.index(key)
            let length = length()
            if i < 0 { i += length }
            guard i >= 0 && i < length else { throw PyException.indexError(indexError) }
            return .item(i)
        }
        if key.isExactly(Krait_slice_type) {
            let (start, stop, step) = try Slice.unpack(key)
            let (first, _, count) = Slice.adjust(length: length(), start: start, stop: stop, step: step)
            return .slice(start: first, step: step, count: count)
        }
        throw PyException.typeError(typeError(key))
    }

    static func tuple(_ t: Value, _ key: Value) throws(PyException) -> Value {
        switch try select(key, length: { Tuple.count(t) }, kind: "tuple", indexError: "tuple index out of range",
                          typeError: { "tuple indices must be integers or slices, not \(TypeObject.name($0.type))" }) {
        case .item(let i):
            return Tuple.item(t, i)
        case .slice(let start, let step, let count):
            if step == 1 && count == Tuple.count(t) && t.isExactly(Krait_tuple_type) { return t }
            let result = Tuple.allocate(count: count)
            for j in 0..<count { Tuple.items(result)[j] = Tuple.item(t, start + j * step) }
            return result
        }
    }

    static func list(_ l: Value, _ key: Value) throws(PyException) -> Value {
        switch try select(key, length: { List.count(l) }, kind: "list", indexError: "list index out of range",
                          typeError: { "list indices must be integers or slices, not \(TypeObject.name($0.type))" }) {
        case .item(let i):
            return List.item(l, i)
        case .slice(let start, let step, let count):
            let result = List.new(capacity: count)
            for j in 0..<count { List.append(result, List.item(l, start + j * step)) }
            return result
        }
    }

    static func str(_ s: Value, _ key: Value) throws(PyException) -> Value {
        switch try select(key, length: { Str.length(s) }, kind: "str", indexError: "string index out of range",
                          typeError: { "string indices must be integers, not '\(TypeObject.name($0.type))'" }) {
        case .item(let i):
            return Str.character(s, at: i)
        case .slice(let start, let step, let count):
            if step == 1 { return Str.substring(s, start..<(start + count)) }
            return Str.make(codePoints: (0..<count).map { Str.codePoint(s, at: start + $0 * step) })
        }
    }

    static func mappingMethods(_ getItem: @escaping binaryfunc, length: lenfunc?) -> UnsafeMutablePointer<PyMappingMethods> {
        let table = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
        table.initialize(to: PyMappingMethods())
        table.pointee.mp_length = length
        table.pointee.mp_subscript = getItem
        return table
    }
}
