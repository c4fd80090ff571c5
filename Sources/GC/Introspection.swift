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

    /// Whether `object`'s finalizer has run (`gc.is_finalized`); false outside the heap.
    public func isFinalized(_ object: UnsafeMutablePointer<PyObject>) -> Bool {
        let address = UInt(bitPattern: object)
        if let page = pageMap.page(containing: address), let i = page.pointee.cellIndex(of: address) {
            return PageHeader.bit(page.pointee.finalizedBits, i)
        }
        if let i = large.find(address) { return large.entries[i].finalized }
        return false
    }

    /// Records that `object` needs its finalizer no more (a finished generator's would
    /// do nothing): a collection then frees it at once instead of queueing a call and
    /// keeping it, and all it references, for one more collection.
    public static func skipFinalizer(_ object: UnsafeMutablePointer<PyObject>) {
        unretainedShared._withUnsafeGuaranteedRef { $0.skipFinalizer(object) }
    }

    /// The shared heap, for hot paths that must not retain it.
    private nonisolated(unsafe) static let unretainedShared = Unmanaged.passUnretained(shared)

    private func skipFinalizer(_ object: UnsafeMutablePointer<PyObject>) {
        let address = UInt(bitPattern: object)
        if let page = pageMap.page(containing: address), let i = page.pointee.cellIndex(of: address) {
            PageHeader.set(page.pointee.finalizedBits, i)
        } else if let i = large.find(address) {
            large.setFinalized(i)
        }
    }

    /// The objects `savesUnreachable` kept since the last call, released to the caller,
    /// who must root them before allocating.
    public func takeSavedUnreachable() -> [UnsafeMutablePointer<PyObject>] {
        let objects = savedUnreachable.map { object(of: $0) }
        for handle in savedUnreachable { release(handle) }
        savedUnreachable = []
        return objects
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

    /// Makes the references of an object outside the heap (a static type or singleton)
    /// roots of every collection; the object itself is never freed.
    public func registerImmortal(_ object: UnsafeMutablePointer<PyObject>) {
        immortals.append(object)
    }

    /// Makes every word of `count` words at `start` a root (memory the collector does not
    /// otherwise scan, such as a thread's state).
    public func registerRootArea(_ start: UnsafeMutableRawPointer, words count: Int) {
        rootAreas.append((start.assumingMemoryBound(to: UInt.self), count))
    }

    /// Makes the words from `start` up to the address `top` holds roots, however far
    /// `top` moves: the interpreter's stack of frames.
    public func registerRootStack(_ start: UnsafeMutableRawPointer, top: UnsafePointer<UnsafeMutableRawPointer>) {
        rootStacks.append((start.assumingMemoryBound(to: UInt.self), top))
    }
}


extension Heap {
    /// Runs `body` with the `count` words at `start` counted as roots: for Values kept
    /// for a moment in memory the collector does not scan (a Swift array's buffer).
    public func withTemporaryRoots<R, E: Error>(
        _ start: UnsafeRawPointer, words count: Int, _ body: () throws(E) -> R
    ) throws(E) -> R {
        let words = UnsafeMutablePointer(mutating: start.assumingMemoryBound(to: UInt.self))
        rootAreas.append((words, count))
        // Not necessarily the last area by then: `body` may let another thread run.
        defer { removeRootArea(words) }
        return try body()
    }
}
