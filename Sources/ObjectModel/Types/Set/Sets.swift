import ObjectLayout

/// `set` and `frozenset`: CPython 3.11's open-addressing hash table, probe for probe —
/// nine linear probes from the home slot, then perturbed jumps; deleted entries stay as
/// dummies until a resize; the same fill thresholds and table sizes — so that with the
/// same `PYTHONHASHSEED` a set iterates (and prints) in CPython's order.
public enum Sets {
    static let minimumSize = Int(PySet_MINSIZE)
    static let linearProbes = 9
    static let perturbShift = 5
    /// The hash of a deleted entry (its key is empty), as CPython's dummy key's.
    static let dummyHash = -1

    typealias Entry = UnsafeMutablePointer<setentry>

    @inline(__always)
    static func set(_ s: Value) -> UnsafeMutablePointer<PySetObject> { s.layout(PySetObject.self) }

    @inline(__always)
    public static func count(_ s: Value) -> Int { set(s).pointee.used }

    /// Whether `v` is a set or frozenset, or an instance of a subclass (`PyAnySet_Check`).
    static func isAnySet(_ v: Value) -> Bool {
        let type = v.type
        return type == Krait_set_type || type == Krait_frozenset_type
            || TypeObject.isSubtype(type, of: Krait_set_type) || TypeObject.isSubtype(type, of: Krait_frozenset_type)
    }

    static func isFrozen(_ v: Value) -> Bool {
        v.isExactly(Krait_frozenset_type) || TypeObject.isSubtype(v.type, of: Krait_frozenset_type)
    }

    static func smallTable(_ so: UnsafeMutablePointer<PySetObject>) -> Entry {
        (UnsafeMutableRawPointer(so) + MemoryLayout<PySetObject>.offset(of: \.smalltable)!).assumingMemoryBound(to: setentry.self)
    }

    static let tableHeader = MemoryLayout<KraitSetTable>.offset(of: \.entries)!

    /// The collected block that holds `table`, when it is not the set's own small table.
    static func block(_ so: UnsafeMutablePointer<PySetObject>) -> ObjectPointer? {
        let table = so.pointee.table!
        if table == smallTable(so) { return nil }
        return (UnsafeMutableRawPointer(table) - tableHeader).assumingMemoryBound(to: PyObject.self)
    }

    // MARK: Creation

    /// An empty set of `type` (set, frozenset or a subclass).
    public static func new(type: TypePointer = Krait_set_type) -> Value {
        let object = Allocation.object(type, size: type.pointee.tp_basicsize)
        reset(object.layout(PySetObject.self))
        return Value(object)
    }

    /// An empty small table.
    static func reset(_ so: UnsafeMutablePointer<PySetObject>) {
        let small = smallTable(so)
        small.initialize(repeating: setentry(), count: minimumSize)
        so.pointee.fill = 0
        so.pointee.used = 0
        so.pointee.mask = minimumSize - 1
        so.pointee.table = small
        so.pointee.hash = -1
    }

    /// `{a, b, c}`: a set of the display's items.
    public static func make(_ items: UnsafeBufferPointer<Value>) throws(PyException) -> Value {
        let s = new()
        for item in items { try add(s, item) }
        return s
    }

    /// `s.add(item)`, and each item of a set display or comprehension.
    public static func add(_ s: Value, _ item: Value) throws(PyException) {
        try addEntry(s, item, hash: Protocols.hash(item))
    }

    /// `{*iterable}` and `s.update(iterable)`: sets and dicts are merged with their
    /// stored hashes after one resize, as CPython's `_PySet_Update`, which decides the
    /// table size and so the order.
    public static func update(_ s: Value, _ iterable: Value) throws(PyException) {
        try SetOperations.update(s, iterable)
    }

    // MARK: Probing

