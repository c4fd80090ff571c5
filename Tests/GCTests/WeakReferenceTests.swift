import GC
import ObjectLayout
import XCTest

/// Weak references (CPython's `PyWeakReference` lists): cleared when the referent dies,
/// left alone while it lives, unlinked when they die first; callbacks of cleared
/// references that are alive wait for `runPendingWork` and run in list order.
final class WeakReferenceTests: XCTestCase {
    let heap = Heap.shared

    /// A referent: the test object's two traced slots, then its weak list head.
    static let referentType: UnsafeMutablePointer<PyTypeObject> = {
        let t = UnsafeMutablePointer<PyTypeObject>.allocate(capacity: 1)
        t.initialize(to: TestObjects.type.pointee)
        t.pointee.tp_basicsize += 8
        t.pointee.tp_weaklistoffset = MemoryLayout<PyObject>.size + TestObjects.slots * 8
        return t
    }()

    /// A weak reference: only its callback is traced.
    static let type: UnsafeMutablePointer<PyTypeObject> = {
        let t = UnsafeMutablePointer<PyTypeObject>.allocate(capacity: 1)
        t.initialize(to: PyTypeObject())
        t.pointee.tp_traverse = { object, visit, argument in
            let callback = UnsafeMutableRawPointer(object!).assumingMemoryBound(to: PyWeakReference.self).pointee.wr_callback
            if let callback { return visit!(callback, argument) }
            return 0
        }
        return t
    }()

    /// A referent whose finalizer counts its runs.
    nonisolated(unsafe) static var finalized = 0
    static let finalizableType: UnsafeMutablePointer<PyTypeObject> = {
        let t = UnsafeMutablePointer<PyTypeObject>.allocate(capacity: 1)
        t.initialize(to: referentType.pointee)
        t.pointee.tp_finalize = { _ in WeakReferenceTests.finalized += 1 }
        return t
    }()

    var notified: [UInt] = []

    override func setUp() {
        notified = []
        WeakReferenceTests.finalized = 0
        heap.onWeakReferenceCleared = { [unowned self] reference in
            notified.append(UInt(bitPattern: reference))
        }
    }

    override func tearDown() {
        heap.onWeakReferenceCleared = nil
    }

    func collect() {
        collectWithCleanStack(heap)
    }

    func makeReferent(_ type: UnsafeMutablePointer<PyTypeObject> = referentType) -> UnsafeMutablePointer<PyObject> {
        heap.allocate(size: type.pointee.tp_basicsize, type: type)
    }

    /// A reference to `referent`, at the head of its list, with a callback object or not.
    func makeReference(to referent: UnsafeMutablePointer<PyObject>, callback: Bool = true) -> UnsafeMutablePointer<PyWeakReference> {
        let object = heap.allocate(size: MemoryLayout<PyWeakReference>.size, type: WeakReferenceTests.type)
        let reference = UnsafeMutableRawPointer(object).assumingMemoryBound(to: PyWeakReference.self)
        reference.pointee.wr_object = referent
        if callback { reference.pointee.wr_callback = TestObjects.make(heap) }
        WeakList.insert(reference, after: nil, in: WeakList.head(of: referent))
        heap.registerWeakReference(reference)
        return reference
    }

    func isDead(_ reference: UnsafeMutablePointer<PyWeakReference>) -> Bool { reference.pointee.wr_object == Krait_None }

    func object(_ reference: UnsafeMutablePointer<PyWeakReference>) -> UnsafeMutablePointer<PyObject> {
        UnsafeMutableRawPointer(reference).assumingMemoryBound(to: PyObject.self)
    }

    func testReferenceToALiveObjectStays() {
        let referent = makeReferent()
        let reference = makeReference(to: referent)
        collect()
        XCTAssertEqual(reference.pointee.wr_object, referent)
        XCTAssertEqual(WeakList.head(of: referent).pointee, reference)
        XCTAssertTrue(notified.isEmpty)
        withExtendedLifetime((referent, reference)) {}
    }

    /// References (held by handles) to referents nobody holds, two per referent.
    @inline(never)
    func referencesToDroppedObjects(_ count: Int) -> [Handle] {
        (0..<count).flatMap { _ -> [Handle] in
            let referent = makeReferent()
            return [heap.retain(object(makeReference(to: referent))), heap.retain(object(makeReference(to: referent)))]
        }
    }

    func testReferencesToDeadObjectsAreClearedAndTheirCallbacksWait() {
        let handles = referencesToDroppedObjects(50)
        collect()
        let references = handles.map { UnsafeMutableRawPointer(heap.object(of: $0)).assumingMemoryBound(to: PyWeakReference.self) }
        let cleared = references.filter(isDead)
        // A stray stale stack word may keep a referent or two alive.
        XCTAssertGreaterThan(cleared.count, 90)
        XCTAssertTrue(notified.isEmpty, "callbacks run at a safe point, not inside the collection")
        heap.runPendingWork()
        XCTAssertEqual(Set(cleared.map { UInt(bitPattern: $0) }), Set(notified), "exactly the cleared references are reported")
        // One referent's references are reported in list order: the newest first here.
        for pair in stride(from: 0, to: references.count, by: 2) where isDead(references[pair]) {
            let first = notified.firstIndex(of: UInt(bitPattern: references[pair + 1]))!
            XCTAssertEqual(notified[first + 1], UInt(bitPattern: references[pair]))
        }
        for handle in handles { heap.release(handle) }
    }

    func testReferencesWithoutCallbacksAreNotReported() {
        @inline(never) func dropped() -> [Handle] {
            (0..<20).map { _ in heap.retain(object(makeReference(to: makeReferent(), callback: false))) }
        }
        let handles = dropped()
        collect()
        heap.runPendingWork()
        XCTAssertTrue(notified.isEmpty)
        for handle in handles { heap.release(handle) }
    }

    func testDeadReferencesAreUnlinkedAndNotReported() {
        let referent = makeReferent()
        @inline(never) func dropped() {
            for _ in 0..<20 { _ = makeReference(to: referent) }
        }
        let kept = makeReference(to: referent)
        dropped()
        collect()
        heap.runPendingWork()
        XCTAssertTrue(notified.isEmpty, "a reference that died is not reported")
        var count = 0
        var next = WeakList.head(of: referent).pointee
        while let r = next {
            count += 1
            next = r.pointee.wr_next
        }
        XCTAssertLessThan(count, 4, "dead references leave the list")
        XCTAssertEqual(kept.pointee.wr_object, referent)
        withExtendedLifetime((referent, kept)) {}
    }

    /// A finalizer runs before the references to its object are cleared, as under
    /// CPython's reference counting; the next collection clears them.
    func testReferencesToAFinalizedObjectAreClearedAfterItsFinalizer() {
        @inline(never) func dropped() -> [Handle] {
            (0..<20).map { _ in heap.retain(object(makeReference(to: makeReferent(WeakReferenceTests.finalizableType)))) }
        }
        let handles = dropped()
        let references = handles.map { UnsafeMutableRawPointer(heap.object(of: $0)).assumingMemoryBound(to: PyWeakReference.self) }
        collect()
        XCTAssertEqual(references.filter(isDead).count, 0, "still set while the finalizer waits")
        heap.runPendingWork()
        XCTAssertGreaterThan(WeakReferenceTests.finalized, 15)
        collect()
        heap.runPendingWork()
        XCTAssertGreaterThan(references.filter(isDead).count, 15)
        XCTAssertGreaterThan(notified.count, 15)
        for handle in handles { heap.release(handle) }
    }
}
