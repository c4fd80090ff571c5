#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ObjectLayout

/// A page of same-size cells (its header's layout is `KraitPageHeader` in ObjectLayout's
/// Allocator.h, which the allocation fast path reads). The page's memory starts with
/// the header and five bitmaps (allocated, marked, finalized, container, finalizer),
/// then the cells. Pages
/// are aligned to their size, so the page of any interior address is found by masking.
typealias PageHeader = KraitPageHeader

extension KraitPageHeader {
    static let size = Int(KRAIT_PAGE_SIZE)
    static let mask = UInt(size - 1)

    /// Maps a new page for `sizeClass`; every cell starts free.
    static func create(sizeClass: Int) -> UnsafeMutablePointer<PageHeader> {
        var memory: UnsafeMutableRawPointer? = nil
        guard posix_memalign(&memory, size, size) == 0, let base = memory else {
            fatalError("GC: out of memory mapping a heap page")
        }
        let cellSize = SizeClasses.sizes[sizeClass]
        // Bitmaps sized for the most cells a page could hold, then the cells.
        let maxCells = size / cellSize
        let bitWords = (maxCells + 63) / 64
        let bitmaps = 5
        let metadata = MemoryLayout<PageHeader>.stride + bitmaps * bitWords * 8
        let cellsStart = (metadata + 15) & ~15
        let cellCount = (size - cellsStart) / cellSize
        let header = base.bindMemory(to: PageHeader.self, capacity: 1)
        let bits = (base + MemoryLayout<PageHeader>.stride).bindMemory(to: UInt64.self, capacity: bitmaps * bitWords)
        bits.initialize(repeating: 0, count: bitmaps * bitWords)
        let reciprocal = ((UInt64(1) << 32) + UInt64(cellSize) - 1) / UInt64(cellSize)
        header.initialize(to: PageHeader(sizeClass: sizeClass, cellSize: cellSize, reciprocal: reciprocal,
                                         cellCount: cellCount,
                                         firstCell: base + cellsStart, freeList: nil, freeCount: 0,
                                         allocatedBits: bits, markBits: bits + bitWords,
                                         finalizedBits: bits + 2 * bitWords,
                                         containerBits: bits + 3 * bitWords,
                                         finalizerBits: bits + 4 * bitWords,
                                         bitWords: bitWords, listedAsFree: false))
        // Thread the free list from the last cell down, so allocation goes upwards.
        var next: UnsafeMutableRawPointer? = nil
        for i in stride(from: cellCount - 1, through: 0, by: -1) {
            let cell = base + cellsStart + i * cellSize
            cell.storeBytes(of: next, as: UnsafeMutableRawPointer?.self)
            next = cell
        }
        header.pointee.freeList = next
        header.pointee.freeCount = cellCount
        return header
    }

    @inline(__always)
    static func bit(_ bits: UnsafeMutablePointer<UInt64>, _ i: Int) -> Bool {
        bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    @inline(__always)
    static func set(_ bits: UnsafeMutablePointer<UInt64>, _ i: Int) {
        bits[i >> 6] |= 1 << UInt64(i & 63)
    }

    @inline(__always)
    static func clear(_ bits: UnsafeMutablePointer<UInt64>, _ i: Int) {
        bits[i >> 6] &= ~(1 << UInt64(i & 63))
    }

    /// The index of the cell containing `address`, if it lies in the cell area.
    @inline(__always)
    func cellIndex(of address: UInt) -> Int? {
        let start = UInt(bitPattern: firstCell)
        guard address >= start, address - start < UInt(PageHeader.size) else { return nil }
        let i = Int((UInt64(address - start) &* reciprocal) &>> 32)
        return i < cellCount ? i : nil
    }

    @inline(__always)
    func cell(_ i: Int) -> UnsafeMutableRawPointer { firstCell + i * cellSize }
}
