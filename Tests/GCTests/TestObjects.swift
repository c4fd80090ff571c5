import GC
import ObjectLayout

/// A test object: the header, then `slots` object pointers that its type's
/// `tp_traverse` reports, then optional payload bytes.
enum TestObjects {
    static let slots = 2

    /// A type whose instances report their two slots to the collector.
    static let type: UnsafeMutablePointer<PyTypeObject> = {
        let t = UnsafeMutablePointer<PyTypeObject>.allocate(capacity: 1)
        t.initialize(to: PyTypeObject())
        t.pointee.tp_basicsize = MemoryLayout<PyObject>.size + slots * 8
        t.pointee.tp_traverse = { object, visit, argument in
            let fields = UnsafeMutableRawPointer(object!) + MemoryLayout<PyObject>.size
            for i in 0..<TestObjects.slots {
                if let child = fields.load(fromByteOffset: i * 8, as: UnsafeMutablePointer<PyObject>?.self) {
                    let result = visit!(child, argument)
                    if result != 0 { return result }
                }
            }
            return 0
        }
        return t
    }()

    static func make(_ heap: Heap, payload: Int = 0, type: UnsafeMutablePointer<PyTypeObject> = TestObjects.type) -> UnsafeMutablePointer<PyObject> {
        heap.allocate(size: MemoryLayout<PyObject>.size + slots * 8 + payload, type: type)
    }

    static func set(_ object: UnsafeMutablePointer<PyObject>, _ slot: Int, _ child: UnsafeMutablePointer<PyObject>?) {
        (UnsafeMutableRawPointer(object) + MemoryLayout<PyObject>.size + slot * 8)
            .storeBytes(of: child, as: UnsafeMutablePointer<PyObject>?.self)
    }

    static func get(_ object: UnsafeMutablePointer<PyObject>, _ slot: Int) -> UnsafeMutablePointer<PyObject>? {
        (UnsafeMutableRawPointer(object) + MemoryLayout<PyObject>.size + slot * 8)
            .load(as: UnsafeMutablePointer<PyObject>?.self)
    }
}

/// Zeroes the stack below the caller, where the collector's own frames will lie, so
/// stale words left by earlier calls do not keep garbage alive.
@inline(never)
func clearStackBelow() {
    withUnsafeTemporaryAllocation(byteCount: 64 * 1024, alignment: 16) { buffer in
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
    }
}

/// A collection with the stack below the caller cleared first.
func collectWithCleanStack(_ heap: Heap) {
    clearStackBelow()
    heap.collect()
}
