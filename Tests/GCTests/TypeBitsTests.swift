import GC
import ObjectLayout
import XCTest

/// The container and finalizer bitmaps (`TypeBits`): a collection finds the dead
/// objects to finalize and to count without reading their types, yet finalizes and
/// counts exactly what reading every type would.
final class TypeBitsTests: XCTestCase {
    let heap = Heap.shared

    nonisolated(unsafe) static var finalized = 0

    /// A fresh type tracing like `TestObjects.type`; `finalizes` gives it a finalizer
    /// that counts its runs.
    static func makeType(finalizes: Bool = false, container: Bool = false) -> UnsafeMutablePointer<PyTypeObject> {
        let t = UnsafeMutablePointer<PyTypeObject>.allocate(capacity: 1)
        t.initialize(to: TestObjects.type.pointee)
        if finalizes { t.pointee.tp_finalize = countingFinalizer }
        if container { t.pointee.tp_flags |= UInt(Py_TPFLAGS_HAVE_GC) }
        return t
    }

    static let countingFinalizer: destructor = { _ in TypeBitsTests.finalized += 1 }

    override func setUp() {
        TypeBitsTests.finalized = 0
    }

    func collect() {
        collectWithCleanStack(heap)
        heap.runPendingWork()
    }

    /// Objects of `type`, held by handles until `drop` (so collections that stress mode
    /// starts meanwhile keep them); their addresses come back scrambled so the stack
    /// scan does not see them.
    @inline(never)
    func held(_ count: Int, of type: UnsafeMutablePointer<PyTypeObject>) -> (objects: [UInt], handles: [Handle]) {
        var objects: [UInt] = [], handles: [Handle] = []
        for _ in 0..<count {
            let object = TestObjects.make(heap, type: type)
            handles.append(heap.retain(object))
            objects.append(UInt(bitPattern: object) ^ 0xFFFF)
        }
        return (objects, handles)
    }

    func drop(_ handles: [Handle]) {
        for handle in handles { heap.release(handle) }
    }

    func object(_ scrambled: UInt) -> UnsafeMutablePointer<PyObject> {
        UnsafeMutablePointer(bitPattern: scrambled ^ 0xFFFF)!
    }

    func live(_ scrambled: UInt) -> Bool {
        heap.isLive(UnsafeRawPointer(bitPattern: scrambled ^ 0xFFFF)!)
    }

    // A stray stack word may keep an object or two alive; the counts allow for that.

    func testTypeGainingAFinalizerFinalizesEarlierInstancesOnce() {
        let type = TypeBitsTests.makeType()
        let (objects, handles) = held(100, of: type)
        // As `C.__del__ = f` does once `C` has instances.
        type.pointee.tp_finalize = TypeBitsTests.countingFinalizer
        heap.finalizerAdded()
        drop(handles)
        collect()
        collect()
        collect()
        XCTAssertGreaterThan(TypeBitsTests.finalized, 95)
        XCTAssertLessThanOrEqual(TypeBitsTests.finalized, 100, "never finalized twice")
        XCTAssertLessThan(objects.filter(live).count, 5)
    }

    func testObjectGivenATypeWithAFinalizerIsFinalizedOnce() {
        let finalizing = TypeBitsTests.makeType(finalizes: true)
        let (objects, handles) = held(100, of: TypeBitsTests.makeType())
        // As `obj.__class__ = ClassWithDel` does.
        for scrambled in objects {
            object(scrambled).pointee.ob_type = finalizing
            heap.typeChanged(of: object(scrambled))
        }
        drop(handles)
        collect()
        collect()
        collect()
        XCTAssertGreaterThan(TypeBitsTests.finalized, 95)
        XCTAssertLessThanOrEqual(TypeBitsTests.finalized, 100, "never finalized twice")
        XCTAssertLessThan(objects.filter(live).count, 5)
    }

    func testTypeLosingItsFinalizerFreesWithoutFinalizing() {
        let type = TypeBitsTests.makeType(finalizes: true)
        let (objects, handles) = held(100, of: type)
        // As `del C.__del__` does.
        type.pointee.tp_finalize = nil
        drop(handles)
        collect()
        XCTAssertEqual(TypeBitsTests.finalized, 0)
        XCTAssertLessThan(objects.filter(live).count, 5, "freed by the first collection")
    }

    func testOnlyContainersCountAsUnreachable() {
        let (containers, containerHandles) = held(60, of: TypeBitsTests.makeType(container: true))
        let (_, atomHandles) = held(40, of: TypeBitsTests.makeType())
        collect()
        drop(containerHandles + atomHandles)
        collectWithCleanStack(heap)
        XCTAssertEqual(heap.statistics.lastUnreachable, 60 - containers.filter(live).count)
    }

    func testObjectGivenAContainerTypeCounts() {
        let container = TypeBitsTests.makeType(container: true)
        let (objects, handles) = held(50, of: TypeBitsTests.makeType())
        for scrambled in objects {
            object(scrambled).pointee.ob_type = container
            heap.typeChanged(of: object(scrambled))
        }
        collect()
        drop(handles)
        collectWithCleanStack(heap)
        XCTAssertEqual(heap.statistics.lastUnreachable, 50 - objects.filter(live).count)
    }
}
