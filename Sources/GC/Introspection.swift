import ObjectLayout

/// What the `gc` module exposes, at the heap's level: switching automatic collection,
/// the objects an object refers to and those referring to it, and freezing the current
/// heap (`gc.freeze()`: the objects alive now are never collected).
extension Heap {
    /// `gc.enable()` / `gc.disable()`: whether allocation may start a collection.
    /// Explicit `collect()` calls work either way.
    public var isAutomaticCollectionEnabled: Bool {
        get { automaticCollection }
        set { automaticCollection = newValue }
    }

    /// Bytes allocated since the last collection (the basis of `gc.get_count()`).
    public var bytesSinceCollection: Int { max(0, collectionThreshold - budget) }

    /// The objects `object`'s type reports from `tp_traverse` (`gc.get_referents`).
    public func referents(of object: UnsafeMutablePointer<PyObject>) -> [UnsafeMutablePointer<PyObject>] {
        guard let traverse = object.pointee.ob_type?.pointee.tp_traverse else { return [] }
        var found: [UnsafeMutablePointer<PyObject>] = []
        withUnsafeMutablePointer(to: &found) { list in
            _ = traverse(object, { child, context in
                if let child {
                    context!.assumingMemoryBound(to: [UnsafeMutablePointer<PyObject>].self).pointee.append(child)
                }
                return 0
            }, UnsafeMutableRawPointer(list))
        }
        return found
    }

    /// Every live object that reports `target` from its `tp_traverse` (`gc.get_referrers`).
    public func referrers(of target: UnsafeMutablePointer<PyObject>) -> [UnsafeMutablePointer<PyObject>] {
        var found: [UnsafeMutablePointer<PyObject>] = []
        forEachLiveObject { raw in
            let object = raw.assumingMemoryBound(to: PyObject.self)
            if referents(of: object).contains(target) { found.append(object) }
        }
        return found
    }

    /// `gc.freeze()`: every object alive now becomes permanent.
    public func freeze() {
        forEachLiveObject { raw in frozen.insert(UInt(bitPattern: raw)) }
    }

    /// `gc.unfreeze()`.
    public func unfreeze() {
        frozen.removeAll()
    }

    /// `gc.get_freeze_count()`.
    public var frozenCount: Int { frozen.count }
}
