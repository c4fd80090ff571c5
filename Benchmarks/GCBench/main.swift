import GC
import ObjectLayout

#if canImport(Glibc)
import Glibc
#endif

/// Allocation throughput and collection pauses of Krait's heap:
///     GCBench N
/// builds a linked list of N two-slot objects (32 bytes each: header + 2 pointers), then
/// times a full collection with all of them alive, and one after dropping the list. It
/// prints one `key=value` line; Benchmarks/gc_bench.sh runs CPython on the same shape.

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

let pairType: UnsafeMutablePointer<PyTypeObject> = {
    let t = UnsafeMutablePointer<PyTypeObject>.allocate(capacity: 1)
    t.initialize(to: PyTypeObject())
    t.pointee.tp_basicsize = 32
    t.pointee.tp_traverse = { object, visit, argument in
        let slot = (UnsafeMutableRawPointer(object!) + 16).load(as: UnsafeMutablePointer<PyObject>?.self)
        if let slot { return visit!(slot, argument) }
        return 0
    }
    return t
}()

let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 100_000 : 100_000
let heap = Heap.shared

/// The list's head is kept by a handle, as an interpreter's frame would keep it.
@inline(never)
func build(_ n: Int) -> Handle {
    var head: UnsafeMutablePointer<PyObject>? = nil
    for _ in 0..<n {
        let node = heap.allocate(size: 32, type: pairType)
        (UnsafeMutableRawPointer(node) + 16).storeBytes(of: head, as: UnsafeMutablePointer<PyObject>?.self)
        head = node
    }
    return heap.retain(head!)
}

let start = now()
let list = build(count)
let allocation = now() - start
let collectionsDuringAllocation = heap.statistics.collections

let liveStart = now()
heap.collect()
let livePause = now() - liveStart
let live = heap.statistics.liveObjects

heap.release(list)
let deadStart = now()
heap.collect()
let deadPause = now() - deadStart

print("objects=\(count) alloc_seconds=\(allocation) alloc_Mobj_per_s=\(Double(count) / allocation / 1e6) "
      + "collections_during_alloc=\(collectionsDuringAllocation) pause_live_ms=\(livePause * 1000) "
      + "live_objects=\(live) pause_after_drop_ms=\(deadPause * 1000) freed_now=\(heap.statistics.liveObjects)")
