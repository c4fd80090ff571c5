#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ObjectLayout

/// Krait's garbage-collected heap: non-moving mark-sweep over size-class pages plus
/// separately allocated large objects (DESIGN.md section 3).
///
/// Roots are found, not registered: a conservative scan of the native stack and
/// registers (any word pointing into a live cell keeps it), explicit handles for
/// objects kept where the collector cannot see (`Handle`), and every object whose
/// `ob_refcnt` is above zero (references held by C extensions). Children are found
/// through each type's `tp_traverse`, the mechanism C extension types already have.
///
/// One heap serves the whole runtime; like CPython, it is used under the GIL.
public final class Heap {
    public static let shared = Heap()

    /// Pages of each size class.
    var pages: [[UnsafeMutablePointer<PageHeader>]]
    /// Pages of each class that have free cells, the last one allocated from first.
    var pagesWithFreeCells: [[UnsafeMutablePointer<PageHeader>]]
    /// Address → page, for the conservative lookup.
    let pageMap = PageMap()
    var large = LargeObjects()
    var handles = HandleTable()
    var weakReferences = WeakReferenceTable()
    /// Runs the callback of a cleared weak reference (see `WeakReferences`), from
    /// `runPendingWork`.
    public var onWeakReferenceCleared: ((UnsafeMutablePointer<PyWeakReference>) -> Void)?
    /// Cleared weak references whose callbacks wait, then objects whose finalizers wait.
    var pendingCallbacks: [Handle] = []
    var pendingFinalizers: [Handle] = []
    var runningPendingWork = false
    /// Where the conservative scan of the native stack stops (0: at its start). Set
    /// while the runtime shuts down: the frames of the program's driver above it hold
    /// no references, only stale words of the calls that ran the program.
    public var nativeStackLimit: UInt = 0
    /// Parts of this thread's native stack not to scan: frames of the evaluation loop
    /// whose live values all lie in roots scanned precisely (set by the interpreter
    /// around an explicit collection; see NativeLoopFrames).
    public var preciseStackRanges: [(low: UInt, high: UInt)] = []
    /// `gc.DEBUG_SAVEALL`: unreachable containers are kept, held by `savedUnreachable`,
    /// instead of freed.
    public var savesUnreachable = false
    public internal(set) var savedUnreachable: [Handle] = []
    let marker = MarkStack()

    /// Bytes that may still be allocated before the next collection; at or below zero,
    /// allocation takes the slow path (always, under `KRAIT_GC_STRESS`). Kept in raw
    /// memory: a stored property of a class would cost an exclusivity check on every
    /// allocation.
    let budgetStorage: UnsafeMutablePointer<Int>

    @inline(__always)
    var budget: Int {
        get { budgetStorage.pointee }
        set { budgetStorage.pointee = newValue }
    }
    /// The budget a collection grants: the bytes that survived it, at least 8 MiB.
    var collectionThreshold: Int
    /// Per size class, the page the fast path allocates from.
    let currentPages: UnsafeMutablePointer<UnsafeMutablePointer<PageHeader>?>
    /// `KRAIT_GC_STRESS=N`: collect every N allocations (0: off).
    public var stressInterval: Int {
        didSet { budget = stressInterval > 0 ? 0 : collectionThreshold }
    }
    var allocationsUntilStress: Int
    public internal(set) var statistics = Statistics()
    /// Set during a collection; a finalizer's allocations cannot start another one then.
    var collecting = false
    var automaticCollection = true
    /// Whether the pages' finalizer bitmaps may miss cells (see `TypeBits`).
    var typeBitsStale = false
    /// Objects made permanent by `freeze()`: roots of every collection.
    var frozen: Set<UInt> = []
    /// Objects outside the heap (static types, singletons) whose references are roots.
    var immortals: [UnsafeMutablePointer<PyObject>] = []
    /// Memory outside the heap (thread states) whose words are roots.
    var rootAreas: [(start: UnsafeMutablePointer<UInt>, count: Int)] = []
    /// Stacks of Values whose used part ends at `top.pointee` (the interpreter's frame stack).
    var rootStacks: [(start: UnsafeMutablePointer<UInt>, top: UnsafePointer<UnsafeMutableRawPointer>)] = []
    /// The states of the threads that run Python code (see `registerThread`).
    var threads: [UnsafeMutablePointer<KraitThreadState>] = []
    /// Whether freed memory is overwritten (0xDB), so a missed root fails loudly.
    public var poisonsFreedMemory: Bool

    public struct Statistics: Sendable {
        public var collections = 0
        public var liveObjects = 0
        public var liveBytes = 0
        public var freedObjects = 0
        public var freedBytes = 0
        /// Objects of types with `Py_TPFLAGS_HAVE_GC` the last collection found unreachable.
        public var lastUnreachable = 0
        /// The same, summed over all collections.
        public var unreachable = 0
    }

    /// 8 MiB rather than 4: float 270M -> 245M instructions for 0.7 MB more peak RSS,
    /// nbody 428M -> 424M for 4.3 MB (16 MiB saved little more for twice the memory;
    /// Benchmarks/README.md).
    static let minimumThreshold = 8 * 1024 * 1024

