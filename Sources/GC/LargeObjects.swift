#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Objects too big for a size class: one allocation each, kept sorted by address so an
/// interior pointer finds its object by binary search.
struct LargeObjects {
    struct Entry {
        var start: UInt
        var size: Int
        var marked: Bool
        var finalized = false
    }

    private(set) var entries: [Entry] = []
    private(set) var totalBytes = 0
    /// Where the objects' memory begins and ends, all of them together: most words
    /// marking asks about (static objects, stack words that are no pointers) lie
    /// outside and miss without a search.
    private var low = UInt.max, high: UInt = 0

    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        var memory: UnsafeMutableRawPointer? = nil
        guard posix_memalign(&memory, 16, size) == 0, let pointer = memory else {
            fatalError("GC: out of memory allocating \(size) bytes")
        }
        let entry = Entry(start: UInt(bitPattern: pointer), size: size, marked: false)
        entries.insert(entry, at: insertionIndex(entry.start))
        totalBytes += size
        low = min(low, entry.start)
        high = max(high, entry.start + UInt(size))
        return pointer
    }

    private func insertionIndex(_ address: UInt) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].start < address { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The entry whose bytes contain `address`.
    func find(_ address: UInt) -> Int? {
        // Stack words are arbitrary: any bit pattern must be a clean miss (UInt.max is
        // never below `high`, so `address + 1` cannot overflow).
        guard address >= low && address < high else { return nil }
        let i = insertionIndex(address + 1) - 1
        guard i >= 0 else { return nil }
        let e = entries[i]
        return address >= e.start && address < e.start + UInt(e.size) ? i : nil
    }

    /// Marks entry `i`; returns false when it already was.
    mutating func mark(_ i: Int) -> Bool {
        if entries[i].marked { return false }
        entries[i].marked = true
        return true
    }

    mutating func setFinalized(_ i: Int) { entries[i].finalized = true }

    mutating func clearMarks() {
        for i in entries.indices { entries[i].marked = false }
    }

    /// Frees the unmarked objects, after `finalize` has seen each.
    mutating func sweep(poison: Bool, _ finalize: (UnsafeMutableRawPointer) -> Void) -> Int {
        var freed = 0
        entries.removeAll { e in
            if e.marked { return false }
            let pointer = UnsafeMutableRawPointer(bitPattern: e.start)!
            finalize(pointer)
            if poison { memset(pointer, 0xDB, e.size) }
            free(pointer)
            freed += e.size
            return true
        }
        totalBytes -= freed
        low = entries.first?.start ?? UInt.max
        high = entries.reduce(0) { max($0, $1.start + UInt($1.size)) }
        return freed
    }
}
