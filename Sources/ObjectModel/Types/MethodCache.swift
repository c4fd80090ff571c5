import ObjectLayout

/// CPython's type attribute cache: the result of a lookup along a type's MRO, keyed by
/// the type's version tag and an interned name. Interned strings live for the whole
/// process, so an entry's name pointer can never come to mean another string; the
/// value is borrowed from a type dict that has not changed since (the tag says so).
enum MethodCache {
    typealias Entry = KraitMethodCacheEntry

    @inline(__always)
    static func slot(_ version: UInt32, _ name: UInt64) -> UnsafeMutablePointer<Entry> {
        let index = Int(truncatingIfNeeded: (UInt64(version) &* 0x9E37_79B9 ^ (name >> 4)) & UInt64(KRAIT_METHOD_CACHE_SIZE - 1))
        return krait_method_cache + index
    }
}

extension TypeObject {
    /// `_PyType_Lookup`: `name` (a str) in the dicts along the MRO, without descriptors.
    /// Lookups of interned names on tagged types go through the method cache.
    public static func lookup(_ type: TypePointer, _ name: Value) -> Value? {
        guard name.layout(PyASCIIObject.self).pointee.state.interned != 0 else { return uncachedLookup(type, name) }
        let version = TypeVersions.tag(type)
        guard version != 0 else { return uncachedLookup(type, name) }
        let entry = MethodCache.slot(version, name.bits)
        if entry.pointee.version == version && entry.pointee.name == name.bits {
            let v = entry.pointee.value
            return v.isEmpty ? nil : v
        }
        let found = uncachedLookup(type, name)
        // The lookup ran no Python code, so the tag still holds.
        entry.pointee = MethodCache.Entry(version: version, unused: 0, name: name.bits, value: found ?? .empty)
        return found
    }

    static func uncachedLookup(_ type: TypePointer, _ name: Value) -> Value? {
        guard let mroObject = type.pointee.tp_mro else { return nil }
        let mro = Value(mroObject)
        for i in 0..<Tuple.count(mro) {
            let base = Tuple.item(mro, i).object.layout(PyTypeObject.self)
            if let dict = base.pointee.tp_dict, let found = Dict.getItem(Value(dict), string: name) {
                return found
            }
        }
        return nil
    }
}
