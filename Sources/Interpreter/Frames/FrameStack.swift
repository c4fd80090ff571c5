import Compiler
import GC
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The thread's stack of frames (DESIGN.md §6): one reserved mapping that frames are
/// pushed on and popped off, so a call costs no allocation. Its bounds live in the
/// thread state; the collector scans it from the bottom up to the top as a root.
public enum FrameStack {
    static let capacity = 64 << 20

    /// Maps the calling thread's frame stack.
    @inline(never)
    static func create(_ state: UnsafeMutablePointer<KraitThreadState>) {
        let memory = mmap(nil, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let memory, memory != MAP_FAILED else { fatalError("cannot reserve the interpreter's frame stack") }
        state.pointee.frames_top = memory
        state.pointee.frames_limit = memory + capacity
        let top = UnsafeMutableRawPointer(state).advanced(by: MemoryLayout<KraitThreadState>.offset(of: \.frames_top)!)
        Heap.shared.registerRootStack(memory, top: UnsafePointer(top.assumingMemoryBound(to: UnsafeMutableRawPointer.self)))
    }

    /// A frame for `code` with its header and variables zeroed, with room for its locals, cells, free variables and
    /// value stack, or nil when the stack is exhausted.
    @inline(__always)
    static func push(_ code: CodeObjects.Pointer) -> UnsafeMutablePointer<KraitFrame>? {
        let state = krait_thread_state()
        if state.pointee.frames_top == nil { create(state) }
        let variables = Int(code.pointee.co_nlocals + code.pointee.co_ncells + code.pointee.co_nfrees)
        let bytes = MemoryLayout<KraitFrame>.size + (variables + Int(code.pointee.co_stacksize)) * 8
        let start = state.pointee.frames_top.unsafelyUnwrapped
        guard start + bytes <= state.pointee.frames_limit.unsafelyUnwrapped else { return nil }
        // Variables start unbound; the value stack is written before it is read (stale
        // words there are only ever scanned conservatively).
        memset(start, 0, MemoryLayout<KraitFrame>.size + variables * 8)
        state.pointee.frames_top = start + bytes
        return start.assumingMemoryBound(to: KraitFrame.self)
    }

    @inline(__always)
    static func pop(_ frame: UnsafeMutablePointer<KraitFrame>) {
        krait_thread_state().pointee.frames_top = UnsafeMutableRawPointer(frame)
    }
}

extension FrameStack {
    /// Unmaps the calling thread's frame stack, when the thread ends.
    public static func destroy(_ state: UnsafeMutablePointer<KraitThreadState>) {
        guard let limit = state.pointee.frames_limit else { return }
        let start = limit - capacity
        Heap.shared.unregisterRootStack(start)
        munmap(start, capacity)
        state.pointee.frames_top = nil
        state.pointee.frames_limit = nil
    }
}
