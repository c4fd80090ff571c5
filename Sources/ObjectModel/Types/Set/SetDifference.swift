import ObjectLayout

/// Difference and symmetric difference, in place and as new sets, as CPython 3.11's.
extension SetOperations {
    /// Removes every item of `other` from `s` (`set_difference_update_internal`), then
    /// rebuilds the table if more than a quarter of it is dummies.
    static func differenceUpdate(_ s: Value, _ other: Value) throws(PyException) {
        if s == other { return Sets.clear(s) }
        if Sets.isAnySet(other) {
            // A much larger other set is first cut down to what the two share.
            let keys = Sets.count(other) >> 3 > Sets.count(s) ? try intersection(s, other) : other
            try Sets.forEach(keys) { key, hash throws(PyException) in try Sets.discard(s, key, hash: hash) }
        } else {
            try Protocols.forEach(other) { key throws(PyException) in try Sets.discard(s, key, hash: Protocols.hash(key)) }
        }
        let so = Sets.set(s)
        if so.pointee.fill - so.pointee.used <= so.pointee.mask / 4 { return }
        Sets.resize(s, minimumUsed: so.pointee.used > 50_000 ? so.pointee.used * 2 : so.pointee.used * 4)
    }

    static func copyAndDifference(_ s: Value, _ other: Value) throws(PyException) -> Value {
        let result = try copy(s)
        try differenceUpdate(result, other)
        return result
    }

    /// `s - other`: a new set of the keys of `s` not in `other`, built by probing `other`
    /// when it is a set or dict that is not much smaller than `s`.
    static func difference(_ s: Value, _ other: Value) throws(PyException) -> Value {
        let otherSize: Int
        if Sets.isAnySet(other) {
            otherSize = Sets.count(other)
        } else if other.isExactly(Krait_dict_type) {
            otherSize = Dict.count(other)
        } else {
            return try copyAndDifference(s, other)
        }
        if Sets.count(s) >> 2 > otherSize { return try copyAndDifference(s, other) }
        let result = newOfBaseType(s.type)
        let isDict = other.isExactly(Krait_dict_type)
        try Sets.forEach(s) { key, hash throws(PyException) in
            let present = isDict ? try Dict.getItem(other, key, hash: hash) != nil : try Sets.contains(other, key, hash: hash)
            if !present { try Sets.addEntry(result, key, hash: hash) }
        }
        return result
    }

    /// `s.difference(*others)`.
    static func difference(_ s: Value, _ others: Arguments) throws(PyException) -> Value {
        if others.count == 0 { return try copy(s) }
        let result = try difference(s, others[0])
        for i in 1..<others.count { try differenceUpdate(result, others[i]) }
        return result
    }

    /// `s.difference_update(*others)`.
    static func differenceUpdate(_ s: Value, _ others: Arguments) throws(PyException) {
        for i in 0..<others.count { try differenceUpdate(s, others[i]) }
    }

    /// Removes each key of `other` that `s` has and adds each one it lacks.
    static func symmetricDifferenceUpdate(_ s: Value, _ other: Value) throws(PyException) {
        if s == other { return Sets.clear(s) }
        if other.isExactly(Krait_dict_type) {
            var position = 0
            while let (key, _, hash, next) = dictEntry(other, from: position) {
                if !(try Sets.discard(s, key, hash: hash)) { try Sets.addEntry(s, key, hash: hash) }
                position = next
            }
            return
        }
        let keys: Value
        if Sets.isAnySet(other) {
            keys = other
        } else {
            keys = newOfBaseType(s.type)
            try update(keys, other)
        }
        try Sets.forEach(keys) { key, hash throws(PyException) in
            if !(try Sets.discard(s, key, hash: hash)) { try Sets.addEntry(s, key, hash: hash) }
        }
    }

    /// `s ^ other`: the keys of `other` toggled by those of `s`.
    static func symmetricDifference(_ s: Value, _ other: Value) throws(PyException) -> Value {
        let result = newOfBaseType(s.type)
        try update(result, other)
        try symmetricDifferenceUpdate(result, s)
        return result
    }

    /// `s.intersection_update(*others)` and `s &= other`: the intersection takes over
    /// the table of `s`.
    static func intersectionUpdate(_ s: Value, _ others: Arguments) throws(PyException) {
        swapBodies(s, try intersection(s, others))
    }

    /// `s.pop()`: the first live entry from the finger on, which moves past it.
    static func pop(_ s: Value) throws(PyException) -> Value {
        let so = Sets.set(s)
        if so.pointee.used == 0 { throw PyException.keyError(Str.make("pop from an empty set")) }
        let table = so.pointee.table!
        var i = so.pointee.finger & so.pointee.mask
        while table[i].key.isEmpty {
            i += 1
            if i > so.pointee.mask { i = 0 }
        }
        let key = table[i].key
        table[i] = setentry(key: .empty, hash: Sets.dummyHash)
        so.pointee.used -= 1
        so.pointee.finger = i + 1
        return key
    }
}
