#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The grey objects of a collection: marked, children not yet visited. A raw growable
/// buffer, so marking touches no Swift collection and no reference counts.
final class MarkStack {
    private var items: UnsafeMutablePointer<UnsafeMutableRawPointer>
    private var capacity = 4096
    private(set) var count = 0

    init() {
        items = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: capacity)
    }

    deinit { items.deallocate() }

    @inline(__always)
    func push(_ object: UnsafeMutableRawPointer) {
        if count == capacity { grow() }
        items[count] = object
        count += 1
    }

    @inline(__always)
    func pop() -> UnsafeMutableRawPointer? {
        if count == 0 { return nil }
        count -= 1
        return items[count]
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<UnsafeMutableRawPointer>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: items, count: count)
        items.deallocate()
        items = bigger
        capacity *= 2
    }
}
