import GC
import ObjectLayout
import XCTest

/// The collector's contract (DESIGN.md section 3): conservative stack roots (interior
/// pointers included), handles, reference counts from C code, tracing through
/// `tp_traverse`, cycles, and large objects.
final class CollectorTests: XCTestCase {
    let heap = Heap.shared

    static var serial = 0

    /// Addresses of objects made in a frame that has returned: nothing on the stack
    /// should still point at them (the bit pattern is kept, not a pointer). Each object
    /// carries a unique tag in slot 1 (an odd word, never taken for a pointer), so a
    /// reused cell is not mistaken for the object that died there.
    @inline(never)
    func garbage(_ count: Int, payload: Int = 0) -> [Tracked] {
        var addresses: [Tracked] = []
        for _ in 0..<count {
            addresses.append(scrambled(TestObjects.make(heap, payload: payload)))
        }
        return addresses
    }

    /// An object's address in a form the stack scan ignores, and its tag.
    struct Tracked {
        var scrambled: UInt
        var tag: UInt
    }

    /// Tags `object` and returns how to find it again.
    func scrambled(_ object: UnsafeMutablePointer<PyObject>) -> Tracked {
        CollectorTests.serial += 1
        let tag = UInt(CollectorTests.serial) << 1 | 1
        TestObjects.set(object, 1, UnsafeMutablePointer(bitPattern: tag))
        return Tracked(scrambled: UInt(bitPattern: object) ^ 0xFFFF, tag: tag)
    }


    func collect() {
        collectWithCleanStack(heap)
    }

    @inline(never)
    func setRefcount(_ tracked: Tracked, _ count: Int) {
        UnsafeMutablePointer<PyObject>(bitPattern: tracked.scrambled ^ 0xFFFF)!.pointee.ob_refcnt = count
    }

    func alive(_ tracked: [Tracked]) -> Int {
        tracked.filter { t in
            let object = UnsafeMutablePointer<PyObject>(bitPattern: t.scrambled ^ 0xFFFF)!
            return heap.isLive(object) && UInt(bitPattern: TestObjects.get(object, 1)) == t.tag
        }.count
    }

    func testAllocationIsZeroedWithItsType() {
        let object = heap.allocate(size: 40, type: TestObjects.type)
        XCTAssertEqual(object.pointee.ob_refcnt, 0)
        XCTAssertEqual(object.pointee.ob_type, TestObjects.type)
        XCTAssertEqual(UInt(bitPattern: object) % 16, 0, "cells are 16-byte aligned")
        let bytes = UnsafeRawPointer(object) + MemoryLayout<PyObject>.size
        XCTAssertTrue((0..<24).allSatisfy { bytes.load(fromByteOffset: $0, as: UInt8.self) == 0 })
        XCTAssertTrue(heap.isLive(object))
    }

    func testUnreachableObjectsAreFreed() {
        let dropped = garbage(1000)
        collect()
        // Conservative scanning may keep a stray few; a dropped collection must go.
        XCTAssertLessThan(alive(dropped), 5)
    }

    func testObjectHeldOnlyByALocalSurvives() {
        let kept = TestObjects.make(heap)
        TestObjects.set(kept, 0, TestObjects.make(heap))
        collect()
        XCTAssertTrue(heap.isLive(kept))
        XCTAssertTrue(heap.isLive(TestObjects.get(kept, 0)!), "children are traced")
        withExtendedLifetime(kept) {}
    }

    /// Only an interior pointer, made where the optimizer cannot see through, stays in
    /// use across the collection.
    func testInteriorPointerKeepsTheObject() {
        @inline(never) func interiorOfNewObject() -> (UnsafeMutableRawPointer, Tracked) {
            let object = TestObjects.make(heap, payload: 64)
            return (UnsafeMutableRawPointer(object) + 40, scrambled(object))
        }
        let (interior, tracked) = interiorOfNewObject()
        collect()
        XCTAssertEqual(alive([tracked]), 1)
        XCTAssertEqual(interior.load(as: UInt8.self), 0, "the payload is still the object's")
    }

    func testCyclesAreCollected() {
        @inline(never) func cycle() -> [Tracked] {
            let a = TestObjects.make(heap), b = TestObjects.make(heap)
            TestObjects.set(a, 0, b)
            TestObjects.set(b, 0, a)
            return [scrambled(a), scrambled(b)]
        }
        var dropped: [Tracked] = []
        for _ in 0..<200 { dropped += cycle() }
        collect()
        XCTAssertLessThan(alive(dropped), 5)
    }

    func testHandlesAndReferenceCountsAreRoots() {
        @inline(never) func rooted() -> (Handle, Tracked, Tracked) {
            let viaHandle = TestObjects.make(heap)
            let viaRefcount = TestObjects.make(heap)
            viaRefcount.pointee.ob_refcnt = 1
            return (heap.retain(viaHandle), scrambled(viaHandle), scrambled(viaRefcount))
        }
        let (handle, viaHandle, viaRefcount) = rooted()
        collect()
        XCTAssertEqual(alive([viaHandle, viaRefcount]), 2)
        heap.release(handle)
        setRefcount(viaRefcount, 0)
        collect()
        XCTAssertEqual(alive([viaHandle, viaRefcount]), 0)
    }

    func testLargeObjectsLiveAndDie() {
        let big = TestObjects.make(heap, payload: 100_000)
        let dropped = garbage(20, payload: 50_000)
        collect()
        XCTAssertTrue(heap.isLive(big))
        // A large object spans many addresses, so a stale stack word (say, to a freed
        // buffer whose memory it now occupies) keeps one alive more easily.
        XCTAssertLessThan(alive(dropped), 5)
        withExtendedLifetime(big) {}
    }

    func testFreedCellsAreReused() {
        _ = garbage(5000)
        collect()
        let before = heap.statistics.liveObjects
        _ = garbage(5000)
        collect()
        XCTAssertLessThan(heap.statistics.liveObjects, before + 100)
    }
}