    init() {
        pages = Array(repeating: [], count: SizeClasses.sizes.count)
        pagesWithFreeCells = Array(repeating: [], count: SizeClasses.sizes.count)
        collectionThreshold = Heap.minimumThreshold
        SizeClasses.fillLookup()
        budgetStorage = krait_allocator_budget()
        let stress = max(0, getenv("KRAIT_GC_STRESS").flatMap { Int(String(cString: $0)) } ?? 0)
        budgetStorage.pointee = stress > 0 ? 0 : Heap.minimumThreshold
        currentPages = krait_allocator_current_pages()
        currentPages.initialize(repeating: nil, count: SizeClasses.sizes.count)
        stressInterval = stress
        allocationsUntilStress = stress
        #if DEBUG
        poisonsFreedMemory = true
        #else
        poisonsFreedMemory = stress > 0
        #endif
    }

    // MARK: - Allocation

    /// A new object of `size` bytes (at least a header), zeroed, with `ob_type` set and
    /// `ob_refcnt` zero. May collect first.
    ///
    /// The fast path pops a cell from the size class's current page: a table lookup, a
    /// few loads and stores, and a multiply for the allocated bit. Everything else —
    /// a new page, a large object, a collection due — is `allocateSlow`.
    @inline(__always)
    public func allocate(size: Int, type: UnsafeMutablePointer<PyTypeObject>) -> UnsafeMutablePointer<PyObject> {
        krait_allocate_fast(size, type) ?? allocateSlow(size: size, type: type)
    }

    @inline(never)
    public func allocateSlow(size: Int, type: UnsafeMutablePointer<PyTypeObject>) -> UnsafeMutablePointer<PyObject> {
        let size = max(size, MemoryLayout<PyObject>.size)
        if stressInterval > 0 {
            allocationsUntilStress -= 1
            if allocationsUntilStress <= 0 {
                allocationsUntilStress = stressInterval
                if automaticCollection { collect() }
            }
            // Every allocation comes back here, to count.
            budget = 0
        } else if budget <= 0 {
            if automaticCollection { collect() } else { budget = collectionThreshold }
        }
        let memory: UnsafeMutableRawPointer
        let bytes: Int
        if size <= SizeClasses.largest {
            let sizeClass = SizeClasses.index(for: size)
            memory = allocateCell(sizeClass, type: type)
            bytes = SizeClasses.sizes[sizeClass]
        } else {
            memory = large.allocate(size)
            bytes = size
        }
        if stressInterval == 0 { budget -= bytes }
        memset(memory, 0, bytes)
        let object = memory.bindMemory(to: PyObject.self, capacity: 1)
        object.pointee.ob_type = type
        return object
    }

    /// A free cell of `sizeClass`, from the current page or the next one with free cells
    /// (a new page when none has any); that page becomes the class's current one.
    /// `type` is recorded in the page's container and finalizer bitmaps.
    private func allocateCell(_ sizeClass: Int, type: UnsafeMutablePointer<PyTypeObject>) -> UnsafeMutableRawPointer {
        while let page = pagesWithFreeCells[sizeClass].last {
            if let cell = page.pointee.freeList {
                page.pointee.freeList = cell.load(as: UnsafeMutableRawPointer?.self)
                page.pointee.freeCount -= 1
                let index = page.pointee.cellIndex(of: UInt(bitPattern: cell))!
                PageHeader.set(page.pointee.allocatedBits, index)
                krait_page_record_type(page, index >> 6, 1 << UInt64(index & 63), type)
                currentPages[sizeClass] = page
                return cell
            }
            page.pointee.listedAsFree = false
            pagesWithFreeCells[sizeClass].removeLast()
        }
        let page = PageHeader.create(sizeClass: sizeClass)
        pages[sizeClass].append(page)
        pageMap.insert(page)
        page.pointee.listedAsFree = true
        pagesWithFreeCells[sizeClass].append(page)
        return allocateCell(sizeClass, type: type)
    }

    // MARK: - Lookup

    /// The start of the live object containing `address`, if any: the conservative test
    /// applied to every word of the stack.
    @inline(__always)
    func objectContaining(_ address: UInt) -> UnsafeMutableRawPointer? {
        if let page = pageMap.page(containing: address) {
            guard let i = page.pointee.cellIndex(of: address),
                  PageHeader.bit(page.pointee.allocatedBits, i) else { return nil }
            return page.pointee.cell(i)
        }
        if let i = large.find(address) {
            return UnsafeMutableRawPointer(bitPattern: large.entries[i].start)
        }
        return nil
    }

    /// Whether `object` is a live object of this heap (for tests and assertions).
    public func isLive(_ object: UnsafeRawPointer) -> Bool {
        objectContaining(UInt(bitPattern: object)) == UnsafeMutableRawPointer(mutating: object)
    }

    // MARK: - Handles

    /// Keeps `object` alive until the handle is released: the way to hold an object in
    /// memory the collector does not scan (a Swift array, a class instance, a closure).
    public func retain(_ object: UnsafeMutablePointer<PyObject>) -> Handle {
        Handle(slot: handles.add(object))
    }

    public func release(_ handle: Handle) {
        handles.remove(handle.slot)
    }

    /// The object a handle keeps alive.
    public func object(of handle: Handle) -> UnsafeMutablePointer<PyObject> {
        handles.slots[handle.slot]!
    }
}

/// A registered root: see `Heap.retain`.
public struct Handle: Hashable, Sendable {
    let slot: Int
}

/// Slots of explicitly rooted objects, reused after release.
struct HandleTable {
    var slots: [UnsafeMutablePointer<PyObject>?] = []
    var freeSlots: [Int] = []

    mutating func add(_ object: UnsafeMutablePointer<PyObject>) -> Int {
        if let slot = freeSlots.popLast() {
            slots[slot] = object
            return slot
        }
        slots.append(object)
        return slots.count - 1
    }

    mutating func remove(_ slot: Int) {
        slots[slot] = nil
        freeSlots.append(slot)
    }
}
