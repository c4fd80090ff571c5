import ObjectLayout

/// What a collection knows about its dead objects without reading them: each page's
/// container bitmap (the type has `Py_TPFLAGS_HAVE_GC`: what `gc` counts as
/// unreachable) and finalizer bitmap (the type has `tp_finalize`: a cell the PEP 442
/// scan must look at), recorded from the type an object is allocated with. Most dead
/// objects of an allocation-heavy program (floats, ints, strings) are in neither, so
/// the scan after marking costs a few operations per 64 cells instead of a type load
/// per dead cell.
///
/// The bitmaps must never miss a cell whose type has a finalizer now. Two things could
/// make them: an object given another type (`__class__` assignment), which
/// `typeChanged(of:)` records at once, and a type given `tp_finalize` once it may have
/// instances (`__del__` set on a class or a base, new `__bases__`), after which
/// `finalizerAdded()` has the next collection record every cell's type again. A type
/// losing its finalizer needs nothing: the scan still checks `tp_finalize` of the
/// cells it looks at. `Py_TPFLAGS_HAVE_GC` never changes once a type exists.
extension Heap {
    /// Records the type of `object` again, after its `ob_type` changed.
    public func typeChanged(of object: UnsafeMutablePointer<PyObject>) {
        let address = UInt(bitPattern: object)
        guard let page = pageMap.page(containing: address), let i = page.pointee.cellIndex(of: address),
              page.pointee.cell(i) == UnsafeMutableRawPointer(object) else { return }
        PageHeader.clear(page.pointee.containerBits, i)
        PageHeader.clear(page.pointee.finalizerBits, i)
        krait_page_record_type(page, i >> 6, 1 << UInt64(i & 63), object.pointee.ob_type)
    }

    /// A type now has `tp_finalize` and may have had instances before: the bitmaps may
    /// miss them until the next collection records every cell again.
    public func finalizerAdded() {
        typeBitsStale = true
    }

    /// Records the type of every allocated cell again, unreachable ones included (their
    /// `ob_type` stays intact until the sweep).
    func recordAllTypes() {
        for classPages in pages {
            for page in classPages {
                let p = page.pointee
                for word in 0..<p.bitWords {
                    p.containerBits[word] = 0
                    p.finalizerBits[word] = 0
                    var bits = p.allocatedBits[word]
                    while bits != 0 {
                        let i = word * 64 + bits.trailingZeroBitCount
                        let type = p.cell(i).assumingMemoryBound(to: PyObject.self).pointee.ob_type!
                        krait_page_record_type(page, word, bits & (0 &- bits), type)
                        bits &= bits - 1
                    }
                }
            }
        }
        typeBitsStale = false
    }
}
