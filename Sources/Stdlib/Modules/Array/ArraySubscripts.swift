import ObjectLayout
import ObjectModel

/// `a[i]`, `a[i:j:k]`, their assignment and deletion (`array_subscr`, `array_ass_subscr`).
enum ArraySubscripts {
    static let notInteger = "array indices must be integers"

    static func get(_ v: Value, _ key: Value) throws(PyException) -> Value {
        let count = ArrayStorage.count(v)
        if Protocols.isIndex(key) {
            var i = try Protocols.index(key)
            if i < 0 { i += count }
            guard i >= 0 && i < count else { throw PyException.indexError("array index out of range") }
            return try ArrayItems.get(v, i)
        }
        guard key.isExactly(Krait_slice_type) else { throw PyException.typeError(notInteger) }
        let (start, _, step, n) = try Slice.indices(key, length: count)
        let result = ArrayStorage.makeLike(v, count: n)
        let size = ArrayStorage.itemsize(v), source = ArrayStorage.data(v), target = ArrayStorage.data(result)
        if step == 1 {
            target.copyMemory(from: source + start * size, byteCount: n * size)
        } else {
            for j in 0..<n { (target + j * size).copyMemory(from: source + (start + j * step) * size, byteCount: size) }
        }
        return result
    }

    /// Assignment, or deletion when `value` is nil.
    static func set(_ v: Value, _ key: Value, _ value: Value?) throws(PyException) {
        let count = ArrayStorage.count(v)
        if Protocols.isIndex(key) {
            var i = try Protocols.index(key)
            if i < 0 { i += count }
            guard i >= 0 && i < count else { throw PyException.indexError("array assignment index out of range") }
            guard let value else { return ArrayStorage.replace(v, i..<(i + 1), with: UnsafeRawBufferPointer(start: nil, count: 0)) }
            return try ArrayItems.set(v, i, value)
        }
        guard key.isExactly(Krait_slice_type) else { throw PyException.typeError(notInteger) }
        var (start, stop, step, n) = try Slice.indices(key, length: count)
        if let value {
            guard ArrayStorage.isArray(value) else {
                throw PyException.typeError("can only assign array (not \"\(TypeObject.name(value.type))\") to array slice")
            }
            guard ArrayStorage.typecode(value) == ArrayStorage.typecode(v) else { throw ArrayType.badArgument }
        }
        // A slice written backwards or past its start is the same items walked forwards.
        if (step > 0 && stop < start) || (step < 0 && stop > start) { stop = start }
        if step == 1 {
            let source = value.map { ArrayStorage.bytes($0) } ?? UnsafeRawBufferPointer(start: nil, count: 0)
            return ArrayStorage.replace(v, start..<Swift.max(stop, start), with: source)
        }
        if step < 0 {
            start += step * (n - 1)
            step = -step
            if let value { return try assignExtended(v, start, step, n, value, reversed: true) }
        } else if let value {
            return try assignExtended(v, start, step, n, value, reversed: false)
        }
        deleteExtended(v, start, step, n)
    }

    static func assignExtended(_ v: Value, _ start: Int, _ step: Int, _ n: Int, _ value: Value, reversed: Bool) throws(PyException) {
        guard ArrayStorage.count(value) == n else {
            throw PyException.valueError("attempt to assign array of size \(ArrayStorage.count(value)) to extended slice of size \(n)")
        }
        let source = Array(ArrayStorage.bytes(value)), size = ArrayStorage.itemsize(v), target = ArrayStorage.data(v)
        source.withUnsafeBytes { b in
            for j in 0..<n {
                let from = reversed ? n - 1 - j : j
                (target + (start + j * step) * size).copyMemory(from: b.baseAddress! + from * size, byteCount: size)
            }
        }
    }

    /// Deletes `n` items `step` apart from `start` (step > 1), closing the gaps.
    static func deleteExtended(_ v: Value, _ start: Int, _ step: Int, _ n: Int) {
        guard n > 0 else { return }
        let size = ArrayStorage.itemsize(v), count = ArrayStorage.count(v), p = ArrayStorage.data(v)
        var write = start, read = start
        var deleted = 0
        while read < count {
            if deleted < n && read == start + deleted * step {
                deleted += 1
            } else {
                if write != read { (p + write * size).copyMemory(from: p + read * size, byteCount: size) }
                write += 1
            }
            read += 1
        }
        ArrayStorage.resize(v, count - n)
    }
}
