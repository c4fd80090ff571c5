#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NativeStack
import ObjectLayout

extension Heap {
    /// A full collection: mark from the roots, then sweep what was not reached.
    ///
    /// Finalization follows PEP 442: an unreachable object whose type has `tp_finalize`
    /// and that was never finalized survives this collection, with everything it
    /// reaches; its finalizer runs later, and the object is freed by a later collection
    /// if it is still unreachable then — or lives on, resurrected. Weak references to
    /// what a finalizer can reach stay set until then, so a finalizer runs before the
    /// callbacks of weak references to its object, as under CPython's reference counting.
    ///
    /// Nothing here runs Python code: finalizers and weak reference callbacks wait for
    /// `runPendingWork`, which the interpreter calls at its next safe point.
    public func collect() {
        if collecting { return }
        collecting = true
        clearMarks()
        markRoots()
        drainMarkStack()
        markReferenceCounted()
        drainMarkStack()
        if typeBitsStale { recordAllTypes() }
        let (toFinalize, unreachable, saved) = scanUnreachable()
        for object in toFinalize + saved {
            markWord(UInt(bitPattern: object))
        }
        drainMarkStack()
        let cleared = processWeakReferences()
        sweep()
        statistics.collections += 1
        statistics.lastUnreachable = unreachable
        statistics.unreachable += unreachable
        // Collect again when as much has been allocated as survived (GOGC=100).
        collectionThreshold = max(Heap.minimumThreshold, statistics.liveBytes)
        budget = stressInterval > 0 ? 0 : collectionThreshold
        collecting = false
        for object in saved { savedUnreachable.append(retain(object.assumingMemoryBound(to: PyObject.self))) }
        queuePendingWork(callbacks: cleared, finalizers: toFinalize)
    }

    /// A collection asked for by the program (`gc.collect()`): the stack below is cleared
    /// first, so what earlier calls left there does not keep objects alive.
    public func collectExplicitly() {
        clearStackBelow()
        collect()
    }

    /// Zeroes the stack below the caller: calls made next get frames without words
    /// left by earlier calls, which the conservative scan would take for references.
    public func clearStackBelow() {
        krait_stack_clear_below(256 * 1024)
    }

    /// After marking: the unmarked objects with a finalizer that has not run yet,
    /// flagged as finalized now, and how many unmarked objects are of a type with
    /// `Py_TPFLAGS_HAVE_GC` (what CPython's collector would count as unreachable) —
    /// those objects themselves too when `savesUnreachable` is set. In pages, both come
    /// from the container and finalizer bitmaps (`TypeBits`), so only the dead cells
    /// whose type had a finalizer are read.
    private func scanUnreachable() -> (finalizable: [UnsafeMutableRawPointer], unreachable: Int, saved: [UnsafeMutableRawPointer]) {
        var found: [UnsafeMutableRawPointer] = []
        var saved: [UnsafeMutableRawPointer] = []
        var unreachable = 0
        let savesAll = savesUnreachable
        for classPages in pages {
            for page in classPages {
                let p = page.pointee
                for word in 0..<p.bitWords {
                    let dead = p.allocatedBits[word] & ~p.markBits[word]
                    if dead == 0 { continue }
                    let containers = dead & p.containerBits[word]
                    unreachable += containers.nonzeroBitCount
                    if savesAll {
                        var bits = containers
                        while bits != 0 {
                            saved.append(p.cell(word * 64 + bits.trailingZeroBitCount))
                            bits &= bits - 1
                        }
                    }
                    var bits = dead & p.finalizerBits[word] & ~p.finalizedBits[word]
                    while bits != 0 {
                        let i = word * 64 + bits.trailingZeroBitCount
                        bits &= bits - 1
                        // The type may have lost its finalizer since (`del C.__del__`).
                        if p.cell(i).assumingMemoryBound(to: PyObject.self).pointee.ob_type.pointee.tp_finalize != nil {
                            PageHeader.set(p.finalizedBits, i)
                            found.append(p.cell(i))
                        }
                    }
                }
            }
        }
        for i in large.entries.indices where !large.entries[i].marked {
            let object = UnsafeMutableRawPointer(bitPattern: large.entries[i].start)!
            let type = object.assumingMemoryBound(to: PyObject.self).pointee.ob_type!
            if type.pointee.tp_flags & UInt(Py_TPFLAGS_HAVE_GC) != 0 {
                unreachable += 1
                if savesUnreachable { saved.append(object) }
            }
            if !large.entries[i].finalized && type.pointee.tp_finalize != nil {
                large.setFinalized(i)
                found.append(object)
            }
        }
        return (found, unreachable, saved)
    }

