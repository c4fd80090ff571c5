import ObjectLayout

/// `l[i] = v`, `l[a:b] = iterable`, `l[a:b:c] = iterable` and their `del` forms
/// (list's `mp_ass_subscript` and `sq_ass_item`), with CPython's messages.
enum ListAssignment {
    static func assign(_ l: Value, _ key: Value, _ value: Value?) throws(PyException) {
        if Protocols.isIndex(key) {
            var i = try Protocols.index(key)
            if i < 0 { i += List.count(l) }
            try assignItem(l, i, value)
            return
        }
        guard key.isExactly(Krait_slice_type) else {
            throw PyException.typeError("list indices must be integers or slices, not \(TypeObject.name(key.type))")
        }
        let (rawStart, rawStop, step) = try Slice.unpack(key)
        let (start, stop, count) = Slice.adjust(length: List.count(l), start: rawStart, stop: rawStop, step: step)
        if step == 1 {
            try assignSlice(l, start, stop, value)
        } else if let value {
            try assignExtended(l, start, step, count, value)
        } else {
            deleteExtended(l, start, step, count)
        }
    }

    /// `l[i] = v` or `del l[i]` for an index already made non-negative.
    static func assignItem(_ l: Value, _ i: Int, _ value: Value?) throws(PyException) {
        guard i >= 0 && i < List.count(l) else { throw PyException.indexError("list assignment index out of range") }
        if let value { List.items(l)[i] = value } else { List.removeLast(l, from: i) }
    }

    /// The items of an assigned iterable: the value itself if a list or tuple, else a
    /// new list of its items (`PySequence_Fast`).
    static func fastSequence(_ v: Value, _ message: String) throws(PyException) -> Value {
        if v.isExactly(Krait_list_type) || v.isExactly(Krait_tuple_type) { return v }
        let it: Value
        do {
            it = try Protocols.iterator(v)
        } catch where error.matches(Krait_exc_TypeError) {
            throw PyException.typeError(message)
        }
        let items = List.new()
        while let item = try Protocols.next(it) { List.append(items, item) }
        return items
    }

    static func fastItems(_ seq: Value) -> (UnsafeMutablePointer<Value>?, Int) {
        seq.isExactly(Krait_list_type) ? (List.count(seq) > 0 ? List.items(seq) : nil, List.count(seq)) : (Tuple.items(seq), Tuple.count(seq))
    }

    /// `l[low:high] = value` (`list_ass_slice`); nil deletes.
    static func assignSlice(_ l: Value, _ low: Int, _ high: Int, _ value: Value?) throws(PyException) {
        var seq = Value.empty
        if let value {
            seq = value == l ? ListMethods.slice(l, 0, List.count(l)) : try fastSequence(value, "can only assign an iterable")
        }
        let (source, m) = seq.isEmpty ? (nil, 0) : fastItems(seq)
        let n = List.count(l)
        let low = min(max(low, 0), n)
        let high = min(max(high, low), n)
        let delta = m - (high - low)
        if n + delta == 0 {
            List.resize(l, 0)
            return
        }
        if delta < 0 {
            let items = List.items(l)
            (items + high + delta).update(from: items + high, count: n - high)
            List.resize(l, n + delta)
        } else if delta > 0 {
            List.resize(l, n + delta)
            let items = List.items(l)
            (items + high + delta).update(from: items + high, count: n - high)
        }
        if let source, m > 0 { (List.items(l) + low).update(from: source, count: m) }
    }

    static func assignExtended(_ l: Value, _ start: Int, _ step: Int, _ count: Int, _ value: Value) throws(PyException) {
        let seq = value == l ? ListMethods.slice(l, 0, List.count(l)) : try fastSequence(value, "must assign iterable to extended slice")
        let (source, m) = fastItems(seq)
        guard m == count else {
            throw PyException.valueError("attempt to assign sequence of size \(m) to extended slice of size \(count)")
        }
        guard let source else { return }
        let items = List.items(l)
        for i in 0..<count { items[start + i * step] = source[i] }
    }

    /// `del l[a:b:c]`: the kept items slide down over the deleted ones.
    static func deleteExtended(_ l: Value, _ start: Int, _ step: Int, _ count: Int) {
        if count <= 0 { return }
        let first = step < 0 ? start + step * (count - 1) : start
        let stride = step < 0 ? -step : step
        let n = List.count(l), items = List.items(l)
        var write = first
        for read in first..<n {
            let offset = read - first
            if offset % stride == 0 && offset / stride < count { continue }
            items[write] = items[read]
            write += 1
        }
        List.resize(l, n - count)
    }
}
