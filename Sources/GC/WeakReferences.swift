import ObjectLayout

/// Weak references at the heap's level: CPython's `PyWeakReference`, kept in a doubly
/// linked list whose head is in the referent at its type's `tp_weaklistoffset`. Neither
/// the links nor `wr_object` are traced. After marking, the heap clears every
/// reference to a referent that died (the whole list at once, in list order, as
/// CPython's `PyObject_ClearWeakRefs`) and unlinks each reference that died while its
/// referent lives; then it tells `onWeakReferenceCleared` about each cleared reference
/// that is itself alive and has a callback.
struct WeakReferenceTable {
    /// Every reference whose referent is alive. Not roots.
    var references: [UnsafeMutablePointer<PyWeakReference>] = []
}

/// The list of weak references to one referent.
public enum WeakList {
    /// Where `referent` keeps the head of its list (its type must have a weak list slot).
    @inline(__always)
    public static func head(of referent: UnsafeMutablePointer<PyObject>)
        -> UnsafeMutablePointer<UnsafeMutablePointer<PyWeakReference>?> {
        (UnsafeMutableRawPointer(referent) + referent.pointee.ob_type.pointee.tp_weaklistoffset
            + krait_instance_field_shift(referent))
            .assumingMemoryBound(to: UnsafeMutablePointer<PyWeakReference>?.self)
    }

    public static func insert(_ reference: UnsafeMutablePointer<PyWeakReference>,
                              after previous: UnsafeMutablePointer<PyWeakReference>?,
                              in head: UnsafeMutablePointer<UnsafeMutablePointer<PyWeakReference>?>) {
        let next = previous == nil ? head.pointee : previous!.pointee.wr_next
        reference.pointee.wr_prev = previous
        reference.pointee.wr_next = next
        next?.pointee.wr_prev = reference
        if let previous { previous.pointee.wr_next = reference } else { head.pointee = reference }
    }

    public static func unlink(_ reference: UnsafeMutablePointer<PyWeakReference>,
                              from head: UnsafeMutablePointer<UnsafeMutablePointer<PyWeakReference>?>) {
        if head.pointee == reference { head.pointee = reference.pointee.wr_next }
        reference.pointee.wr_prev?.pointee.wr_next = reference.pointee.wr_next
        reference.pointee.wr_next?.pointee.wr_prev = reference.pointee.wr_prev
        reference.pointee.wr_prev = nil
        reference.pointee.wr_next = nil
    }
}

extension Heap {
    /// Registers `reference`, already linked into its referent's list, so collections
    /// clear or unlink it. The registry does not keep `reference` alive.
    public func registerWeakReference(_ reference: UnsafeMutablePointer<PyWeakReference>) {
        weakReferences.references.append(reference)
    }

    @inline(__always)
    func isMarked(_ object: UnsafeMutableRawPointer) -> Bool {
        let address = UInt(bitPattern: object)
        if let page = pageMap.page(containing: address), let i = page.pointee.cellIndex(of: address) {
            return PageHeader.bit(page.pointee.markBits, i)
        }
        if let i = large.find(address) { return large.entries[i].marked }
        // Not in the heap (a static, immortal object): always alive.
        return true
    }

    /// After the last marking, before the sweep: clears the references to referents
    /// that died, unlinks the references that died, and returns the cleared references
    /// that are alive and have a callback, in the order their callbacks run.
    func processWeakReferences() -> [UnsafeMutablePointer<PyWeakReference>] {
        var notify: [UnsafeMutablePointer<PyWeakReference>] = []
        weakReferences.references.removeAll { reference in
            guard let referent = reference.pointee.wr_object, referent != Krait_None else { return true }
            if !isMarked(referent) {
                clearReferences(to: referent, notifying: &notify)
                return true
            }
            if !isMarked(reference) {
                WeakList.unlink(reference, from: WeakList.head(of: referent))
                return true
            }
            return false
        }
        return notify
    }

    /// Sets every reference to `referent` to None and empties its list.
    private func clearReferences(to referent: UnsafeMutablePointer<PyObject>,
                                 notifying notify: inout [UnsafeMutablePointer<PyWeakReference>]) {
        let head = WeakList.head(of: referent)
        var next = head.pointee
        while let reference = next {
            next = reference.pointee.wr_next
            reference.pointee.wr_object = Krait_None
            reference.pointee.wr_prev = nil
            reference.pointee.wr_next = nil
            if reference.pointee.wr_callback != nil && isMarked(reference) { notify.append(reference) }
        }
        head.pointee = nil
    }
}