    private func clearMarks() {
        for classPages in pages {
            for page in classPages {
                page.pointee.markBits.initialize(repeating: 0, count: page.pointee.bitWords)
            }
        }
        large.clearMarks()
    }

    private func markRoots() {
        let context = Unmanaged.passUnretained(self).toOpaque()
        if preciseStackRanges.isEmpty {
            krait_stack_scan_below(nativeStackLimit, { slot, context in
                Unmanaged<Heap>.fromOpaque(context!)._withUnsafeGuaranteedRef { $0.markWord(UInt(slot!.pointee)) }
            }, context)
        } else {
            krait_stack_scan_below(nativeStackLimit, { slot, context in
                Unmanaged<Heap>.fromOpaque(context!)._withUnsafeGuaranteedRef { $0.markStackSlot(slot!) }
            }, context)
        }
        markOtherThreads()
        for case let object? in handles.slots {
            markWord(UInt(bitPattern: object))
        }
        for object in frozen {
            markWord(object)
        }
        for area in rootAreas {
            for i in 0..<area.count {
                markWord(area.start[i])
            }
        }
        for stack in rootStacks {
            var word = stack.start
            let end = stack.top.pointee.assumingMemoryBound(to: UInt.self)
            while word < end {
                markWord(word.pointee)
                word += 1
            }
        }
        for object in immortals {
            markChildren(of: object)
        }
    }

    /// A native stack word, unless it lies in a range the interpreter vouched for.
    private func markStackSlot(_ slot: UnsafePointer<UInt>) {
        let address = UInt(bitPattern: slot)
        for range in preciseStackRanges where address >= range.low && address < range.high { return }
        markWord(slot.pointee)
    }

    /// Marks the objects that C extension code holds references to (`ob_refcnt` above
    /// zero). Run once the other roots are marked, it reads only the objects they did
    /// not reach.
    private func markReferenceCounted() {
        for classPages in pages {
            for page in classPages {
                let p = page.pointee
                for word in 0..<p.bitWords {
                    var bits = p.allocatedBits[word] & ~p.markBits[word]
                    let first = p.firstCell + word &* 64 &* p.cellSize
                    if bits == UInt64.max {
                        // A whole word of garbage: the counts in a row, branch-free,
                        // and the cells one by one only when some count is set.
                        var any = 0
                        var cell = first
                        for _ in 0..<64 {
                            any |= cell.assumingMemoryBound(to: PyObject.self).pointee.ob_refcnt
                            cell += p.cellSize
                        }
                        if any == 0 { continue }
                    }
                    while bits != 0 {
                        let cell = first + bits.trailingZeroBitCount &* p.cellSize
                        bits &= bits &- 1
                        if cell.assumingMemoryBound(to: PyObject.self).pointee.ob_refcnt > 0 {
                            markWord(UInt(bitPattern: cell))
                        }
                    }
                }
            }
        }
        for entry in large.entries where !entry.marked {
            if UnsafeMutablePointer<PyObject>(bitPattern: entry.start)!.pointee.ob_refcnt > 0 {
                markWord(entry.start)
            }
        }
    }

    /// Marks the object containing `word`, if it points into one, and queues it.
    @inline(__always)
    func markWord(_ word: UInt) {
        if let page = pageMap.page(containing: word) {
            if let cell = krait_page_mark_word(page, word) { marker.push(cell) }
        } else if let i = large.find(word), large.mark(i) {
            marker.push(UnsafeMutableRawPointer(bitPattern: large.entries[i].start)!)
        }
    }

    private func drainMarkStack() {
        while let raw = marker.pop() {
            markChildren(of: raw.assumingMemoryBound(to: PyObject.self))
        }
    }