    /// The entry holding `key`, or the unused entry where a search for it ends (its key
    /// is empty). Comparisons run Python code; if that changes the table, the search
    /// starts again, as CPython's `set_lookkey`.
    static func lookup(_ s: Value, _ key: Value, hash: Int) throws(PyException) -> Entry {
        let so = set(s)
        restart: while true {
            var mask = so.pointee.mask
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            while true {
                var entry = so.pointee.table + i
                var probes = i + linearProbes <= mask ? linearProbes : 0
                while true {
                    if entry.pointee.hash == 0 && entry.pointee.key.isEmpty { return entry }
                    if entry.pointee.hash == hash {
                        let startKey = entry.pointee.key
                        if startKey == key { return entry }
                        let table = so.pointee.table
                        let equal = try Compare.equalForLookup(startKey, key)
                        if table != so.pointee.table || entry.pointee.key != startKey { continue restart }
                        if equal { return entry }
                        mask = so.pointee.mask
                    }
                    if probes == 0 { break }
                    probes -= 1
                    entry += 1
                }
                perturb >>= UInt(perturbShift)
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    /// Inserts `key` unless present (`set_add_entry`): the new key takes the last dummy
    /// seen on its probe path, else the unused entry that ended the search.
    static func addEntry(_ s: Value, _ key: Value, hash: Int) throws(PyException) {
        let so = set(s)
        restart: while true {
            var mask = so.pointee.mask
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            var freeSlot: Entry?
            while true {
                var entry = so.pointee.table + i
                var probes = i + linearProbes <= mask ? linearProbes : 0
                while true {
                    if entry.pointee.hash == 0 && entry.pointee.key.isEmpty {
                        so.pointee.used += 1
                        if let freeSlot {
                            freeSlot.pointee = setentry(key: key, hash: hash)
                            return
                        }
                        so.pointee.fill += 1
                        entry.pointee = setentry(key: key, hash: hash)
                        if so.pointee.fill * 5 < mask * 3 { return }
                        resize(s, minimumUsed: so.pointee.used > 50_000 ? so.pointee.used * 2 : so.pointee.used * 4)
                        return
                    }
                    if entry.pointee.hash == hash {
                        let startKey = entry.pointee.key
                        if startKey == key { return }
                        let table = so.pointee.table
                        let equal = try Compare.equalForLookup(startKey, key)
                        if equal { return }
                        if table != so.pointee.table || entry.pointee.key != startKey { continue restart }
                        mask = so.pointee.mask
                    } else if entry.pointee.hash == dummyHash {
                        freeSlot = entry
                    }
                    if probes == 0 { break }
                    probes -= 1
                    entry += 1
                }
                perturb >>= UInt(perturbShift)
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
        }
    }

    /// Stores a key known to be absent in a table without dummies (`set_insert_clean`).
    static func insertClean(_ table: Entry, mask: Int, _ key: Value, hash: Int) {
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            var entry = table + i
            if entry.pointee.key.isEmpty {
                entry.pointee = setentry(key: key, hash: hash)
                return
            }
            if i + linearProbes <= mask {
                for _ in 0..<linearProbes {
                    entry += 1
                    if entry.pointee.key.isEmpty {
                        entry.pointee = setentry(key: key, hash: hash)
                        return
                    }
                }
            }
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    /// Rebuilds the table at the smallest size above `minimumUsed`, dropping dummies
    /// (`set_table_resize`). Nothing here allocates once the new block exists, so the
    /// old entries cannot be collected while they are copied.
    static func resize(_ s: Value, minimumUsed: Int) {
        let so = set(s)
        var size = minimumSize
        while size <= minimumUsed { size <<= 1 }
        let oldMask = so.pointee.mask
        let small = smallTable(so)
        var oldTable = so.pointee.table!
        // Rebuilding the small table in place reads the old entries from a copy.
        var smallCopy = so.pointee.smalltable
        let newTable: Entry
        if size == minimumSize {
            newTable = small
            if oldTable == small && so.pointee.fill == so.pointee.used { return }
        } else {
            let block = Allocation.varObject(Krait_setTable_type, size: tableHeader + size * MemoryLayout<setentry>.stride, count: size)
            newTable = (UnsafeMutableRawPointer(block) + tableHeader).assumingMemoryBound(to: setentry.self)
        }
        withUnsafeMutableBytes(of: &smallCopy) { copy in
            if oldTable == small && newTable == small {
                oldTable = copy.baseAddress!.assumingMemoryBound(to: setentry.self)
            }
            newTable.update(repeating: setentry(), count: size)
            so.pointee.mask = size - 1
            so.pointee.table = newTable
            so.pointee.fill = so.pointee.used
            for i in 0...oldMask where !oldTable[i].key.isEmpty {
                insertClean(newTable, mask: size - 1, oldTable[i].key, hash: oldTable[i].hash)
            }
        }
    }

    // MARK: Membership and removal

    static func contains(_ s: Value, _ key: Value, hash: Int) throws(PyException) -> Bool {
        try !lookup(s, key, hash: hash).pointee.key.isEmpty
    }

    /// Removes `key` if present, leaving a dummy entry; whether it was there.
    @discardableResult
    static func discard(_ s: Value, _ key: Value, hash: Int) throws(PyException) -> Bool {
        let entry = try lookup(s, key, hash: hash)
        if entry.pointee.key.isEmpty { return false }
        entry.pointee = setentry(key: .empty, hash: dummyHash)
        set(s).pointee.used -= 1
        return true
    }

    /// `key in s`, where an unhashable set key is looked up as the frozenset of its items.
    static func containsKey(_ s: Value, _ key: Value) throws(PyException) -> Bool {
        try withFrozenKey(key) { k throws(PyException) in try contains(s, k, hash: Protocols.hash(k)) }
    }

    /// `s.discard(key)`, with the same frozenset fallback for set keys.
    static func discardKey(_ s: Value, _ key: Value) throws(PyException) -> Bool {
        try withFrozenKey(key) { k throws(PyException) in try discard(s, k, hash: Protocols.hash(k)) }
    }

    /// Runs `body` on `key`; if that fails with TypeError and `key` is a set, runs it on
    /// `frozenset(key)` instead, as CPython's set_contains, set_remove and set_discard.
    static func withFrozenKey(_ key: Value, _ body: (Value) throws(PyException) -> Bool) throws(PyException) -> Bool {
        do throws(PyException) {
            return try body(key)
        } catch where error.matches(Krait_exc_TypeError) && TypeObject.isSubtype(key.type, of: Krait_set_type) {
            let frozen = new(type: Krait_frozenset_type)
            try SetOperations.update(frozen, key)
            return try body(frozen)
        }
    }

    static func clear(_ s: Value) {
        reset(set(s))
    }

    // MARK: Iteration

    /// The live entry at or after table position `position`, and the position after it.
    static func next(_ s: Value, from position: Int) -> (key: Value, hash: Int, next: Int)? {
        let so = set(s)
        let table = so.pointee.table!
        var i = position
        while i <= so.pointee.mask {
            if !table[i].key.isEmpty { return (table[i].key, table[i].hash, i + 1) }
            i += 1
        }
        return nil
    }

    /// Calls `body` with each key and its hash, in table order. The table is re-read at
    /// each step, since `body` may run Python code.
    static func forEach(_ s: Value, _ body: (Value, Int) throws(PyException) -> Void) throws(PyException) {
        var position = 0
        while let (key, hash, next) = next(s, from: position) {
            try body(key, hash)
            position = next
        }
    }

    // MARK: Tracing

    static let traverse: traverseproc = { object, visit, arg in
        let so = object!.layout(PySetObject.self)
        if let block = Sets.block(so) {
            _ = visit!(block, arg)
        } else {
            let small = Sets.smallTable(so)
            for i in 0..<Sets.minimumSize { Trace.visit(small[i].key, visit, arg) }
        }
        return 0
    }

    static let traverseTable: traverseproc = { object, visit, arg in
        let n = object!.layout(PyVarObject.self).pointee.ob_size
        let entries = (UnsafeMutableRawPointer(object!) + Sets.tableHeader).assumingMemoryBound(to: setentry.self)
        for i in 0..<n { Trace.visit(entries[i].key, visit, arg) }
        return 0
    }
}
