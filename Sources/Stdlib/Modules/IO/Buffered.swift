import ObjectLayout
import ObjectModel

/// BufferedReader, BufferedWriter and BufferedRandom over a raw stream: one buffer
/// that holds either bytes read ahead or bytes not yet written. Before a write the
/// read-ahead is given back (the raw stream seeks back over it); before a read or
/// seek the pending writes are flushed.
enum Buffered {
    typealias Object = UnsafeMutablePointer<KraitBufferedObject>

    @inline(__always)
    static func object(_ v: Value) -> Object { v.layout(KraitBufferedObject.self) }

    /// The object, checked to be initialised and attached.
    static func ready(_ v: Value) throws(PyException) -> Object {
        let b = object(v)
        if b.pointee.ok == 0 {
            if b.pointee.detached != 0 { throw PyException.valueError("raw stream has been detached") }
            throw PyException.valueError("I/O operation on uninitialized object")
        }
        return b
    }

    /// Also checks the raw stream is open, with CPython's "<what> of closed file".
    static func open(_ v: Value, _ what: String) throws(PyException) -> Object {
        let b = try ready(v)
        if try IOBase.isClosed(b.pointee.raw) { throw PyException.valueError("\(what) closed file") }
        return b
    }

    static func unread(_ b: Object) -> Int { Swift.max(b.pointee.read_end - b.pointee.pos, 0) }