    /// Marks what `object`'s type's `tp_traverse` reports.
    private func markChildren(of object: UnsafeMutablePointer<PyObject>) {
        guard let type = object.pointee.ob_type, let traverse = type.pointee.tp_traverse else { return }
        let context = Unmanaged.passUnretained(self).toOpaque()
        _ = traverse(object, { child, context in
            if let child {
                // Borrowed without a retain: the heap outlives every collection.
                Unmanaged<Heap>.fromOpaque(context!)._withUnsafeGuaranteedRef { $0.markWord(UInt(bitPattern: child)) }
            }
            return 0
        }, context)
    }

    /// Calls `body` with every allocated object (garbage not yet collected included).
    /// `body` must not allocate: a collection would change what is being walked.
    public func forEachLiveObject(_ body: (UnsafeMutableRawPointer) -> Void) {
        for classPages in pages {
            for page in classPages {
                let p = page.pointee
                for word in 0..<p.bitWords where p.allocatedBits[word] != 0 {
                    var bits = p.allocatedBits[word]
                    while bits != 0 {
                        let i = word * 64 + bits.trailingZeroBitCount
                        bits &= bits - 1
                        body(p.cell(i))
                    }
                }
            }
        }
        for entry in large.entries {
            body(UnsafeMutableRawPointer(bitPattern: entry.start)!)
        }
    }

    /// Returns the unmarked cells to their pages' free lists, in the order the cells
    /// lie (each pushed in front). Per dead cell there is only its link (and the
    /// poison); counts are taken per bitmap word and per page.
    private func sweep() {
        var liveObjects = 0, liveBytes = 0, freedObjects = 0, freedBytes = 0
        let poison = poisonsFreedMemory
        for sizeClass in pages.indices {
            for page in pages[sizeClass] {
                let p = page.pointee
                let cellSize = p.cellSize
                var freeList = p.freeList
                var freed = 0
                for word in 0..<p.bitWords {
                    let allocated = p.allocatedBits[word]
                    let live = allocated & p.markBits[word]
                    let dead = allocated & ~live
                    if dead == 0 { continue }
                    let first = p.firstCell + word &* 64 &* cellSize
                    if poison {
                        var bits = dead
                        while bits != 0 {
                            memset(first + bits.trailingZeroBitCount &* cellSize, 0xDB, cellSize)
                            bits &= bits &- 1
                        }
                    }
                    if dead == UInt64.max {
                        // A whole word of garbage, the usual case after a burst of
                        // temporaries: the cells in a row, without finding bits.
                        var cell = first
                        for _ in 0..<64 {
                            cell.storeBytes(of: freeList, as: UnsafeMutableRawPointer?.self)
                            freeList = cell
                            cell += cellSize
                        }
                        freed &+= 64
                    } else {
                        freed &+= dead.nonzeroBitCount
                        var bits = dead
                        while bits != 0 {
                            let cell = first + bits.trailingZeroBitCount &* cellSize
                            bits &= bits &- 1
                            cell.storeBytes(of: freeList, as: UnsafeMutableRawPointer?.self)
                            freeList = cell
                        }
                    }
                    p.allocatedBits[word] = live
                    p.finalizedBits[word] &= live
                    p.containerBits[word] &= live
                    p.finalizerBits[word] &= live
                }
                let freeCount = p.freeCount + freed
                page.pointee.freeList = freeList
                page.pointee.freeCount = freeCount
                freedObjects += freed
                freedBytes += freed * cellSize
                liveObjects += p.cellCount - freeCount
                liveBytes += (p.cellCount - freeCount) * cellSize
                if freeCount > 0 && !p.listedAsFree {
                    page.pointee.listedAsFree = true
                    pagesWithFreeCells[sizeClass].insert(page, at: 0)
                }
            }
        }
        let largeBefore = large.entries.count
        freedBytes += large.sweep(poison: poison) { _ in }
        freedObjects += largeBefore - large.entries.count
        liveObjects += large.entries.count
        liveBytes += large.totalBytes
        statistics.liveObjects = liveObjects
        statistics.liveBytes = liveBytes
        statistics.freedObjects += freedObjects
        statistics.freedBytes += freedBytes
    }
}
