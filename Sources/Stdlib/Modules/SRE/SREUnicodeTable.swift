import ObjectModel

/// What the engine asks of a non-ASCII code point (case mappings and four classes),
/// kept in 256-entry blocks filled on first use: str's Unicode data builds strings
/// for case mappings, which a matching loop must not do per character. The blocks
/// live as long as the process.
enum SREUnicodeTable {
    struct Entry {
        var lower: UInt32
        var upper: UInt32
        var flags: UInt32
    }

    static let decimal: UInt32 = 1, space: UInt32 = 2, linebreak: UInt32 = 4, alnum: UInt32 = 8

    typealias Blocks = UnsafeMutablePointer<UnsafeMutablePointer<Entry>?>

    /// One pointer per block of the code space; nil until the block is filled.
    static let blocks: Blocks = {
        let table = Blocks.allocate(capacity: 0x1100)
        table.initialize(repeating: nil, count: 0x1100)
        return table
    }()

    /// The entry of `c` (below 0x110000).
    @inline(__always)
    static func entry(_ blocks: Blocks, _ c: UInt32) -> Entry {
        let block = blocks[Int(c >> 8)] ?? fill(blocks, Int(c >> 8))
        return block[Int(c & 0xFF)]
    }

    @inline(never)
    static func fill(_ blocks: Blocks, _ index: Int) -> UnsafeMutablePointer<Entry> {
        let block = UnsafeMutablePointer<Entry>.allocate(capacity: 256)
        for i in 0..<256 {
            let c = UInt32(index << 8 | i)
            var flags: UInt32 = 0
            if CodePointProperties.isDecimal(c) { flags |= decimal }
            if CodePointProperties.isSpace(c) { flags |= space }
            if CodePointProperties.isLineBreak(c) { flags |= linebreak }
            if CodePointProperties.isAlnum(c) { flags |= alnum }
            (block + i).initialize(to: Entry(lower: CodePointProperties.lower(c), upper: CodePointProperties.upper(c), flags: flags))
        }
        blocks[index] = block
        return block
    }
}