    static func data(_ b: Object) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(b.pointee.buffer!) }

    /// `Buffered*(raw, buffer_size=DEFAULT_BUFFER_SIZE)`.
    static func initialize(_ v: Value, _ args: Arguments, _ name: String, readable: Bool, writable: Bool) throws(PyException) {
        let p = try args.parse(name, ["raw", "buffer_size"], required: 1)
        let raw = p[0]!
        let b = object(v)
        b.pointee.ok = 0
        b.pointee.detached = 0
        // `_PyIOBase_check_*`: the raw stream's own readable() and kin, so a raw
        // object that is no IOBase (tarfile's _FileInFile) will do.
        if readable && writable { try IOBase.check(raw, "seekable", "File or stream is not seekable.") }
        if readable { try IOBase.check(raw, "readable", "File or stream is not readable.") }
        if writable { try IOBase.check(raw, "writable", "File or stream is not writable.") }
        let size = try p[1].map { v throws(PyException) in try ModuleTypes.size(v) } ?? IOBaseClasses.defaultBufferSize
        if size <= 0 { throw PyException.valueError("buffer size must be strictly positive") }
        b.pointee.raw = raw
        if raw.isObject && ModuleTypes.staticBase(raw.type) == Krait_fileIO_type {
            FileIO.object(raw).pointee.owner = try Protocols.call(Value(Krait_weakref_type), v)
        }
        b.pointee.buffer = ByteBlocks.allocate(size)
        b.pointee.buffer_size = size
        b.pointee.pos = 0
        b.pointee.read_end = 0
        b.pointee.write_end = 0
        b.pointee.readable = readable ? 1 : 0
        b.pointee.writable = writable ? 1 : 0
        b.pointee.ok = 1
    }

    /// One raw read of up to `size` bytes: nil when it would block, empty at EOF.
    static func rawRead(_ b: Object, _ size: Int) throws(PyException) -> Value? {
        let data = try Protocols.callMethod(b.pointee.raw, "read", IntObject.make(size))
        if data == .none { return nil }
        guard BytesLike.isBytes(data) else { throw PyException.typeError("read() should return bytes") }
        if Bytes.count(data) > size {
            throw IOError.osError("raw readinto() returned invalid length \(Bytes.count(data)) (should have been between 0 and \(size))")
        }
        return data
    }

    /// Refills the empty read buffer with one raw read; false at EOF or when it would block.
    static func fill(_ b: Object) throws(PyException) -> Bool {
        b.pointee.pos = 0
        b.pointee.read_end = 0
        guard let chunk = try rawRead(b, b.pointee.buffer_size), Bytes.count(chunk) > 0 else { return false }
        data(b).copyMemory(from: Bytes.data(chunk), byteCount: Bytes.count(chunk))
        b.pointee.read_end = Bytes.count(chunk)
        return true
    }

    /// Takes up to `n` buffered bytes.
    static func take(_ b: Object, _ n: Int, into out: inout [UInt8]) {
        let count = Swift.min(n, unread(b))
        out.append(contentsOf: UnsafeRawBufferPointer(start: data(b) + b.pointee.pos, count: count))
        b.pointee.pos += count
    }

    static func read(_ b: Object, _ size: Int) throws(PyException) -> Value {
        try flushWrites(b)
        var out: [UInt8] = []
        if size < 0 {
            take(b, Int.max, into: &out)
            while let data = try rawRead(b, Swift.max(b.pointee.buffer_size, IOBaseClasses.defaultBufferSize)) {
                if Bytes.count(data) == 0 { break }
                out.append(contentsOf: ByteView(data).raw)
            }
            return Bytes.make(out)
        }
        take(b, size, into: &out)
        while out.count < size {
            if size - out.count >= b.pointee.buffer_size {
                guard let data = try rawRead(b, size - out.count), Bytes.count(data) > 0 else { break }
                out.append(contentsOf: ByteView(data).raw)
            } else {
                if !(try fill(b)) { break }
                take(b, size - out.count, into: &out)
            }
        }
        return Bytes.make(out)
    }

    /// `read1(size)`: the buffered bytes, or else at most one raw read.
    static func read1(_ b: Object, _ size: Int) throws(PyException) -> Value {
        try flushWrites(b)
        let n = size < 0 ? b.pointee.buffer_size : size
        if n == 0 { return Bytes.make([]) }
        var out: [UInt8] = []
        if unread(b) == 0 {
            if n >= b.pointee.buffer_size { return try rawRead(b, n) ?? Bytes.make([]) }
            _ = try fill(b)
        }
        take(b, n, into: &out)
        return Bytes.make(out)
    }

    static func peek(_ b: Object) throws(PyException) -> Value {
        try flushWrites(b)
        if unread(b) == 0 { _ = try fill(b) }
        return Bytes.make(UnsafeRawBufferPointer(start: data(b) + b.pointee.pos, count: unread(b)))
    }

    static func readline(_ b: Object, _ limit: Int) throws(PyException) -> Value {
        try flushWrites(b)
        var out: [UInt8] = []
        while limit < 0 || out.count < limit {
            if unread(b) == 0 {
                let filled = try fill(b)
                if !filled { break }
            }
            let available = UnsafeRawBufferPointer(start: data(b) + b.pointee.pos, count: unread(b))
            var n = available.count
            if let i = available.firstIndex(of: 0x0A) { n = i + 1 }
            if limit >= 0 { n = Swift.min(n, limit - out.count) }
            take(b, n, into: &out)
            if out.last == 0x0A { break }
        }
        return Bytes.make(out)
    }

    /// Gives the read-ahead back to the raw stream before writing or seeking.
    static func dropReadAhead(_ b: Object) throws(PyException) {
        let ahead = unread(b)
        b.pointee.pos = 0
        b.pointee.read_end = 0
        if ahead > 0 { _ = try Protocols.callMethod(b.pointee.raw, "seek", IntObject.make(-ahead), Value(smallInt: 1)) }
    }

    /// As CPython's `_io__Buffered_write_impl`: bytes that fit are buffered; otherwise
    /// the buffer is flushed, then raw writes take the bytes until at most a buffer's
    /// worth is left, which is buffered.
    static func write(_ b: Object, _ bytes: UnsafeRawBufferPointer) throws(PyException) {
        try dropReadAhead(b)
        var rest = bytes
        if rest.count > b.pointee.buffer_size - b.pointee.write_end {
            try flushWrites(b)
            while rest.count > b.pointee.buffer_size {
                rest = UnsafeRawBufferPointer(rebasing: rest[try rawWriteOnce(b, rest)...])
            }
        }
        if let base = rest.baseAddress, rest.count > 0 { (data(b) + b.pointee.write_end).copyMemory(from: base, byteCount: rest.count) }
        b.pointee.write_end += rest.count
    }

    /// One raw write; how many bytes it took. BlockingIOError when it would block.
    static func rawWriteOnce(_ b: Object, _ bytes: UnsafeRawBufferPointer) throws(PyException) -> Int {
        let chunk = Bytes.make(bytes)
        let n = try Protocols.callMethod(b.pointee.raw, "write", chunk)
        if n == .none {
            throw PyException(Krait_exc_BlockingIOError, arguments: [IntObject.make(11), Str.make("write could not complete without blocking"), IntObject.make(0)])
        }
        let written = try ModuleTypes.size(n)
        if written < 0 || written > bytes.count {
            throw IOError.osError("raw write() returned invalid length \(written) (should have been between 0 and \(bytes.count))")
        }
        return written
    }

    /// Writes all of `bytes` to the raw stream.
    static func rawWrite(_ b: Object, _ bytes: UnsafeRawBufferPointer) throws(PyException) {
        var offset = 0
        while offset < bytes.count { offset += try rawWriteOnce(b, UnsafeRawBufferPointer(rebasing: bytes[offset...])) }
    }

    static func flushWrites(_ b: Object) throws(PyException) {
        guard b.pointee.write_end > 0 else { return }
        // A copy: the raw stream's write may run Python code that writes to this buffer again.
        let pending = Bytes.make(UnsafeRawBufferPointer(start: data(b), count: b.pointee.write_end))
        b.pointee.write_end = 0
        let bytes = ByteView(pending).raw
        var offset = 0
        do throws(PyException) {
            while offset < bytes.count { offset += try rawWriteOnce(b, UnsafeRawBufferPointer(rebasing: bytes[offset...])) }
        } catch {
            // As CPython, what could not be written stays buffered for the next flush
            // (the one at exit reports it again), unless the raw write wrote anew.
            if b.pointee.write_end == 0 {
                let rest = UnsafeRawBufferPointer(rebasing: bytes[offset...])
                data(b).copyMemory(from: rest.baseAddress!, byteCount: rest.count)
                b.pointee.write_end = rest.count
            }
            throw error
        }
    }

    static func tell(_ b: Object) throws(PyException) -> Int {
        let raw = try ModuleTypes.size(try Protocols.callMethod(b.pointee.raw, "tell"))
        if raw < 0 { throw IOError.osError("Raw stream returned invalid position \(raw)") }
        return raw - unread(b) + b.pointee.write_end
    }

    static func seek(_ b: Object, _ target: Value, _ whence: Int) throws(PyException) -> Value {
        guard (0...2).contains(whence) else { throw PyException.valueError("whence value \(whence) unsupported") }
        try flushWrites(b)
        var offset = target
        if whence == 1 { offset = try Protocols.binary(target, IntObject.make(-unread(b)), .add) }
        b.pointee.pos = 0
        b.pointee.read_end = 0
        let result = try Protocols.callMethod(b.pointee.raw, "seek", offset, IntObject.make(whence))
        if try ModuleTypes.size(result) < 0 { throw IOError.osError("Raw stream returned invalid position \(try ModuleTypes.size(result))") }
        return result
    }
}
