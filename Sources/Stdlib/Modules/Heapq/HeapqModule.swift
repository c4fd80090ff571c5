import ObjectLayout
import ObjectModel

/// `_heapq`: heap operations on lists, CPython's `_heapqmodule.c` (`HeapSift`).
enum HeapqModule {
    static let doc = "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n"

    static func create() throws(PyException) -> Value {
        try NativeModule.make("_heapq", doc: doc, functions: [
            MethodSpec("heappush", doc: "heappush($module, heap, item, /)\n--\n\nPush item onto heap, maintaining the heap invariant.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try HeapqModule.positional(args, "heappush")
                    let heap = try HeapqModule.list(args[0], "heappush", 1)
                    List.append(heap, args[1])
                    try HeapSift(heap: heap, max: false).down(from: 0, List.count(heap) - 1)
                    return .none
                }
            },
            MethodSpec("heappushpop", doc: "heappushpop($module, heap, item, /)\n--\n\nPush item on the heap, then pop and return the smallest item from the heap.\n\nThe combined action runs more efficiently than heappush() followed by\na separate call to heappop().") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try HeapqModule.positional(args, "heappushpop")
                    let heap = try HeapqModule.list(args[0], "heappushpop", 1), item = args[1]
                    if List.count(heap) == 0 { return item }
                    if !(try BisectModule.lessThan(List.item(heap, 0), item)) { return item }
                    if List.count(heap) == 0 { throw HeapSift.outOfRange() }
                    return try HeapqModule.replaceTop(heap, item, max: false)
                }
            },
            MethodSpec("heappop", doc: "heappop($module, heap, /)\n--\n\nPop the smallest item off the heap, maintaining the heap invariant.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HeapqModule.pop(try args.one("_heapq.heappop"), "heappop", max: false) }
            },
            MethodSpec("heapreplace", doc: "heapreplace($module, heap, item, /)\n--\n\nPop and return the current smallest value, and add the new item.\n\nThis is more efficient than heappop() followed by heappush(), and can be\nmore appropriate when using a fixed-size heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable uses of\nthis routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n        item = heapreplace(heap, item)") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HeapqModule.replace(args, "heapreplace", max: false) }
            },
            MethodSpec("heapify", doc: "heapify($module, heap, /)\n--\n\nTransform list into a heap, in-place, in O(len(heap)) time.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try HeapSift(heap: try HeapqModule.list(args.one("_heapq.heapify"), "heapify"), max: false).heapify()
                    return .none
                }
            },
            MethodSpec("_heappop_max", doc: "_heappop_max($module, heap, /)\n--\n\nMaxheap variant of heappop.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HeapqModule.pop(try args.one("_heapq._heappop_max"), "_heappop_max", max: true) }
            },
            MethodSpec("_heapify_max", doc: "_heapify_max($module, heap, /)\n--\n\nMaxheap variant of heapify.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try HeapSift(heap: try HeapqModule.list(args.one("_heapq._heapify_max"), "_heapify_max"), max: true).heapify()
                    return .none
                }
            },
            MethodSpec("_heapreplace_max", doc: "_heapreplace_max($module, heap, item, /)\n--\n\nMaxheap variant of heapreplace.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HeapqModule.replace(args, "_heapreplace_max", max: true) }
            },
        ])
    }

    /// The heap argument: a list or a subclass of it (argument `position` of
    /// several, or the only one).
    static func list(_ v: Value, _ function: String, _ position: Int? = nil) throws(PyException) -> Value {
        guard v.isObject, TypeObject.isSubtype(v.type, of: Krait_list_type) else {
            let which = position.map { "argument \($0)" } ?? "argument"
            throw PyException.typeError("\(function)() \(which) must be list, not \(TypeObject.fullName(v.type))")
        }
        return v
    }

    /// Argument Clinic's check of two positional arguments; the keyword complaint
    /// names the function with its module, as a builtin's call does.
    static func positional(_ args: Arguments, _ name: String) throws(PyException) {
        try args.noKeywords("_heapq." + name)
        try args.positional(name, min: 2, max: 2)
    }

    /// heappop: the last item takes the top's place and sifts up.
    static func pop(_ v: Value, _ name: String, max: Bool) throws(PyException) -> Value {
        let heap = try list(v, name)
        let n = List.count(heap)
        if n == 0 { throw HeapSift.outOfRange() }
        let last = List.item(heap, n - 1)
        List.removeLast(heap, from: n - 1)
        if n == 1 { return last }
        return try replaceTop(heap, last, max: max)
    }

    static func replace(_ args: Arguments, _ name: String, max: Bool) throws(PyException) -> Value {
        try positional(args, name)
        let heap = try list(args[0], name, 1)
        if List.count(heap) == 0 { throw HeapSift.outOfRange() }
        return try replaceTop(heap, args[1], max: max)
    }

    /// Puts `item` at the top, sifts it up, and returns the old top.
    static func replaceTop(_ heap: Value, _ item: Value, max: Bool) throws(PyException) -> Value {
        let top = List.item(heap, 0)
        List.items(heap)[0] = item
        try HeapSift(heap: heap, max: max).up(0)
        return top
    }
}
