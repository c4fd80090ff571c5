import ObjectLayout

/// The merges of `ListSort`: two adjacent sorted runs merged stably through merge
/// space the size of the shorter one, switching to galloping while one run keeps
/// winning. After an error the runs are left a permutation of what they held.
enum ListMerge {
    typealias Slice = ListSort.Slice

    /// Merges the pending runs `i` and `i + 1`.
    static func mergeAt(_ ms: inout ListSort.MergeState, _ i: Int) throws(PyException) {
        var a = ms.pending[i].base, na = ms.pending[i].length
        let b = ms.pending[i + 1].base
        var nb = ms.pending[i + 1].length
        ms.pending[i].length = na + nb
        if i == ms.pending.count - 3 { ms.pending[i + 1] = ms.pending[i + 2] }
        ms.pending.removeLast()
        // Items of a before b's first item, and of b after a's last, are in place.
        let k = try ListSort.gallopRight(b.keys[0], a.keys, na, hint: 0)
        a = a.advanced(by: k)
        na -= k
        if na == 0 { return }
        nb = try ListSort.gallopLeft(a.keys[na - 1], b.keys, nb, hint: nb - 1)
        if nb <= 0 { return }
        if na <= nb { try mergeLow(&ms, a, na, b, nb) } else { try mergeHigh(&ms, a, na, b, nb) }
    }

    /// Moves one entry from `source` to `dest`, both then stepping by `step`.
    @inline(__always)
    static func move(_ dest: inout Slice, _ source: inout Slice, step: Int) {
        dest.copy(at: 0, from: source, at: 0, count: 1)
        dest = dest.advanced(by: step)
        source = source.advanced(by: step)
    }

    /// Merge with a's `na` items (the shorter run) copied aside, filling from the left.
    static func mergeLow(_ ms: inout ListSort.MergeState, _ a0: Slice, _ na0: Int, _ b0: Slice, _ nb0: Int) throws(PyException) {
        var na = na0, nb = nb0
        var a = ms.tempSpace(na)
        a.copy(at: 0, from: a0, at: 0, count: na)
        var dest = a0, b = b0
        move(&dest, &b, step: 1)
        nb -= 1
        let copyB: Bool
        do {
            copyB = nb == 0 ? false : na == 1 ? true : try mergeLowLoop(&ms, &dest, &a, &na, &b, &nb)
        } catch {
            if na > 0 { dest.copy(at: 0, from: a, at: 0, count: na) }
            throw error
        }
        if copyB {
            // a's last item belongs at the end.
            dest.copy(at: 0, from: b, at: 0, count: nb)
            dest.copy(at: nb, from: a, at: 0, count: 1)
        } else if na > 0 {
            dest.copy(at: 0, from: a, at: 0, count: na)
        }
    }

    /// The body of `mergeLow`: true when only a's last item is left to place.
    static func mergeLowLoop(_ ms: inout ListSort.MergeState, _ dest: inout Slice, _ a: inout Slice, _ na: inout Int,
                             _ b: inout Slice, _ nb: inout Int) throws(PyException) -> Bool {
        var minGallop = ms.minGallop
        while true {
            var aCount = 0, bCount = 0
            while true {
                if try ListSort.lessThan(b.keys[0], a.keys[0]) {
                    move(&dest, &b, step: 1)
                    bCount += 1
                    aCount = 0
                    nb -= 1
                    if nb == 0 { return false }
                    if bCount >= minGallop { break }
                } else {
                    move(&dest, &a, step: 1)
                    aCount += 1
                    bCount = 0
                    na -= 1
                    if na == 1 { return true }
                    if aCount >= minGallop { break }
                }
            }
            minGallop += 1
            repeat {
                if minGallop > 1 { minGallop -= 1 }
                ms.minGallop = minGallop
                var k = try ListSort.gallopRight(b.keys[0], a.keys, na, hint: 0)
                aCount = k
                if k > 0 {
                    dest.copy(at: 0, from: a, at: 0, count: k)
                    dest = dest.advanced(by: k)
                    a = a.advanced(by: k)
                    na -= k
                    if na == 1 { return true }
                    // Only an inconsistent comparison can empty a here.
                    if na == 0 { return false }
                }
                move(&dest, &b, step: 1)
                nb -= 1
                if nb == 0 { return false }
                k = try ListSort.gallopLeft(a.keys[0], b.keys, nb, hint: 0)
                bCount = k
                if k > 0 {
                    dest.copy(at: 0, from: b, at: 0, count: k)
                    dest = dest.advanced(by: k)
                    b = b.advanced(by: k)
                    nb -= k
                    if nb == 0 { return false }
                }
                move(&dest, &a, step: 1)
                na -= 1
                if na == 1 { return true }
            } while aCount >= ListSort.initialMinGallop || bCount >= ListSort.initialMinGallop
            minGallop += 1
            ms.minGallop = minGallop
        }
    }

