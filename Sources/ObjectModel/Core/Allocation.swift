import GC
import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// Allocation of objects in the collected heap.
public enum Allocation {
    /// A zeroed object of `size` bytes with `ob_type` set: the C fast path, else the
    /// collector's slow path (which also sets the heap up on first use).
    @inlinable @inline(__always)
    public static func object(_ type: TypePointer, size: Int) -> ObjectPointer {
        krait_allocate_fast(size, type) ?? allocateSlowly(type, size: size)
    }

    /// Out of line, so code that inlines `object` carries only the fast path.
    @usableFromInline @inline(never)
    static func allocateSlowly(_ type: TypePointer, size: Int) -> ObjectPointer {
        Heap.shared.allocateSlow(size: size, type: type)
    }

    /// A zeroed variable-size object: `size` bytes, `ob_size` set to `count`.
    @inline(__always)
    public static func varObject(_ type: TypePointer, size: Int, count: Int) -> ObjectPointer {
        let object = object(type, size: size)
        object.layout(PyVarObject.self).pointee.ob_size = count
        return object
    }

    /// The machine's physical memory in bytes. A request for more raises MemoryError
    /// before the allocator is asked, as CPython's failing malloc does.
    public static let physicalMemory: Int = {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), pageSize = sysconf(Int32(_SC_PAGESIZE))
        return pages > 0 && pageSize > 0 ? pages * pageSize : Int.max
    }()

    /// MemoryError unless `count` items of `itemSize` bytes can exist at once.
    public static func check(count: Int, itemSize: Int) throws(PyException) {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: itemSize)
        if count < 0 || overflow || bytes > physicalMemory { throw PyException.memoryError() }
    }

    /// MemoryError unless `count * times` items of `itemSize` bytes can exist.
    public static func check(count: Int, times: Int, itemSize: Int) throws(PyException) {
        let (total, overflow) = count.multipliedReportingOverflow(by: times)
        if overflow { throw PyException.memoryError() }
        try check(count: total, itemSize: itemSize)
    }

    /// Memory outside the heap for an object that lives as long as the process
    /// (a type created at start-up); its references are roots.
    public static func immortal(size: Int, type: TypePointer) -> ObjectPointer {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        let object = raw.assumingMemoryBound(to: PyObject.self)
        object.pointee.ob_type = type
        makeImmortal(object)
        return object
    }

    /// Marks a static or malloc'ed object as immortal: a reference count C code can
    /// never drop to zero, and its references traced as roots.
    public static func makeImmortal(_ object: ObjectPointer) {
        object.pointee.ob_refcnt = 1 << 60
        Heap.shared.registerImmortal(object)
    }

    /// Runs the finalizers and weak reference callbacks the collector left waiting
    /// (`krait_gc_pending`); called at the interpreter's safe points.
    @inline(never)
    public static func runPendingFinalization() {
        Heap.shared.runPendingWork()
    }
}
