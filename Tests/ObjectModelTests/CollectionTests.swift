import GC
import ObjectLayout
@testable import ObjectModel
import XCTest

/// The object model's values under the collector: what containers hold survives,
/// what nothing holds is freed.
final class CollectionTests: ObjectModelTestCase {
    /// Builds a dict of 3,000 fresh keys and values (strings, boxed ints, tuples, lists)
    /// and checks every entry after collections, including deletions and resizes.
    func testContainersKeepTheirContents() throws {
        let d = Dict.new()
        for i in 0..<3000 {
            let key = i % 2 == 0 ? Str.make("key-\(i)") : IntObject.make((1 << 62) + i)
            let value = List.make([Str.make("v\(i)"), Tuple.make(IntObject.make(i), Str.make("é\(i)"))])
            try Dict.setItem(d, key, value)
            if i % 7 == 0 { Heap.shared.collect() }
        }
        for i in stride(from: 0, to: 3000, by: 3) {
            let key = i % 2 == 0 ? Str.make("key-\(i)") : IntObject.make((1 << 62) + i)
            XCTAssertTrue(try Dict.deleteItem(d, key))
        }
        Heap.shared.collect()
        XCTAssertEqual(Dict.count(d), 2000)
        for i in 0..<3000 {
            let key = i % 2 == 0 ? Str.make("key-\(i)") : IntObject.make((1 << 62) + i)
            let found = try Dict.getItem(d, key)
            if i % 3 == 0 {
                XCTAssertNil(found)
                continue
            }
            let value = try XCTUnwrap(found)
            XCTAssertEqual(try Protocols.reprText(value), "['v\(i)', (\(i), 'é\(i)')]")
        }
        // Insertion order survives deletions.
        var position = 0, previous = -1
        while let (key, _, next) = Dict.next(d, from: position) {
            let text = try Protocols.strText(key)
            let i = text.hasPrefix("key-") ? Int(text.dropFirst(4))! : Int(text)! - (1 << 62)
            XCTAssertGreaterThan(i, previous)
            previous = i
            position = next
        }
    }

    /// A container that nothing references is freed by the next collection.
    func testUnreachableContainersAreFreed() {
        Heap.shared.collect()
        let before = Heap.shared.statistics.liveObjects
        func garbage() {
            for i in 0..<1000 { _ = List.make([Str.make("garbage \(i)"), Tuple.make(IntObject.make(i))]) }
        }
        garbage()
        collectWithCleanStack()
        XCTAssertLessThanOrEqual(Heap.shared.statistics.liveObjects, before + 50)
    }

    /// The exception pending in the thread state is a root.
    func testPendingExceptionSurvives() throws {
        CBoundary.setPending(PyException(Krait_exc_ValueError, "pending \(42)"))
        Heap.shared.collect()
        let error = CBoundary.takePending()
        XCTAssertEqual(try Protocols.reprText(error.value), "ValueError('pending 42')")
    }
}

/// Collects from a deeper frame after overwriting stack below, so stale words of
/// finished calls do not act as roots.
@inline(never)
func collectWithCleanStack() {
    func scrub(_ depth: Int) -> Int {
        var pad = [UInt8](repeating: 0, count: 64)
        return withUnsafeMutableBytes(of: &pad) { $0.count } + (depth > 0 ? scrub(depth - 1) : 0)
    }
    _ = scrub(64)
    Heap.shared.collect()
}
