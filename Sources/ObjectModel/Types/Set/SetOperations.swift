import ObjectLayout

/// The set algebra of `set` and `frozenset`, step for step as CPython 3.11's, since
/// the order in which keys are inserted decides the order a result iterates in.
enum SetOperations {
    /// A new, empty set of `type`'s builtin base (`make_new_set_basetype`).
    static func newOfBaseType(_ type: TypePointer) -> Value {
        if type == Krait_set_type || type == Krait_frozenset_type { return Sets.new(type: type) }
        return Sets.new(type: TypeObject.isSubtype(type, of: Krait_set_type) ? Krait_set_type : Krait_frozenset_type)
    }

    /// `s.copy()` for a set: a new set (of the builtin base type) with the same keys.
    static func copy(_ s: Value) throws(PyException) -> Value {
        let result = newOfBaseType(s.type)
        try update(result, s)
        return result
    }

    /// The live entry of dict `d` at or after entry `position`, with its stored hash.
    static func dictEntry(_ d: Value, from position: Int) -> (key: Value, value: Value, hash: Int, next: Int)? {
        var i = position
        while i < Dict.entryCount(d) {
            if let e = Dict.entry(d, i) { return (e.key, e.value, e.hash, i + 1) }
            i += 1
        }
        return nil
    }

    /// Adds every item of `other` (`set_update_internal`): sets and dicts reuse their
    /// stored hashes after one resize up front; other iterables are hashed item by item.
    static func update(_ s: Value, _ other: Value) throws(PyException) {
        if Sets.isAnySet(other) { return try merge(s, other) }
        if other.isExactly(Krait_dict_type) {
            let so = Sets.set(s)
            let size = Dict.count(other)
            if (so.pointee.fill + size) * 5 >= so.pointee.mask * 3 { Sets.resize(s, minimumUsed: (so.pointee.used + size) * 2) }
            var position = 0
            while let (key, _, hash, next) = dictEntry(other, from: position) {
                try Sets.addEntry(s, key, hash: hash)
                position = next
            }
            return
        }
        try Protocols.forEach(other) { key throws(PyException) in try Sets.add(s, key) }
    }

    /// Adds the keys of the set `other` (`set_merge`), copying entries directly when
    /// `s` is empty.
    static func merge(_ s: Value, _ other: Value) throws(PyException) {
        let so = Sets.set(s), o = Sets.set(other)
        if s == other || o.pointee.used == 0 { return }
        if (so.pointee.fill + o.pointee.used) * 5 >= so.pointee.mask * 3 {
            Sets.resize(s, minimumUsed: (so.pointee.used + o.pointee.used) * 2)
        }
        if so.pointee.fill == 0 {
            let table = so.pointee.table!, from = o.pointee.table!
            if so.pointee.mask == o.pointee.mask && o.pointee.fill == o.pointee.used {
                for i in 0...o.pointee.mask where !from[i].key.isEmpty { table[i] = from[i] }
            } else {
                for i in 0...o.pointee.mask where !from[i].key.isEmpty {
                    Sets.insertClean(table, mask: so.pointee.mask, from[i].key, hash: from[i].hash)
                }
            }
            so.pointee.fill = o.pointee.used
            so.pointee.used = o.pointee.used
            return
        }
        var i = 0
        while i <= o.pointee.mask {
            let entry = o.pointee.table[i]
            if !entry.key.isEmpty { try Sets.addEntry(s, entry.key, hash: entry.hash) }
            i += 1
        }
    }

    /// `s.union(*others)` (also `s | other`).
    static func union(_ s: Value, _ others: Arguments) throws(PyException) -> Value {
        let result = try copy(s)
        for i in 0..<others.count where others[i] != s { try update(result, others[i]) }
        return result
    }

    /// `s & other` and one step of `s.intersection(...)`.
    static func intersection(_ s: Value, _ other: Value) throws(PyException) -> Value {
        if s == other { return try copy(s) }
        let result = newOfBaseType(s.type)
        if Sets.isAnySet(other) {
            // Iterate the smaller set, probe the larger.
            let (small, large) = Sets.count(other) > Sets.count(s) ? (s, other) : (other, s)
            try Sets.forEach(small) { key, hash throws(PyException) in
                if try Sets.contains(large, key, hash: hash) { try Sets.addEntry(result, key, hash: hash) }
            }
            return result
        }
        let it = try Protocols.iterator(other)
        while let key = try Protocols.next(it) {
            let hash = try Protocols.hash(key)
            if try Sets.contains(s, key, hash: hash) {
                try Sets.addEntry(result, key, hash: hash)
                if Sets.count(result) >= Sets.count(s) { break }
            }
        }
        return result
    }

    static func intersection(_ s: Value, _ others: Arguments) throws(PyException) -> Value {
        if others.count == 0 { return try copy(s) }
        var result = s
        for i in 0..<others.count { result = try intersection(result, others[i]) }
        return result
    }

