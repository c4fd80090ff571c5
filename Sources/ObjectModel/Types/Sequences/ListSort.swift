import ObjectLayout

/// `list.sort`: CPython 3.11's timsort (listsort.txt) — natural runs extended to
/// `minrun` by binary insertion, merged by the powersort strategy, with galloping —
/// so that it makes the same `<` comparisons in the same order, and therefore gives
/// the same result and raises the same errors, even for inconsistent orderings.
enum ListSort {
    static let initialMinGallop = 7

    /// Keys, and the items they were computed from when sorting with `key=`; every
    /// move applies to both.
    struct Slice {
        var keys: UnsafeMutablePointer<Value>
        var values: UnsafeMutablePointer<Value>?

        @inline(__always)
        func advanced(by n: Int) -> Slice { Slice(keys: keys + n, values: values.map { $0 + n }) }

        /// Copies `count` entries from `source[from...]` to `self[to...]` (the ranges may overlap).
        @inline(__always)
        func copy(at to: Int, from source: Slice, at from: Int, count: Int) {
            (keys + to).update(from: source.keys + from, count: count)
            if let values, let sourceValues = source.values { (values + to).update(from: sourceValues + from, count: count) }
        }

        func reverse(count: Int) {
            reverseValues(keys, count)
            if let values { reverseValues(values, count) }
        }
    }

    static func reverseValues(_ p: UnsafeMutablePointer<Value>, _ count: Int) {
        var i = 0, j = count - 1
        while i < j {
            let t = p[i]
            p[i] = p[j]
            p[j] = t
            i += 1
            j -= 1
        }
    }

    struct Run {
        var base: Slice
        var length: Int
        var power = 0
    }

    struct MergeState {
        var minGallop = ListSort.initialMinGallop
        let listLength: Int
        let baseKeys: UnsafeMutablePointer<Value>
        let hasValues: Bool
        /// Merge space in a collected block, so the items it holds stay traced.
        var temp: Slice?
        var tempCapacity = 0
        var pending: [Run] = []

        mutating func tempSpace(_ need: Int) -> Slice {
            if let temp, need <= tempCapacity { return temp }
            let words = hasValues ? 2 * need : need
            let block = Allocation.varObject(Krait_valueArray_type, size: List.arrayHeader + words * 8, count: words)
            let keys = (UnsafeMutableRawPointer(block) + List.arrayHeader).assumingMemoryBound(to: Value.self)
            let fresh = Slice(keys: keys, values: hasValues ? keys + need : nil)
            temp = fresh
            tempCapacity = need
            return fresh
        }
    }

    @inline(__always)
    static func lessThan(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        if a.isSmallInt && b.isSmallInt { return a.smallInt < b.smallInt }
        if a.isExactly(Krait_str_type) && b.isExactly(Krait_str_type) { return Str.compare(a, b) < 0 }
        return try Protocols.isTrue(Protocols.richCompare(a, b, .lt))
    }

    // MARK: Runs

    /// Sorts `lo[0..<count]` by binary insertion; `lo[0..<start]` is already sorted.
    static func binarySort(_ lo: Slice, count: Int, start: Int) throws(PyException) {
        var start = start == 0 ? 1 : start
        while start < count {
            let pivot = lo.keys[start]
            var l = 0, r = start
            repeat {
                let p = l + ((r - l) >> 1)
                if try lessThan(pivot, lo.keys[p]) { r = p } else { l = p + 1 }
            } while l < r
            let pivotValue = lo.values?[start]
            lo.copy(at: l + 1, from: lo, at: l, count: start - l)
            lo.keys[l] = pivot
            if let pivotValue { lo.values![l] = pivotValue }
            start += 1
        }
    }

    /// The length of the run at the start of `keys[0..<count]`: non-descending, or
    /// strictly descending (then `descending` is set).
    static func countRun(_ keys: UnsafeMutablePointer<Value>, _ count: Int, descending: inout Bool) throws(PyException) -> Int {
        descending = false
        if count == 1 { return 1 }
        var n = 2
        if try lessThan(keys[1], keys[0]) {
            descending = true
            while n < count, try lessThan(keys[n], keys[n - 1]) { n += 1 }
        } else {
            while n < count, !(try lessThan(keys[n], keys[n - 1])) { n += 1 }
        }
        return n
    }

    // MARK: Galloping

