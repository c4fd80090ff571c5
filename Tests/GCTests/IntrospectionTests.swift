import GC
import ObjectLayout
import XCTest

/// The heap-level services behind the `gc` module.
final class IntrospectionTests: XCTestCase {
    let heap = Heap.shared

    func testReferentsAndReferrers() {
        let parent = TestObjects.make(heap)
        let child = TestObjects.make(heap)
        TestObjects.set(parent, 0, child)
        XCTAssertEqual(heap.referents(of: parent), [child])
        XCTAssertEqual(heap.referents(of: child), [])
        XCTAssertEqual(heap.referrers(of: child), [parent])
        withExtendedLifetime(parent) {}
    }

    func testDisabledCollectionOnlyRunsWhenAsked() {
        heap.isAutomaticCollectionEnabled = false
        defer { heap.isAutomaticCollectionEnabled = true }
        let before = heap.statistics.collections
        // Enough to pass the collection threshold; under KRAIT_GC_STRESS a few suffice.
        for _ in 0..<(heap.stressInterval == 0 ? 300_000 : 1000) { _ = TestObjects.make(heap) }
        if heap.stressInterval == 0 {
            XCTAssertEqual(heap.statistics.collections, before, "no automatic collection")
        }
        heap.collect()
        XCTAssertGreaterThan(heap.statistics.collections, before)
    }

    func testFrozenObjectsSurvive() {
        @inline(never) func frozenObject() -> UInt {
            let object = TestObjects.make(heap)
            heap.freeze()
            return UInt(bitPattern: object) ^ 0xFFFF
        }
        let scrambled = frozenObject()
        XCTAssertGreaterThan(heap.frozenCount, 0)
        heap.collect()
        heap.collect()
        XCTAssertTrue(heap.isLive(UnsafeRawPointer(bitPattern: scrambled ^ 0xFFFF)!))
        heap.unfreeze()
        XCTAssertEqual(heap.frozenCount, 0)
    }
}
