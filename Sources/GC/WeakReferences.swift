import ObjectLayout

/// Weak references at the heap's level: a weak reference is any object that keeps a
/// referent pointer at a known offset and does not report it from `tp_traverse`. The
/// heap clears the pointer when the referent becomes unreachable — before finalizers
/// run, as CPython does — and then tells `onWeakReferenceCleared` about each cleared
/// reference that is itself still alive, so the object model can run its callback.
struct WeakReferenceTable {
    struct Entry {
        var reference: UnsafeMutablePointer<PyObject>
        var referentOffset: Int
    }

    var entries: [Entry] = []
}

extension Heap {
    /// Registers `reference`, whose referent pointer is stored `referentOffset` bytes into
    /// it. The registry does not keep `reference` alive.
    public func registerWeakReference(_ reference: UnsafeMutablePointer<PyObject>, referentOffset: Int) {
        weakReferences.entries.append(.init(reference: reference, referentOffset: referentOffset))
    }

    @inline(__always)
    func isMarked(_ object: UnsafeMutableRawPointer) -> Bool {
        let address = UInt(bitPattern: object)
        if let page = pageTable[address & ~PageHeader.mask], let i = page.pointee.cellIndex(of: address) {
            return PageHeader.bit(page.pointee.markBits, i)
        }
        if let i = large.find(address) { return large.entries[i].marked }
        // Not in the heap (a static, immortal object): always alive.
        return true
    }

    /// After marking: forgets dead references, clears those whose referent died, and
    /// returns the cleared ones.
    func clearDeadWeakReferences() -> [UnsafeMutablePointer<PyObject>] {
        var cleared: [UnsafeMutablePointer<PyObject>] = []
        weakReferences.entries.removeAll { entry in
            if !isMarked(UnsafeMutableRawPointer(entry.reference)) { return true }
            let slot = UnsafeMutableRawPointer(entry.reference) + entry.referentOffset
            guard let referent = slot.load(as: UnsafeMutableRawPointer?.self) else { return true }
            if isMarked(referent) { return false }
            slot.storeBytes(of: nil, as: UnsafeMutableRawPointer?.self)
            cleared.append(entry.reference)
            return true
        }
        return cleared
    }
}
