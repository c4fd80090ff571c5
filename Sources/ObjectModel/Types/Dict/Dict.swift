import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// `dict`: the compact, ordered hash table of CPython 3.6+. A keys block (collected,
/// traced through the dict) holds an index table of `dk_size` slots — 1, 2, 4 or 8
/// bytes each, by size — then the entries in insertion order. A slot holds an entry
/// number, `empty` or `dummy` (a deleted entry, so probing continues past it).
public enum Dict {
    static let empty = -1
    static let dummy = -2
    static let minimumSize = 8
    static let perturbShift = 5

    typealias Keys = UnsafeMutablePointer<KraitDictKeys>

    @inline(__always)
    static func dict(_ d: Value) -> UnsafeMutablePointer<PyDictObject> { d.layout(PyDictObject.self) }

    /// Two thirds of the slots can hold entries.
    @inline(__always)
    static func usable(forSize size: Int) -> Int { (size << 1) / 3 }

    // MARK: Keys blocks

    static func newKeys(size: Int) -> Keys {
        let indexBytes = size <= 0x80 ? 1 : size <= 0x8000 ? 2 : size <= 0x8000_0000 ? 4 : 8
        let capacity = usable(forSize: size)
        let bytes = MemoryLayout<KraitDictKeys>.size + size * indexBytes + capacity * MemoryLayout<KraitDictEntry>.stride
        let object = Allocation.object(Krait_dictKeys_type, size: bytes)
        let keys = object.layout(KraitDictKeys.self)
        keys.pointee.dk_size = size
        keys.pointee.dk_usable = capacity
        keys.pointee.dk_nentries = 0
        keys.pointee.dk_index_bytes = UInt8(indexBytes)
        memset(indices(keys), 0xFF, size * indexBytes)
        return keys
    }

