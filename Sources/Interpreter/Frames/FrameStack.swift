import Compiler
import GC
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The thread's stack of frames (DESIGN.md §6): one reserved mapping that frames are
/// pushed on and popped off, so a call costs no allocation. The collector scans it from
/// the bottom up to `top` as a root.
public final class FrameStack {
    nonisolated(unsafe) public static let shared = FrameStack()

    static let capacity = 64 << 20
    let base: UnsafeMutableRawPointer
    let limit: UnsafeMutableRawPointer
    /// The first free byte; a stored property so the collector can read it in place.
    let top: UnsafeMutablePointer<UnsafeMutableRawPointer>

    private init() {
        let memory = mmap(nil, FrameStack.capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
        guard let memory, memory != MAP_FAILED else { fatalError("cannot reserve the interpreter's frame stack") }
        base = memory
        limit = memory + FrameStack.capacity
        top = .allocate(capacity: 1)
        top.initialize(to: memory)
        Heap.shared.registerRootStack(memory, top: UnsafePointer(top))
    }

    /// A frame for `code` with its header and variables zeroed, with room for its locals, cells, free variables and
    /// value stack, or nil when the stack is exhausted.
    @inline(__always)
    func push(_ code: CodeObjects.Pointer) -> UnsafeMutablePointer<KraitFrame>? {
        let variables = Int(code.pointee.co_nlocals + code.pointee.co_ncells + code.pointee.co_nfrees)
        let bytes = MemoryLayout<KraitFrame>.size + (variables + Int(code.pointee.co_stacksize)) * 8
        let start = top.pointee
        guard start + bytes <= limit else { return nil }
        // Variables start unbound; the value stack is written before it is read (stale
        // words there are only ever scanned conservatively).
        memset(start, 0, MemoryLayout<KraitFrame>.size + variables * 8)
        top.pointee = start + bytes
        return start.assumingMemoryBound(to: KraitFrame.self)
    }

    @inline(__always)
    func pop(_ frame: UnsafeMutablePointer<KraitFrame>) {
        top.pointee = UnsafeMutableRawPointer(frame)
    }
}