    /// The position `k` in the sorted `a[0..<n]` with a[k-1] < key <= a[k], searched
    /// from `hint` outwards by doubling steps, then by bisection.
    static func gallopLeft(_ key: Value, _ a: UnsafeMutablePointer<Value>, _ n: Int, hint: Int) throws(PyException) -> Int {
        var lastOffset = 0, offset = 1
        if try lessThan(a[hint], key) {
            let maxOffset = n - hint
            while offset < maxOffset, try lessThan(a[hint + offset], key) {
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            offset = min(offset, maxOffset)
            lastOffset += hint
            offset += hint
        } else {
            let maxOffset = hint + 1
            while offset < maxOffset, !(try lessThan(a[hint - offset], key)) {
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            offset = min(offset, maxOffset)
            (lastOffset, offset) = (hint - offset, hint - lastOffset)
        }
        lastOffset += 1
        while lastOffset < offset {
            let m = lastOffset + ((offset - lastOffset) >> 1)
            if try lessThan(a[m], key) { lastOffset = m + 1 } else { offset = m }
        }
        return offset
    }

    /// As `gallopLeft`, but after any run of keys equal to `key`: a[k-1] <= key < a[k].
    static func gallopRight(_ key: Value, _ a: UnsafeMutablePointer<Value>, _ n: Int, hint: Int) throws(PyException) -> Int {
        var lastOffset = 0, offset = 1
        if try lessThan(key, a[hint]) {
            let maxOffset = hint + 1
            while offset < maxOffset, try lessThan(key, a[hint - offset]) {
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            offset = min(offset, maxOffset)
            (lastOffset, offset) = (hint - offset, hint - lastOffset)
        } else {
            let maxOffset = n - hint
            while offset < maxOffset, !(try lessThan(key, a[hint + offset])) {
                lastOffset = offset
                offset = (offset << 1) + 1
            }
            offset = min(offset, maxOffset)
            lastOffset += hint
            offset += hint
        }
        lastOffset += 1
        while lastOffset < offset {
            let m = lastOffset + ((offset - lastOffset) >> 1)
            if try lessThan(key, a[m]) { offset = m } else { lastOffset = m + 1 }
        }
        return offset
    }

    // MARK: The merge strategy

    /// The depth of the boundary between two adjacent runs in powersort's conceptual
    /// merge tree: where the binary expansions of their midpoints (as fractions of
    /// `n`) first differ.
    static func power(start: Int, _ n1: Int, _ n2: Int, _ n: Int) -> Int {
        var result = 0
        var a = 2 * start + n1, b = a + n1 + n2
        while true {
            result += 1
            if a >= n {
                a -= n
                b -= n
            } else if b >= n {
                break
            }
            a <<= 1
            b <<= 1
        }
        return result
    }

    /// A run of length `n2` follows the top of the stack: merge the runs below it
    /// that are deeper in the merge tree.
    static func foundNewRun(_ ms: inout MergeState, _ n2: Int) throws(PyException) {
        guard let top = ms.pending.last else { return }
        let power = power(start: top.base.keys - ms.baseKeys, top.length, n2, ms.listLength)
        while ms.pending.count > 1 && ms.pending[ms.pending.count - 2].power > power {
            try ListMerge.mergeAt(&ms, ms.pending.count - 2)
        }
        ms.pending[ms.pending.count - 1].power = power
    }

    /// `minrun`: n itself below 64, else between 32 and 64 so that n / minrun is just
    /// below a power of two.
    static func minimumRun(_ n: Int) -> Int {
        var n = n, r = 0
        while n >= 64 {
            r |= n & 1
            n >>= 1
        }
        return n + r
    }

    /// Sorts `lo[0..<count]` (keys, and items if `lo.values` is set).
    static func mergeSort(_ lo: Slice, count: Int) throws(PyException) {
        var ms = MergeState(listLength: count, baseKeys: lo.keys, hasValues: lo.values != nil)
        let minRun = minimumRun(count)
        var remaining = count
        var lo = lo
        while remaining > 0 {
            var descending = false
            var n = try countRun(lo.keys, remaining, descending: &descending)
            if descending { lo.reverse(count: n) }
            if n < minRun {
                let force = min(remaining, minRun)
                try binarySort(lo, count: force, start: n)
                n = force
            }
            try foundNewRun(&ms, n)
            ms.pending.append(Run(base: lo, length: n))
            lo = lo.advanced(by: n)
            remaining -= n
        }
        while ms.pending.count > 1 {
            var n = ms.pending.count - 2
            if n > 0 && ms.pending[n - 1].length < ms.pending[n + 1].length { n -= 1 }
            try ListMerge.mergeAt(&ms, n)
        }
    }
}
