/// Cell sizes of the small-object pages. Objects above the largest class get their own
/// allocation (`LargeObjects`). Every size is a multiple of 16, so every cell address is
/// 16-byte aligned and a tagged small int (odd) can never be a cell address.
enum SizeClasses {
    static let sizes: [Int] = [16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384,
                               448, 512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048]

    static var largest: Int { sizes[sizes.count - 1] }

    /// For each multiple of 16 up to `largest`, the index of the smallest class that fits;
    /// raw memory, so the allocation fast path does no bounds or ownership checks.
    nonisolated(unsafe) private static let lookup: UnsafeMutablePointer<UInt8> = {
        let count = 2048 / 16 + 1
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: count)
        var c = 0
        for units in 0..<count {
            while sizes[c] < units * 16 { c += 1 }
            table[units] = UInt8(c)
        }
        return table
    }()

    /// The class for an object of `size` bytes (which must be at most `largest`).
    @inline(__always)
    static func index(for size: Int) -> Int {
        Int(lookup[(size &+ 15) &>> 4])
    }
}
