#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NativeStack
import ObjectLayout

/// Debugging the "dead object stays alive" problem (`KRAIT_GC_WHY=1`): after an
/// explicit collection, each object that a weak reference still points to is reported
/// on stderr with the root that keeps it alive and the chain of objects from there.
/// Walks the roots in the collector's order and the heap by `tp_traverse`, with its
/// own bookkeeping (the mark bits stay as the collection left them).
extension Heap {
    /// Names the frame-stack slot at an address (set by the interpreter).
    public nonisolated(unsafe) static var describeFrameStackWord: ((UnsafeRawPointer) -> String)?

    public static let reportsRetention = getenv("KRAIT_GC_WHY") != nil

    /// Writes, for each live referent of a weak reference, why it is alive.
    public func reportRetention() {
        // The stack first, before this frame holds any target.
        var slots: [(address: UInt, word: UInt)] = []
        withUnsafeMutablePointer(to: &slots) { list in
            krait_stack_scan_below(nativeStackLimit, { slot, context in
                context!.assumingMemoryBound(to: [(address: UInt, word: UInt)].self).pointee
                    .append((UInt(bitPattern: slot), UInt(slot!.pointee)))
            }, list)
        }
        var targets = Set<UInt>()
        for reference in weakReferences.references {
            if let object = reference.pointee.wr_object, objectContaining(UInt(bitPattern: object)) != nil {
                targets.insert(UInt(bitPattern: object))
            }
        }
        guard !targets.isEmpty else { return }
        var walk = RetentionWalk(heap: self, targets: targets)
        walk.run(stack: slots)
        for target in targets where walk.found[target] == nil && !isType(target) {
            report(target, "alive, reached from no root (a finalizer pending?)")
        }
    }

    /// Types and what modules reach are alive for good reasons; not reported.
    fileprivate func isType(_ object: UInt) -> Bool {
        let type = UnsafeMutablePointer<PyObject>(bitPattern: object)!.pointee.ob_type!
        return type.pointee.tp_flags & UInt(Py_TPFLAGS_TYPE_SUBCLASS) != 0
    }

    fileprivate func report(_ target: UInt, _ why: String) {
        let type = UnsafeMutablePointer<PyObject>(bitPattern: target)!.pointee.ob_type!
        let line = "KRAIT_GC_WHY: \(String(cString: type.pointee.tp_name)) at 0x\(String(target, radix: 16)): \(why)\n"
        fputs(line, stderr)
    }

    fileprivate func describeNativeStackWord(_ address: UInt) -> String {
        let high = krait_stack_high_address()
        var text = "native stack word 0x\(String(address, radix: 16)) (\(high &- address) bytes below the top)"
        var base: UInt = 0, framePointer: UInt = 0
        let returnAddress = krait_stack_function_holding(address, &base, &framePointer)
        if returnAddress != 0 {
            text += " at frame pointer-\(framePointer &- address) in the frame of the function at image+0x\(String(returnAddress &- base, radix: 16))"
        }
        return text
    }
}

/// A breadth-first walk from each root in turn; the first root to reach a target owns it.
private struct RetentionWalk {
    let heap: Heap
    let targets: Set<UInt>
    var parent: [UInt: UInt] = [:]
    var found: [UInt: String] = [:]

    init(heap: Heap, targets: Set<UInt>) {
        self.heap = heap
        self.targets = targets
    }

    mutating func run(stack slots: [(address: UInt, word: UInt)]) {
        for slot in slots {
            walk(from: slot.word) { heap in heap.describeNativeStackWord(slot.address) }
        }
        for case let object? in heap.handles.slots {
            walk(from: UInt(bitPattern: object)) { _ in "a handle" }
        }
        for object in heap.frozen { walk(from: object) { _ in "frozen" } }
        for area in heap.rootAreas {
            for i in 0..<area.count {
                walk(from: area.start[i]) { _ in "root area \(area.start) word \(i)" }
            }
        }
        for stack in heap.rootStacks {
            var word = stack.start
            let end = stack.top.pointee.assumingMemoryBound(to: UInt.self)
            while word < end {
                let slot = word
                walk(from: word.pointee) { _ in
                    Heap.describeFrameStackWord?(UnsafeRawPointer(slot)) ?? "frame stack word \(slot)"
                }
                word += 1
            }
        }
        for object in heap.immortals {
            for child in heap.referents(of: object) {
                walk(from: UInt(bitPattern: child)) { _ in "immortal \(String(cString: object.pointee.ob_type.pointee.tp_name))" }
            }
        }
        heap.forEachLiveObject { raw in
            if raw.assumingMemoryBound(to: PyObject.self).pointee.ob_refcnt > 0 {
                walk(from: UInt(bitPattern: raw)) { _ in "ob_refcnt > 0" }
            }
        }
    }

    mutating func walk(from word: UInt, root: (Heap) -> String) {
        guard let start = heap.objectContaining(word).map({ UInt(bitPattern: $0) }), parent[start] == nil else { return }
        parent[start] = start
        var queue = [start], next = 0
        var reached: [UInt] = []
        while next < queue.count {
            let object = queue[next]
            next += 1
            if targets.contains(object) && found[object] == nil { reached.append(object) }
            for child in heap.referents(of: UnsafeMutablePointer<PyObject>(bitPattern: object)!) {
                guard let cell = heap.objectContaining(UInt(bitPattern: child)).map({ UInt(bitPattern: $0) }),
                      parent[cell] == nil else { continue }
                parent[cell] = object
                queue.append(cell)
            }
        }
        guard !reached.isEmpty else { return }
        let rootText = root(heap)
        for target in reached {
            var chain: [String] = []
            var object = target
            while parent[object] != object {
                object = parent[object]!
                chain.append(String(cString: UnsafeMutablePointer<PyObject>(bitPattern: object)!.pointee.ob_type.pointee.tp_name))
            }
            found[target] = rootText
            if heap.isType(target) || chain.contains("module") { continue }
            let via = chain.isEmpty ? "directly" : "via " + chain.joined(separator: " <- ")
            heap.report(target, "kept by \(rootText) (word 0x\(String(word, radix: 16))) \(via)")
        }
    }
}
