import ObjectLayout

/// Instance dicts that share their type's keys (PEP 412, CPython's split tables): the
/// names live once, in the type's `kr_shared_keys`, and each instance's dict holds only
/// its values, in the keys' entry order. An inline cache then finds an attribute by
/// comparing the dict's keys with the type's and loading one value, and knows a name
/// is missing from every such dict while the type's version tag holds.
///
/// A split dict's first `ma_used` values are set and the rest empty, so its order is
/// the keys' order. Whatever breaks that (a key out of order, a deletion, a non-str key,
/// a full set of shared keys) turns the dict into an ordinary (combined) one first.
public enum SplitDict {
    /// CPython's `SHARED_KEYS_MAX_SIZE`: a type's instances share at most this many names.
    static let maximumKeys = 30
    /// Index slots of a shared keys block: room for `maximumKeys` at a low load.
    static let keysSize = 64

    @inline(__always)
    static func values(_ block: UnsafeMutablePointer<KraitValueArray>) -> UnsafeMutablePointer<Value> {
        (UnsafeMutableRawPointer(block) + List.arrayHeader).assumingMemoryBound(to: Value.self)
    }

    /// Where a split dict's first values block starts: inside the dict object itself,
    /// right after its fields, so reading a value touches no other object.
    static let inlineValuesOffset = (MemoryLayout<PyDictObject>.size + 7) & ~7

    /// The values block that lives inside dict object `d` (whether or not in use).
    @inline(__always)
    static func inlineValues(_ d: UnsafeMutablePointer<PyDictObject>) -> UnsafeMutablePointer<KraitValueArray> {
        (UnsafeMutableRawPointer(d) + inlineValuesOffset).assumingMemoryBound(to: KraitValueArray.self)
    }

    /// The dict for a new instance of `type`: split when the type is a class (heap
    /// type), with room inside for as many values as its instances share keys.
    public static func newInstanceDict(for type: TypePointer) -> Value {
        guard let keys = sharedKeys(type) else { return Dict.new() }
        let capacity = max(keys.pointee.dk_nentries, 2)
        let object = Allocation.object(Krait_dict_type, size: inlineValuesOffset + List.arrayHeader + capacity * 8)
        let d = object.layout(PyDictObject.self)
        d.pointee.ma_keys = keys
        d.pointee.ma_values = inlineValues(d)
        d.pointee.ma_values.pointee.ob_base.ob_size = capacity
        return Value(object)
    }

    /// Reports the values of split dict `d`: those inside it one by one, or the block.
    static func traceValues(_ d: UnsafeMutablePointer<PyDictObject>, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) {
        guard let block = d.pointee.ma_values else { return }
        if block == inlineValues(d) {
            Trace.visit(values(block), count: d.pointee.ma_used, visit, arg)
        } else {
            Trace.visit(block, visit, arg)
        }
    }

    /// The keys the instances of `type` share, made on first use.
    static func sharedKeys(_ type: TypePointer) -> Dict.Keys? {
        if let keys = type.pointee.kr_shared_keys { return keys }
        guard TypeObject.hasFlag(type, UInt(Py_TPFLAGS_HEAPTYPE)) else { return nil }
        let keys = Dict.newKeys(size: keysSize)
        keys.pointee.dk_usable = maximumKeys
        keys.pointee.dk_owner = type
        type.pointee.kr_shared_keys = keys
        return keys
    }

    static func newValues(capacity: Int) -> UnsafeMutablePointer<KraitValueArray> {
        let block = Allocation.varObject(Krait_valueArray_type, size: List.arrayHeader + capacity * 8, count: capacity)
        return block.layout(KraitValueArray.self)
    }

    /// `d[key] = value` for a str key in split dict `d`; false when `d` must be combined
    /// first (the key would be out of the keys' order, or the shared keys are full).
    static func setItem(_ d: Value, _ key: Value, _ value: Value, hash: Int) -> Bool {
        let object = Dict.dict(d)
        let keys = object.pointee.ma_keys!
        let used = object.pointee.ma_used
        if let ix = Dict.entryIndex(keysOf: keys, string: key) { return put(object, ix, value) }
        guard used == keys.pointee.dk_nentries, keys.pointee.dk_usable > 0 else { return false }
        Dict.entries(keys)[used] = KraitDictEntry(me_hash: hash, me_key: key, me_value: .empty)
        Dict.setIndex(keys, Dict.freeSlot(keys, hash: hash), used)
        keys.pointee.dk_nentries += 1
        keys.pointee.dk_usable -= 1
        keys.pointee.dk_version = 0
        TypeVersions.modified(keys.pointee.dk_owner!)
        return put(object, used, value)
    }

    /// `setattr` of the shared key at entry `ix` for an instance of `type` whose dict
    /// (in `slot`) is missing or split over the type's keys; false for any other dict,
    /// or when the key would be out of order. Makes the dict if there is none.
    @inline(__always)
    public static func store(_ slot: UnsafeMutablePointer<Value>, _ type: TypePointer, _ ix: Int, _ value: Value) -> Bool {
        if slot.pointee.isEmpty { slot.pointee = newInstanceDict(for: type) }
        let object = Dict.dict(slot.pointee)
        guard object.pointee.ma_keys == type.pointee.kr_shared_keys, object.pointee.ma_values != nil else { return false }
        return put(object, ix, value)
    }

    /// Sets the value of entry `ix` of split dict `object`: in place, or appended when
    /// `ix` is the next entry; false when it lies further on (out of the keys' order).
    @inline(__always)
    static func put(_ object: UnsafeMutablePointer<PyDictObject>, _ ix: Int, _ value: Value) -> Bool {
        let used = object.pointee.ma_used
        if ix > used { return false }
        if ix == used {
            reserve(object, used + 1)
            object.pointee.ma_used += 1
        }
        values(object.pointee.ma_values)[ix] = value
        object.pointee.ma_version_tag &+= 1
        return true
    }

    /// Room for `count` values, growing by doubling up to the most keys can share.
    static func reserve(_ object: UnsafeMutablePointer<PyDictObject>, _ count: Int) {
        let old = object.pointee.ma_values!
        let capacity = old.pointee.ob_base.ob_size
        if count <= capacity { return }
        let fresh = newValues(capacity: min(max(capacity * 2, count, 4), maximumKeys))
        values(fresh).update(from: values(old), count: object.pointee.ma_used)
        object.pointee.ma_values = fresh
    }

    /// Gives split dict `d` keys of its own, keeping its entries and their order.
    static func combine(_ d: Value) {
        Dict.resize(d, minimumUsed: Dict.count(d))
    }
}
