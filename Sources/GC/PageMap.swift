/// Which heap page, if any, an address falls in: the question the conservative scan and
/// marking ask of every word they see. A two-level radix table over 48-bit addresses
/// (pages are 256 KiB aligned, so an address's page number is its bits 47…18): the top
/// level is fixed, leaves of 64 Ki entries are mapped the first time a page lands in
/// their range. Two loads per question and no hashing, where a Swift dictionary cost
/// a hash and a probe.
struct PageMap {
    static let pageShift = 18
    static let leafBits = 16
    static let topBits = 48 - pageShift - leafBits

    typealias Leaf = UnsafeMutablePointer<UnsafeMutablePointer<PageHeader>?>
    let top: UnsafeMutablePointer<Leaf?>

    init() {
        precondition(PageHeader.size == 1 << PageMap.pageShift, "the page map assumes 256 KiB pages")
        top = .allocate(capacity: 1 << PageMap.topBits)
        top.initialize(repeating: nil, count: 1 << PageMap.topBits)
    }

    @inline(__always)
    func page(containing address: UInt) -> UnsafeMutablePointer<PageHeader>? {
        let number = address >> UInt(PageMap.pageShift)
        let high = Int(truncatingIfNeeded: number >> UInt(PageMap.leafBits))
        guard high < 1 << PageMap.topBits, let leaf = top[high] else { return nil }
        return leaf[Int(truncatingIfNeeded: number) & ((1 << PageMap.leafBits) - 1)]
    }

    func insert(_ page: UnsafeMutablePointer<PageHeader>) {
        let number = UInt(bitPattern: page) >> UInt(PageMap.pageShift)
        let high = Int(truncatingIfNeeded: number >> UInt(PageMap.leafBits))
        precondition(high < 1 << PageMap.topBits, "heap page above the 48-bit address space")
        if top[high] == nil {
            let leaf = Leaf.allocate(capacity: 1 << PageMap.leafBits)
            leaf.initialize(repeating: nil, count: 1 << PageMap.leafBits)
            top[high] = leaf
        }
        top[high]![Int(truncatingIfNeeded: number) & ((1 << PageMap.leafBits) - 1)] = page
    }
}
