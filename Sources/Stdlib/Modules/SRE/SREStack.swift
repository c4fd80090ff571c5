#if canImport(Glibc)
import Glibc
#endif

/// A growable array of trivial items in malloc'd memory, for the engine's explicit
/// backtracking stacks (no Values: nothing in it needs tracing). Growing can fail
/// (false), which the engine reports as MemoryError.
struct SREStack<T> {
    private(set) var base: UnsafeMutablePointer<T>?
    var count = 0
    private var capacity = 0

    @inline(__always)
    subscript(i: Int) -> T {
        unsafeAddress { UnsafePointer(base.unsafelyUnwrapped + i) }
        nonmutating unsafeMutableAddress { base.unsafelyUnwrapped + i }
    }

    @inline(__always)
    mutating func push(_ item: T) -> Bool {
        if count == capacity, !grow(by: 1) { return false }
        (base.unsafelyUnwrapped + count).initialize(to: item)
        count += 1
        return true
    }

    @inline(__always)
    mutating func pop() -> T {
        count -= 1
        return base.unsafelyUnwrapped[count]
    }

    /// Room for `n` more items.
    mutating func reserve(_ n: Int) -> Bool { count + n <= capacity || grow(by: n) }

    @inline(never)
    private mutating func grow(by n: Int) -> Bool {
        let wanted = count + n
        let newCapacity = Swift.max(wanted + wanted / 4 + 64, 2 * capacity)
        let (bytes, overflow) = newCapacity.multipliedReportingOverflow(by: MemoryLayout<T>.stride)
        guard !overflow, let memory = realloc(base, bytes) else { return false }
        base = memory.assumingMemoryBound(to: T.self)
        capacity = newCapacity
        return true
    }

    mutating func deallocate() {
        free(base)
        base = nil
        count = 0
        capacity = 0
    }
}
