import NativeStack
import ObjectLayout

/// Threads (DESIGN.md §8): every thread that runs Python code registers its state,
/// whose words are roots. The collector runs on the thread holding the GIL; each other
/// thread gave the GIL up through `krait_gil_released_call`, which published the low
/// end of the part of its native stack that can hold references.
extension Heap {
    /// Makes the calling thread's state (`krait_thread_state()`) a root, and its stack
    /// scanned while it runs without the GIL.
    public func registerThread(_ state: UnsafeMutablePointer<KraitThreadState>) {
        state.pointee.stack_high = krait_stack_high_address()
        registerRootArea(UnsafeMutableRawPointer(state), words: MemoryLayout<KraitThreadState>.size / 8)
        threads.append(state)
    }

    /// Undoes `registerThread` when the thread ends.
    public func unregisterThread(_ state: UnsafeMutablePointer<KraitThreadState>) {
        removeRootArea(UnsafeMutableRawPointer(state).assumingMemoryBound(to: UInt.self))
        if let i = threads.lastIndex(of: state) { threads.remove(at: i) }
    }

    /// Undoes `registerRootStack` (a thread's frame stack, when the thread ends).
    public func unregisterRootStack(_ start: UnsafeMutableRawPointer) {
        let words = start.assumingMemoryBound(to: UInt.self)
        if let i = rootStacks.lastIndex(where: { $0.start == words }) { rootStacks.remove(at: i) }
    }

    func removeRootArea(_ start: UnsafeMutablePointer<UInt>) {
        if let i = rootAreas.lastIndex(where: { $0.start == start }) { rootAreas.remove(at: i) }
    }

    /// The number of registered threads, the calling one included.
    public var threadCount: Int { threads.count }

    /// Marks from the published stack part of every other thread.
    func markOtherThreads() {
        let current = krait_thread_state()
        for state in threads where state != current {
            let low = state.pointee.stack_published, high = state.pointee.stack_high
            guard low != 0, low < high else { continue }
            var word = UnsafePointer<UInt>(bitPattern: low)!
            let end = UnsafePointer<UInt>(bitPattern: high)!
            while word < end {
                markWord(word.pointee)
                word += 1
            }
        }
    }
}