    /// Merge with b's `nb` items (the shorter run) copied aside, filling from the right.
    static func mergeHigh(_ ms: inout ListSort.MergeState, _ a0: Slice, _ na0: Int, _ b0: Slice, _ nb0: Int) throws(PyException) {
        var na = na0, nb = nb0
        let baseB = ms.tempSpace(nb)
        baseB.copy(at: 0, from: b0, at: 0, count: nb)
        var dest = b0.advanced(by: nb - 1)
        var a = a0.advanced(by: na - 1), b = baseB.advanced(by: nb - 1)
        move(&dest, &a, step: -1)
        na -= 1
        let copyA: Bool
        do {
            copyA = na == 0 ? false : nb == 1 ? true : try mergeHighLoop(&ms, &dest, a0, &a, &na, baseB, &b, &nb)
        } catch {
            if nb > 0 { dest.copy(at: -(nb - 1), from: baseB, at: 0, count: nb) }
            throw error
        }
        if copyA {
            // b's first item belongs at the front.
            dest.copy(at: 1 - na, from: a, at: 1 - na, count: na)
            dest = dest.advanced(by: -na)
            dest.copy(at: 0, from: b, at: 0, count: 1)
        } else if nb > 0 {
            dest.copy(at: -(nb - 1), from: baseB, at: 0, count: nb)
        }
    }

    /// The body of `mergeHigh`: true when only b's first item is left to place.
    static func mergeHighLoop(_ ms: inout ListSort.MergeState, _ dest: inout Slice, _ baseA: Slice, _ a: inout Slice,
                              _ na: inout Int, _ baseB: Slice, _ b: inout Slice, _ nb: inout Int) throws(PyException) -> Bool {
        var minGallop = ms.minGallop
        while true {
            var aCount = 0, bCount = 0
            while true {
                if try ListSort.lessThan(b.keys[0], a.keys[0]) {
                    move(&dest, &a, step: -1)
                    aCount += 1
                    bCount = 0
                    na -= 1
                    if na == 0 { return false }
                    if aCount >= minGallop { break }
                } else {
                    move(&dest, &b, step: -1)
                    bCount += 1
                    aCount = 0
                    nb -= 1
                    if nb == 1 { return true }
                    if bCount >= minGallop { break }
                }
            }
            minGallop += 1
            repeat {
                if minGallop > 1 { minGallop -= 1 }
                ms.minGallop = minGallop
                var k = na - (try ListSort.gallopRight(b.keys[0], baseA.keys, na, hint: na - 1))
                aCount = k
                if k > 0 {
                    dest = dest.advanced(by: -k)
                    a = a.advanced(by: -k)
                    dest.copy(at: 1, from: a, at: 1, count: k)
                    na -= k
                    if na == 0 { return false }
                }
                move(&dest, &b, step: -1)
                nb -= 1
                if nb == 1 { return true }
                k = nb - (try ListSort.gallopLeft(a.keys[0], baseB.keys, nb, hint: nb - 1))
                bCount = k
                if k > 0 {
                    dest = dest.advanced(by: -k)
                    b = b.advanced(by: -k)
                    dest.copy(at: 1, from: b, at: 1, count: k)
                    nb -= k
                    if nb == 1 { return true }
                    // Only an inconsistent comparison can empty b here.
                    if nb == 0 { return false }
                }
                move(&dest, &a, step: -1)
                na -= 1
                if na == 0 { return false }
            } while aCount >= ListSort.initialMinGallop || bCount >= ListSort.initialMinGallop
            minGallop += 1
            ms.minGallop = minGallop
        }
    }
}
