import ObjectLayout
import ObjectModel

/// The bytes of an argument, read in place: valid while the argument is reachable
/// and no Python code runs (a bytearray may move its storage then).
struct BinasciiInput {
    let base: UnsafePointer<UInt8>?
    let count: Int

    init(_ base: UnsafeRawPointer?, _ count: Int) {
        self.base = base?.assumingMemoryBound(to: UInt8.self)
        self.count = count
    }

    @inline(__always)
    subscript(i: Int) -> UInt8 { base.unsafelyUnwrapped[i] }
}

extension BinasciiModule {
    /// `ascii_buffer_converter`: a buffer, or a str of ASCII characters only.
    static func ascii(_ v: Value) throws(PyException) -> BinasciiInput {
        if TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) {
            guard Str.isASCII(v) else {
                throw PyException.valueError("string argument should contain only ASCII characters")
            }
            return BinasciiInput(Str.data(v), Str.length(v))
        }
        // Any failure to export (none at all, a released or non-contiguous view)
        // becomes this one TypeError, as in CPython.
        let region: BufferRegion?
        do throws(PyException) { region = try BufferArguments.region(v) } catch { region = nil }
        guard let region else {
            throw PyException.typeError("argument should be bytes, buffer or ASCII string, not '\(TypeObject.name(v.type))'")
        }
        return BinasciiInput(region.data, region.count)
    }

    /// A `Py_buffer` argument (`y*`).
    static func binary(_ v: Value) throws(PyException) -> BinasciiInput {
        let region = try BufferArguments.readable(v)
        return BinasciiInput(region.data, region.count)
    }

    /// Argument Clinic's `bool(accept={int})`: a C int, true when not zero.
    static func flag(_ v: Value?, default value: Bool) throws(PyException) -> Bool {
        guard let v else { return value }
        return try Protocols.cInt(v) != 0
    }

    /// The `unsigned_int(bitwise=True)` converter: any int, masked to 32 bits.
    static func bitwise(_ v: Value) throws(PyException) -> UInt32 {
        UInt32(truncatingIfNeeded: IntObject.lowWord(try Protocols.indexValue(v)))
    }

    /// A bytes object of `count` bytes that `fill` writes.
    static func bytes(count: Int, _ fill: (UnsafeMutablePointer<UInt8>) throws(PyException) -> Void) throws(PyException) -> Value {
        let result = Bytes.allocate(count: count)
        try fill(Bytes.data(result).assumingMemoryBound(to: UInt8.self))
        return result
    }

    /// A bytes object of at most `capacity` bytes; `fill` returns how many it wrote.
    static func bytes(capacity: Int, _ fill: (UnsafeMutablePointer<UInt8>) throws(PyException) -> Int) throws(PyException) -> Value {
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(capacity, 1))
        defer { scratch.deallocate() }
        let count = try fill(scratch)
        return Bytes.make(UnsafeRawBufferPointer(start: scratch, count: count))
    }
}