    @inline(__always)
    static func indices(_ keys: Keys) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(keys) + MemoryLayout<KraitDictKeys>.size
    }

    @inline(__always)
    static func entries(_ keys: Keys) -> UnsafeMutablePointer<KraitDictEntry> {
        (indices(keys) + keys.pointee.dk_size * Int(keys.pointee.dk_index_bytes))
            .assumingMemoryBound(to: KraitDictEntry.self)
    }

    @inline(__always)
    static func index(_ keys: Keys, _ slot: Int) -> Int {
        let p = indices(keys)
        switch keys.pointee.dk_index_bytes {
        case 1: return Int(p.load(fromByteOffset: slot, as: Int8.self))
        case 2: return Int(p.load(fromByteOffset: 2 * slot, as: Int16.self))
        case 4: return Int(p.load(fromByteOffset: 4 * slot, as: Int32.self))
        default: return p.load(fromByteOffset: 8 * slot, as: Int.self)
        }
    }

    @inline(__always)
    static func setIndex(_ keys: Keys, _ slot: Int, _ ix: Int) {
        let p = indices(keys)
        switch keys.pointee.dk_index_bytes {
        case 1: p.storeBytes(of: Int8(ix), toByteOffset: slot, as: Int8.self)
        case 2: p.storeBytes(of: Int16(ix), toByteOffset: 2 * slot, as: Int16.self)
        case 4: p.storeBytes(of: Int32(ix), toByteOffset: 4 * slot, as: Int32.self)
        default: p.storeBytes(of: ix, toByteOffset: 8 * slot, as: Int.self)
        }
    }

    // MARK: Creation and size

    public static func new(capacity: Int = 0) -> Value {
        let object = Allocation.object(Krait_dict_type, size: MemoryLayout<PyDictObject>.size)
        var size = minimumSize
        while usable(forSize: size) < capacity { size <<= 1 }
        object.layout(PyDictObject.self).pointee.ma_keys = newKeys(size: size)
        return Value(object)
    }

    @inline(__always)
    public static func count(_ d: Value) -> Int { dict(d).pointee.ma_used }

    // MARK: Lookup

    /// The entry number of `key` (with hash `hash`), or nil. Comparing keys may run
    /// Python code that changes the dict; the lookup then starts again, as CPython's.
    static func find(_ d: Value, _ key: Value, hash: Int) throws(PyException) -> Int? {
        while true {
            let keys = dict(d).pointee.ma_keys!
            let mask = keys.pointee.dk_size - 1
            var perturb = UInt(bitPattern: hash)
            var slot = hash & mask
            let entries = self.entries(keys)
            while true {
                let ix = index(keys, slot)
                if ix == empty { return nil }
                if ix >= 0 {
                    let entry = entries[ix]
                    if entry.me_key == key { return present(d, ix) }
                    if entry.me_hash == hash && !entry.me_key.isEmpty {
                        let equal = try Compare.equalForLookup(entry.me_key, key)
                        if dict(d).pointee.ma_keys != keys || entries[ix].me_key != entry.me_key { break }
                        if equal { return present(d, ix) }
                    }
                }
                perturb >>= UInt(perturbShift)
                slot = (slot &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
            }
        }
    }

    /// Entry `ix` of the keys holds `d`'s key unless `d` is split and lacks its value.
    @inline(__always)
    static func present(_ d: Value, _ ix: Int) -> Int? {
        dict(d).pointee.ma_values == nil || ix < dict(d).pointee.ma_used ? ix : nil
    }

    /// Where the value of entry `ix` lives: in the entry, or in a split dict's values.
    @inline(__always)
    static func valueSlot(_ d: Value, _ ix: Int) -> UnsafeMutablePointer<Value> {
        if let values = dict(d).pointee.ma_values { return SplitDict.values(values) + ix }
        let entry = UnsafeMutableRawPointer(entries(dict(d).pointee.ma_keys) + ix)
        return (entry + MemoryLayout<KraitDictEntry>.offset(of: \.me_value)!).assumingMemoryBound(to: Value.self)
    }

    /// `d[key]` if present.
    public static func getItem(_ d: Value, _ key: Value) throws(PyException) -> Value? {
        try getItem(d, key, hash: Protocols.hash(key))
    }

    public static func getItem(_ d: Value, _ key: Value, hash: Int) throws(PyException) -> Value? {
        guard let ix = try find(d, key, hash: hash) else { return nil }
        return valueSlot(d, ix).pointee
    }

    /// Lookup of a str key that cannot raise (its `__eq__` is str's own).
    public static func getItem(_ d: Value, string key: Value) -> Value? {
        guard let ix = entryIndex(d, string: key) else { return nil }
        return valueSlot(d, ix).pointee
    }

    /// The entry number of a str key, found without running code (inline caches keep it).
    @inline(__always)
    public static func entryIndex(_ d: Value, string key: Value) -> Int? {
        entryIndex(keysOf: dict(d).pointee.ma_keys, string: key).flatMap { present(d, $0) }
    }

    /// The entry of a str key in a keys block, whether or not a split dict using the
    /// block has a value for it.
    @inline(__always)
    public static func entryIndex(keysOf keys: UnsafeMutablePointer<KraitDictKeys>, string key: Value) -> Int? {
        let hash = Str.hash(key)
        let mask = keys.pointee.dk_size - 1
        var perturb = UInt(bitPattern: hash)
        var slot = hash & mask
        let entries = self.entries(keys)
        while true {
            let ix = index(keys, slot)
            if ix == empty { return nil }
            if ix >= 0 {
                let entry = entries[ix]
                if entry.me_key == key { return ix }
                if entry.me_hash == hash && entry.me_key.isExactly(Krait_str_type) && Str.equal(entry.me_key, key) {
                    return ix
                }
            }
            perturb >>= UInt(perturbShift)
            slot = (slot &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
    }

    // MARK: Update

    /// `d[key] = value`.
    public static func setItem(_ d: Value, _ key: Value, _ value: Value) throws(PyException) {
        try setItem(d, key, value, hash: Protocols.hash(key))
    }

    public static func setItem(_ d: Value, _ key: Value, _ value: Value, hash: Int) throws(PyException) {
        let object = dict(d)
        if object.pointee.ma_values != nil {
            if key.isExactly(Krait_str_type) && SplitDict.setItem(d, key, value, hash: hash) { return }
            SplitDict.combine(d)
        }
        if let ix = try find(d, key, hash: hash) {
            entries(object.pointee.ma_keys).advanced(by: ix).pointee.me_value = value
            object.pointee.ma_version_tag &+= 1
            if let owner = object.pointee.kr_owner { TypeVersions.modified(owner) }
            return
        }
        insertNew(d, key, value, hash: hash)
    }

    /// `d.setdefault(key, value)`: one lookup (so the keys' `__eq__` runs once, as in
    /// CPython), then the insertion if the key was missing.
    public static func setDefault(_ d: Value, _ key: Value, _ value: Value, hash: Int) throws(PyException) -> Value {
        if dict(d).pointee.ma_values != nil {
            // A split dict holds only str keys, whose comparisons run no Python code.
            if key.isExactly(Krait_str_type) {
                if let found = try getItem(d, key, hash: hash) { return found }
                try setItem(d, key, value, hash: hash)
                return value
            }
            SplitDict.combine(d)
        }
        if let ix = try find(d, key, hash: hash) { return valueSlot(d, ix).pointee }
        insertNew(d, key, value, hash: hash)
        return value
    }

    /// Appends an entry for `key`, known to be missing, to a combined dict.
    static func insertNew(_ d: Value, _ key: Value, _ value: Value, hash: Int) {
        let object = dict(d)
        if object.pointee.ma_keys.pointee.dk_usable <= 0 { grow(d) }
        let keys = object.pointee.ma_keys!
        let ix = keys.pointee.dk_nentries
        entries(keys)[ix] = KraitDictEntry(me_hash: hash, me_key: key, me_value: value)
        setIndex(keys, freeSlot(keys, hash: hash), ix)
        keys.pointee.dk_nentries += 1
        keys.pointee.dk_usable -= 1
        keys.pointee.dk_version = 0
        object.pointee.ma_used += 1
        object.pointee.ma_version_tag &+= 1
        if let owner = object.pointee.kr_owner { TypeVersions.modified(owner) }
    }

    /// The first slot on `hash`'s probe sequence that holds no entry.
    static func freeSlot(_ keys: Keys, hash: Int) -> Int {
        let mask = keys.pointee.dk_size - 1
        var perturb = UInt(bitPattern: hash)
        var slot = hash & mask
        while index(keys, slot) >= 0 {
            perturb >>= UInt(perturbShift)
            slot = (slot &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
        return slot
    }

    /// CPython's `insertion_resize`: a full table is rebuilt with the smallest power of
    /// two of slots that is at least three times the entries in use (GROWTH_RATE), so
    /// sizes go 8, 16, 32, … as a dict fills, and a dict with deletions may shrink.
    static func grow(_ d: Value) {
        rebuild(d, size: tableSize(forMinimum: dict(d).pointee.ma_used * 3))
    }

    /// CPython's `calculate_log2_keysize`, as slots: a power of two, at least 8, found
    /// from `(n | 8) - 1` (so 1...7 give 16, as in CPython).
    static func tableSize(forMinimum n: Int) -> Int {
        let x = ((n | minimumSize) - 1) | (minimumSize - 1)
        return 1 << (Int.bitWidth - x.leadingZeroBitCount)
    }

    /// CPython's `estimate_log2_keysize`: the table for `n` entries that are coming.
    static func tableSize(forEntries n: Int) -> Int { tableSize(forMinimum: (n * 3 + 1) / 2) }

    /// Whether the keys are a fresh table that never held an entry, which stands for
    /// CPython's shared empty keys (whose usable room is 0; `__sizeof__` leaves it out).
    static func hasEmptyKeys(_ d: Value) -> Bool {
        let keys = dict(d).pointee.ma_keys!
        return dict(d).pointee.ma_values == nil && keys.pointee.dk_nentries == 0 && keys.pointee.dk_size == minimumSize
    }

    /// Readies a combined dict for merging in a dict of `incoming` entries, as CPython's
    /// `dict_merge`: an empty dict takes a compact source's table size (CPython clones
    /// it), and a table whose usable room is below `incoming` grows to fit both.
    static func prepareMerge(_ d: Value, from other: Value) {
        guard dict(d).pointee.ma_values == nil, dict(other).pointee.ma_values == nil else { return }
        let incoming = count(other)
        let theirs = dict(other).pointee.ma_keys!
        let size = theirs.pointee.dk_size
        if count(d) == 0 && incoming == theirs.pointee.dk_nentries && (size == minimumSize || usable(forSize: size / 2) < incoming) {
            if incoming > 0 { rebuild(d, size: size) }
            return
        }
        let room = hasEmptyKeys(d) ? 0 : usable(forSize: dict(d).pointee.ma_keys.pointee.dk_size)
        if room < incoming { rebuild(d, size: tableSize(forEntries: count(d) + incoming)) }
    }

    /// Moves the live entries into a keys block with room for `minimumUsed` entries.
    static func resize(_ d: Value, minimumUsed: Int) {
        var size = minimumSize
        while usable(forSize: size) <= minimumUsed { size <<= 1 }
        rebuild(d, size: size)
    }

    /// Moves the live entries into a fresh keys block of `size` slots.
    static func rebuild(_ d: Value, size: Int) {
        let old = dict(d).pointee.ma_keys!
        let fresh = newKeys(size: size)
        let from = entries(old), to = entries(fresh)
        var n = 0
        for i in 0..<entryCount(d) where !from[i].me_key.isEmpty {
            to[n] = from[i]
            to[n].me_value = valueSlot(d, i).pointee
            setIndex(fresh, freeSlot(fresh, hash: from[i].me_hash), n)
            n += 1
        }
        fresh.pointee.dk_nentries = n
        fresh.pointee.dk_usable -= n
        dict(d).pointee.ma_keys = fresh
        dict(d).pointee.ma_values = nil
    }

    /// How many entries of the keys may belong to `d`: all of a combined dict's, the
    /// first `ma_used` of a split dict's shared keys.
    @inline(__always)
    static func entryCount(_ d: Value) -> Int {
        dict(d).pointee.ma_values == nil ? dict(d).pointee.ma_keys.pointee.dk_nentries : dict(d).pointee.ma_used
    }

    /// Entry `i` (below `entryCount`) of `d`, or nil where a deleted entry was.
    public static func entry(_ d: Value, _ i: Int) -> (key: Value, value: Value, hash: Int)? {
        let e = entries(dict(d).pointee.ma_keys)[i]
        return e.me_key.isEmpty ? nil : (e.me_key, valueSlot(d, i).pointee, e.me_hash)
    }

    /// `del d[key]`; false if the key was missing.
    public static func deleteItem(_ d: Value, _ key: Value) throws(PyException) -> Bool {
        try removeItem(d, key, hash: Protocols.hash(key)) != nil
    }

    /// Removes `key` and returns its value, or nil if it was missing.
    public static func removeItem(_ d: Value, _ key: Value, hash: Int) throws(PyException) -> Value? {
        guard var ix = try find(d, key, hash: hash) else { return nil }
        let object = dict(d)
        // Shared keys never lose an entry: a split dict first takes keys of its own.
        if object.pointee.ma_values != nil {
            SplitDict.combine(d)
            guard let found = try find(d, key, hash: hash) else { return nil }
            ix = found
        }
        let keys = object.pointee.ma_keys!
        let mask = keys.pointee.dk_size - 1
        var perturb = UInt(bitPattern: hash)
        var slot = hash & mask
        while index(keys, slot) != ix {
            perturb >>= UInt(perturbShift)
            slot = (slot &* 5 &+ Int(bitPattern: perturb) &+ 1) & mask
        }
        setIndex(keys, slot, dummy)
        let entry = entries(keys).advanced(by: ix)
        let value = entry.pointee.me_value
        entry.pointee.me_key = .empty
        entry.pointee.me_value = .empty
        keys.pointee.dk_version = 0
        object.pointee.ma_used -= 1
        object.pointee.ma_version_tag &+= 1
        if let owner = object.pointee.kr_owner { TypeVersions.modified(owner) }
        return value
    }

    public static func clear(_ d: Value) {
        let object = dict(d)
        object.pointee.ma_keys = newKeys(size: minimumSize)
        object.pointee.ma_values = nil
        object.pointee.ma_used = 0
        object.pointee.ma_version_tag &+= 1
        if let owner = object.pointee.kr_owner { TypeVersions.modified(owner) }
    }

    /// The number that stands for the dict's current set of keys (see `dk_version`),
    /// handed out now if it has none; 0 once the numbers ran out.
    public static func keysVersion(_ d: Value) -> UInt32 {
        let keys = dict(d).pointee.ma_keys!
        if keys.pointee.dk_version == 0 && nextKeysVersion != 0 {
            keys.pointee.dk_version = nextKeysVersion
            nextKeysVersion &+= 1
        }
        return keys.pointee.dk_version
    }

    nonisolated(unsafe) static var nextKeysVersion: UInt32 = 1

    // MARK: Iteration

    /// The entry at or after position `position` that holds a key, and the position
    /// after it; nil at the end. Positions are stable while the dict does not resize.
    public static func next(_ d: Value, from position: Int) -> (key: Value, value: Value, next: Int)? {
        var i = position
        let end = entryCount(d)
        while i < end {
            if let e = entry(d, i) { return (e.key, e.value, i + 1) }
            i += 1
        }
        return nil
    }

    // MARK: Tracing

    static let traverseKeys: traverseproc = { object, visit, arg in
        let keys = object!.layout(KraitDictKeys.self)
        let entries = Dict.entries(keys)
        for i in 0..<keys.pointee.dk_nentries {
            Trace.visit(entries[i].me_key, visit, arg)
            Trace.visit(entries[i].me_value, visit, arg)
        }
        Trace.visit(keys.pointee.dk_owner, visit, arg)
        return 0
    }

    static let traverse: traverseproc = { object, visit, arg in
        let d = object!.layout(PyDictObject.self)
        if let keys = d.pointee.ma_keys { Trace.visit(keys, visit, arg) }
        SplitDict.traceValues(d, visit, arg)
        Trace.visit(d.pointee.kr_owner, visit, arg)
        return 0
    }
}

extension DictType {
    /// `dict(d)` for a dict: the same entries in the same order, in a table of the
    /// size CPython's `PyDict_Copy` gives: the source's own when at most a third of its
    /// entries were deleted (CPython clones the keys), else as `dict_merge` sizes it.
    static func copy(_ d: Value) throws(PyException) -> Value {
        let result = Dict.new()
        let keys = Dict.dict(d).pointee.ma_keys!
        if Dict.dict(d).pointee.ma_values == nil && Dict.count(d) > 0 && Dict.count(d) >= keys.pointee.dk_nentries * 2 / 3 {
            Dict.rebuild(result, size: keys.pointee.dk_size)
        } else {
            Dict.prepareMerge(result, from: d)
        }
        var position = 0
        while let (key, value, next) = Dict.next(d, from: position) {
            try Dict.setItem(result, key, value)
            position = next
        }
        return result
    }
}
