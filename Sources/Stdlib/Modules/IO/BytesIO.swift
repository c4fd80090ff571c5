import ObjectLayout
import ObjectModel

/// `_io.BytesIO`'s bytes: a byte block read and written at `pos`, as CPython's
/// bytesio.c (writes past the end pad with zeros; seeks may go past the end).
enum BytesIO {
    typealias Object = UnsafeMutablePointer<KraitBytesIOObject>

    @inline(__always)
    static func object(_ v: Value) -> Object { v.layout(KraitBytesIOObject.self) }

    static func checked(_ v: Value) throws(PyException) -> Object {
        let b = object(v)
        if b.pointee.closed != 0 { throw IOBase.closedFile() }
        return b
    }

    static func bytes(_ b: Object, _ start: Int, _ count: Int) -> Value {
        Bytes.make(UnsafeRawBufferPointer(start: b.pointee.buf.map { UnsafeRawPointer($0 + start) }, count: count))
    }

    static func reserve(_ b: Object, _ size: Int) {
        if size <= b.pointee.allocated { return }
        let capacity = size + size >> 3 + (size < 9 ? 3 : 6)
        let block = ByteBlocks.allocate(capacity)
        if let old = b.pointee.buf, b.pointee.string_size > 0 { block.update(from: old, count: b.pointee.string_size) }
        b.pointee.buf = block
        b.pointee.allocated = capacity
    }

    static func write(_ b: Object, _ data: UnsafeRawBufferPointer) throws(PyException) {
        if b.pointee.exports > 0 { throw PyException(Krait_exc_BufferError, "Existing exports of data: object cannot be re-sized") }
        let pos = b.pointee.pos, end = pos + data.count
        if data.count == 0 { return }
        let copy = Array(data)
        reserve(b, end)
        if pos > b.pointee.string_size {
            (b.pointee.buf! + b.pointee.string_size).initialize(repeating: 0, count: pos - b.pointee.string_size)
        }
        copy.withUnsafeBytes { UnsafeMutableRawPointer(b.pointee.buf! + pos).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        b.pointee.pos = end
        b.pointee.string_size = Swift.max(b.pointee.string_size, end)
    }

    static func read(_ b: Object, _ size: Int) -> Value {
        let available = Swift.max(b.pointee.string_size - b.pointee.pos, 0)
        let n = size < 0 || size > available ? available : size
        let result = bytes(b, Swift.min(b.pointee.pos, b.pointee.string_size), n)
        b.pointee.pos += n
        return result
    }

    static func readline(_ b: Object, _ limit: Int) -> Value {
        let available = Swift.max(b.pointee.string_size - b.pointee.pos, 0)
        let end = limit < 0 || limit > available ? available : limit
        var n = end
        if let buf = b.pointee.buf {
            let line = UnsafeBufferPointer(start: UnsafeRawPointer(buf + Swift.min(b.pointee.pos, b.pointee.string_size)).assumingMemoryBound(to: UInt8.self), count: end)
            if let i = line.firstIndex(of: 0x0A) { n = i + 1 }
        }
        return read(b, n)
    }

    /// `BytesIO(initial_bytes=b'')`.
    static func initialize(_ v: Value, _ args: Arguments) throws(PyException) {
        if args.count + args.keywordCount > 1 {
            throw PyException.typeError("BytesIO() takes at most 1 argument (\(args.count + args.keywordCount) given)")
        }
        let p = try args.parse("BytesIO", ["initial_bytes"])
        let b = object(v)
        if b.pointee.exports > 0 { throw PyException(Krait_exc_BufferError, "Existing exports of data: object cannot be re-sized") }
        b.pointee.string_size = 0
        b.pointee.pos = 0
        b.pointee.closed = 0
        if let initial = p[0], initial != .none {
            let view = try BytesLike.argument(initial)
            try write(b, view.raw)
            b.pointee.pos = 0
        }
    }
}
