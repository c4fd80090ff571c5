import GC
import ObjectLayout
import XCTest

/// Weak references: cleared when the referent dies, left alone while it lives, and the
/// object model told about each cleared reference that is itself alive.
final class WeakReferenceTests: XCTestCase {
    let heap = Heap.shared
    static let referentOffset = MemoryLayout<PyObject>.size

    /// A weak reference: header, then the referent, which its type does not trace.
    static let type: UnsafeMutablePointer<PyTypeObject> = {
        let t = UnsafeMutablePointer<PyTypeObject>.allocate(capacity: 1)
        t.initialize(to: PyTypeObject())
        t.pointee.tp_traverse = { _, _, _ in 0 }
        return t
    }()

    var cleared: [UInt] = []

    override func setUp() {
        cleared = []
        heap.onWeakReferenceCleared = { [unowned self] reference in
            cleared.append(UInt(bitPattern: reference))
        }
    }

    override func tearDown() {
        heap.onWeakReferenceCleared = nil
    }


    func collect() {
        collectWithCleanStack(heap)
    }

    func makeReference(to referent: UnsafeMutablePointer<PyObject>) -> UnsafeMutablePointer<PyObject> {
        let reference = heap.allocate(size: WeakReferenceTests.referentOffset + 8, type: WeakReferenceTests.type)
        (UnsafeMutableRawPointer(reference) + WeakReferenceTests.referentOffset)
            .storeBytes(of: referent, as: UnsafeMutablePointer<PyObject>?.self)
        heap.registerWeakReference(reference, referentOffset: WeakReferenceTests.referentOffset)
        return reference
    }

    func referent(of reference: UnsafeMutablePointer<PyObject>) -> UnsafeMutablePointer<PyObject>? {
        (UnsafeMutableRawPointer(reference) + WeakReferenceTests.referentOffset)
            .load(as: UnsafeMutablePointer<PyObject>?.self)
    }

    /// References (held by handles) to objects nobody holds.
    @inline(never)
    func referencesToDroppedObjects(_ count: Int) -> [Handle] {
        (0..<count).map { _ in heap.retain(makeReference(to: TestObjects.make(heap))) }
    }

    func testReferenceToALiveObjectStays() {
        let object = TestObjects.make(heap)
        let reference = makeReference(to: object)
        collect()
        XCTAssertEqual(referent(of: reference), object)
        XCTAssertFalse(cleared.contains(UInt(bitPattern: reference)))
        withExtendedLifetime(object) {}
    }

    func testReferencesToDeadObjectsAreClearedAndReported() {
        let handles = referencesToDroppedObjects(100)
        collect()
        let references = handles.map { heap.object(of: $0) }
        let clearedNow = references.filter { referent(of: $0) == nil }
        // A stray stale stack word may keep a referent or two alive.
        XCTAssertGreaterThan(clearedNow.count, 95)
        XCTAssertEqual(Set(clearedNow.map { UInt(bitPattern: $0) }), Set(cleared),
                       "exactly the cleared references are reported")
        for handle in handles { heap.release(handle) }
    }

    func testDeadReferencesAreNotReported() {
        @inline(never) func dropped() {
            for _ in 0..<50 { _ = makeReference(to: TestObjects.make(heap)) }
        }
        dropped()
        collect()
        XCTAssertLessThan(cleared.count, 5, "a reference that died with its referent is not reported")
    }
}
