import ObjectLayout

/// Cell sizes of the small-object pages. Objects above the largest class get their own
/// allocation (`LargeObjects`). Every size is a multiple of 16, so every cell address is
/// 16-byte aligned and a tagged small int (odd) can never be a cell address.
enum SizeClasses {
    static let sizes: [Int] = [16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384,
                               448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048]

    static var largest: Int { Int(KRAIT_LARGEST_CELL) }

    /// Fills the allocator's table of the smallest class for each multiple of 16.
    static func fillLookup() {
        precondition(sizes.count == Int(KRAIT_SIZE_CLASS_COUNT) && sizes.last == largest, "Allocator.h disagrees with the size classes")
        let table = krait_allocator_size_classes()
        var c = 0
        for units in 0...(largest / 16) {
            while sizes[c] < units * 16 { c += 1 }
            table[units] = UInt8(c)
        }
    }

    /// The class for an object of `size` bytes (which must be at most `largest`).
    @inline(__always)
    static func index(for size: Int) -> Int {
        Int(krait_allocator_size_classes()[(size &+ 15) &>> 4])
    }
}
