import GC
import ObjectLayout
import XCTest

/// PEP 442 at the collector's level: `tp_finalize` runs once per object, the object and
/// what it reaches survive until the finalizer has run, and resurrection is safe.
final class FinalizationTests: XCTestCase {
    let heap = Heap.shared

    /// How many times the finalizer ran, and where it may put its object back.
    nonisolated(unsafe) static var finalized = 0
    nonisolated(unsafe) static var finalizedTwice = 0
    nonisolated(unsafe) static var deadChildren = 0
    nonisolated(unsafe) static var resurrect = false
    nonisolated(unsafe) static var resurrected: Handle?

    static let type: UnsafeMutablePointer<PyTypeObject> = {
        let t = UnsafeMutablePointer<PyTypeObject>.allocate(capacity: 1)
        t.initialize(to: TestObjects.type.pointee)
        t.pointee.tp_finalize = { object in
            FinalizationTests.finalized += 1
            // Slot 1 counts this object's finalizations (an odd word: not a pointer).
            let count = UInt(bitPattern: TestObjects.get(object!, 1)) >> 1
            if count > 0 { FinalizationTests.finalizedTwice += 1 }
            TestObjects.set(object!, 1, UnsafeMutablePointer(bitPattern: (count + 1) << 1 | 1))
            if let child = TestObjects.get(object!, 0), !Heap.shared.isLive(child) {
                FinalizationTests.deadChildren += 1
            }
            if FinalizationTests.resurrect, let object {
                FinalizationTests.resurrected = Heap.shared.retain(object)
            }
        }
        return t
    }()

    override func setUp() {
        FinalizationTests.finalized = 0
        FinalizationTests.finalizedTwice = 0
        FinalizationTests.deadChildren = 0
        FinalizationTests.resurrect = false
        FinalizationTests.resurrected = nil
    }


    /// A collection, then the finalizers it left waiting.
    func collect() {
        collectWithCleanStack(heap)
        heap.runPendingWork()
    }

    /// Finalizable objects each holding a plain child, dropped: their addresses come back
    /// scrambled so the stack scan does not see them.
    @inline(never)
    func droppedPairs(_ count: Int) -> [(UInt, UInt)] {
        (0..<count).map { _ in
            let object = heap.allocate(size: MemoryLayout<PyObject>.size + 16, type: FinalizationTests.type)
            let child = TestObjects.make(heap)
            TestObjects.set(object, 0, child)
            return (UInt(bitPattern: object) ^ 0xFFFF, UInt(bitPattern: child) ^ 0xFFFF)
        }
    }

    func live(_ scrambled: UInt) -> Bool {
        heap.isLive(UnsafeRawPointer(bitPattern: scrambled ^ 0xFFFF)!)
    }

    // A conservative scan may keep a stray object reachable through a stale stack word,
    // so these tests drop many objects and allow a few such strays.

    func testFinalizerRunsOnceAndTheObjectDiesAfterIt() {
        let stress = heap.stressInterval > 0
        let pairs = droppedPairs(100)
        collect()
        if !stress {
            // Under KRAIT_GC_STRESS collections ran during the loop already.
            XCTAssertTrue(pairs.allSatisfy { live($0.0) && live($0.1) },
                          "finalizable objects and what they reach survive until finalized")
        }
        collect()
        collect()
        XCTAssertGreaterThan(FinalizationTests.finalized, 95)
        XCTAssertEqual(FinalizationTests.finalizedTwice, 0, "never finalized twice")
        XCTAssertEqual(FinalizationTests.deadChildren, 0, "what a finalizer reaches is alive")
        XCTAssertLessThan(pairs.filter { live($0.0) }.count, 5)
    }

    func testFinalizersWaitForASafePoint() {
        let pairs = droppedPairs(20)
        collectWithCleanStack(heap)
        if heap.stressInterval == 0 {
            XCTAssertEqual(FinalizationTests.finalized, 0, "no finalizer runs inside a collection")
            XCTAssertTrue(heap.hasPendingWork)
        }
        heap.runPendingWork()
        XCTAssertGreaterThan(FinalizationTests.finalized, 15)
        XCTAssertFalse(heap.hasPendingWork)
        withExtendedLifetime(pairs) {}
    }

    func testResurrectedObjectLivesAndIsNotFinalizedAgain() {
        FinalizationTests.resurrect = true
        let pairs = droppedPairs(1)
        collect()
        collect()
        XCTAssertEqual(FinalizationTests.finalized, 1)
        XCTAssertTrue(live(pairs[0].0))
        XCTAssertTrue(live(pairs[0].1))
        FinalizationTests.resurrect = false
        heap.release(FinalizationTests.resurrected!)
        collect()
        XCTAssertEqual(FinalizationTests.finalized, 1, "a resurrected object is not finalized again")
    }
}
