import ObjectLayout
import ObjectModel

/// The sift steps of CPython's `_heapqmodule.c` over a list's items, for a min-heap
/// or (`max`) a max-heap: the same `<` calls in the same order, and the same checks
/// that a comparison did not resize the list.
struct HeapSift {
    let heap: Value
    let max: Bool

    /// `a < b` in the heap's order (`b < a` for a max-heap), as CPython's operands.
    @inline(__always)
    func before(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        try BisectModule.lessThan(max ? b : a, max ? a : b)
    }

    static func changedSize() -> PyException {
        PyException(Krait_exc_RuntimeError, "list changed size during iteration")
    }

    static func outOfRange() -> PyException { PyException(Krait_exc_IndexError, "index out of range") }

    /// Moves the item at `pos` up towards `start` while it comes before its parent.
    func down(from start: Int, _ position: Int) throws(PyException) {
        let size = List.count(heap)
        if position >= size { throw HeapSift.outOfRange() }
        var pos = position
        var newitem = List.item(heap, pos)
        while pos > start {
            let parentpos = (pos - 1) >> 1
            let moves = try before(newitem, List.item(heap, parentpos))
            if size != List.count(heap) { throw HeapSift.changedSize() }
            if !moves { break }
            // The comparison may have reordered the list: swap what is there now.
            let items = List.items(heap)
            let parent = items[parentpos]
            newitem = items[pos]
            items[parentpos] = newitem
            items[pos] = parent
            pos = parentpos
        }
    }

    /// Moves the first child up into `pos` until a leaf, then sifts that leaf's new
    /// item down into place.
    func up(_ position: Int) throws(PyException) {
        let end = List.count(heap)
        if position >= end { throw HeapSift.outOfRange() }
        var pos = position
        let limit = end >> 1
        while pos < limit {
            var child = 2 * pos + 1
            if child + 1 < end {
                let items = List.items(heap)
                if !(try before(items[child], items[child + 1])) { child += 1 }
                if end != List.count(heap) { throw HeapSift.changedSize() }
            }
            let items = List.items(heap)
            let c = items[child]
            items[child] = items[pos]
            items[pos] = c
            pos = child
        }
        try down(from: position, pos)
    }

    /// heapify: sifts every node with children up, children before parents.
    func heapify() throws(PyException) {
        let n = List.count(heap)
        if n > 2500 { return try heapifyByRows(n) }
        var i = (n >> 1) - 1
        while i >= 0 {
            try up(i)
            i -= 1
        }
    }

    /// CPython's `cache_friendly_heapify` for big heaps: a parent is sifted as soon as
    /// both its children have been (the left one last), so the order of comparisons
    /// is CPython's.
    func heapifyByRows(_ n: Int) throws(PyException) {
        let m = n >> 1
        var top = 1
        while top <= (m + 1) >> 1 { top <<= 1 }
        let leftmost = top - 1
        let half = m >> 1
        var i = leftmost - 1
        while i >= half {
            try upWithParents(i)
            i -= 1
        }
        i = m - 1
        while i >= leftmost {
            try upWithParents(i)
            i -= 1
        }
    }

    /// Sifts node `i` up, then its parent while the node sifted was a left child.
    func upWithParents(_ i: Int) throws(PyException) {
        var j = i
        while true {
            try up(j)
            if j & 1 == 0 { break }
            j >>= 1
        }
    }
}
