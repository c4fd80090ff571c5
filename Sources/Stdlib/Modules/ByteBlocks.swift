import ObjectLayout
import ObjectModel

/// Raw storage of native module objects (array items, StringIO code points, BytesIO
/// bytes) in collected byte blocks: the owner keeps a pointer to the data, its trace
/// visits the block, and the sweep frees it with the owner (no finalizer needed).
enum ByteBlocks {
    static let header = MemoryLayout<PyVarObject>.size

    /// The data of a new block of `count` bytes, zeroed.
    static func allocate(_ count: Int) -> UnsafeMutablePointer<CChar> {
        let block = Allocation.varObject(Krait_byteBlock_type, size: header + count, count: count)
        return (UnsafeMutableRawPointer(block) + header).assumingMemoryBound(to: CChar.self)
    }

    /// Visits the block holding `data`, if any.
    static func visit(_ data: UnsafeMutablePointer<CChar>?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) {
        if let data { Trace.visit((UnsafeMutableRawPointer(data) - header).assumingMemoryBound(to: PyObject.self), visit, arg) }
    }
}