    /// Exchanges the tables of two sets (`set_swap_bodies`), so an in-place operation
    /// can compute its result in a new set and then take it over.
    static func swapBodies(_ a: Value, _ b: Value) {
        let x = Sets.set(a), y = Sets.set(b)
        swap(&x.pointee.fill, &y.pointee.fill)
        swap(&x.pointee.used, &y.pointee.used)
        swap(&x.pointee.mask, &y.pointee.mask)
        let xSmall = x.pointee.table == Sets.smallTable(x), ySmall = y.pointee.table == Sets.smallTable(y)
        let xTable = x.pointee.table
        x.pointee.table = ySmall ? Sets.smallTable(x) : y.pointee.table
        y.pointee.table = xSmall ? Sets.smallTable(y) : xTable
        if xSmall || ySmall {
            let entries = x.pointee.smalltable
            x.pointee.smalltable = y.pointee.smalltable
            y.pointee.smalltable = entries
        }
        if Sets.isFrozen(a) && Sets.isFrozen(b) {
            swap(&x.pointee.hash, &y.pointee.hash)
        } else {
            x.pointee.hash = -1
            y.pointee.hash = -1
        }
    }

    /// `s.isdisjoint(other)`: only exact sets and frozensets are probed by stored hash.
    static func isDisjoint(_ s: Value, _ other: Value) throws(PyException) -> Bool {
        if s == other { return Sets.count(s) == 0 }
        if other.isExactly(Krait_set_type) || other.isExactly(Krait_frozenset_type) {
            let (small, large) = Sets.count(other) > Sets.count(s) ? (s, other) : (other, s)
            var disjoint = true
            var position = 0
            while disjoint, let (key, hash, next) = Sets.next(small, from: position) {
                if try Sets.contains(large, key, hash: hash) { disjoint = false }
                position = next
            }
            return disjoint
        }
        let it = try Protocols.iterator(other)
        while let key = try Protocols.next(it) {
            if try Sets.contains(s, key, hash: Protocols.hash(key)) { return false }
        }
        return true
    }

    /// `s.issubset(other)` (also `<=`).
    static func isSubset(_ s: Value, _ other: Value) throws(PyException) -> Bool {
        if !Sets.isAnySet(other) {
            return Sets.count(try intersection(s, other)) == Sets.count(s)
        }
        if Sets.count(s) > Sets.count(other) { return false }
        var position = 0
        while let (key, hash, next) = Sets.next(s, from: position) {
            if !(try Sets.contains(other, key, hash: hash)) { return false }
            position = next
        }
        return true
    }

    /// `s.issuperset(other)` (also `>=`).
    static func isSuperset(_ s: Value, _ other: Value) throws(PyException) -> Bool {
        if Sets.isAnySet(other) { return try isSubset(other, s) }
        let it = try Protocols.iterator(other)
        while let key = try Protocols.next(it) {
            if !(try Sets.contains(s, key, hash: Protocols.hash(key))) { return false }
        }
        return true
    }

    /// `s == other` for two sets; cached frozenset hashes that differ settle it early.
    static func equal(_ s: Value, _ other: Value) throws(PyException) -> Bool {
        if Sets.count(s) != Sets.count(other) { return false }
        let a = Sets.set(s).pointee.hash, b = Sets.set(other).pointee.hash
        if a != -1 && b != -1 && a != b { return false }
        return try isSubset(s, other)
    }

    static func compare(_ s: Value, _ other: Value, _ op: CompareOp) throws(PyException) -> Value {
        guard Sets.isAnySet(other) else { return .notImplemented }
        switch op {
        case .eq: return .bool(try equal(s, other))
        case .ne: return .bool(!(try equal(s, other)))
        case .le: return .bool(try isSubset(s, other))
        case .ge: return .bool(try isSuperset(s, other))
        case .lt:
            if Sets.count(s) >= Sets.count(other) { return .false }
            return .bool(try isSubset(s, other))
        case .gt:
            if Sets.count(s) <= Sets.count(other) { return .false }
            return .bool(try isSuperset(s, other))
        }
    }

    /// `hash(frozenset)`: an order-independent mix of the entries' hashes, cached.
    static func hash(_ s: Value) -> Int {
        let so = Sets.set(s)
        if so.pointee.hash != -1 { return so.pointee.hash }
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89_869_747) ^ (h << 16)) &* 3_644_798_167 }
        var hash: UInt = 0
        // Every entry is mixed in, empty and dummy ones too; their effect is then taken out.
        for i in 0...so.pointee.mask { hash ^= shuffle(UInt(bitPattern: so.pointee.table[i].hash)) }
        if (so.pointee.mask + 1 - so.pointee.fill) & 1 != 0 { hash ^= shuffle(0) }
        if (so.pointee.fill - so.pointee.used) & 1 != 0 { hash ^= shuffle(UInt.max) }
        hash ^= (UInt(so.pointee.used) &+ 1) &* 1_927_868_237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907_133_923
        if hash == UInt.max { hash = 590_923_713 }
        so.pointee.hash = Int(bitPattern: hash)
        return so.pointee.hash
    }
}
