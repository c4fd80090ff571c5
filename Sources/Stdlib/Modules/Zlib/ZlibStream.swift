import CZlib
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// A z_stream and the lock that serialises its users (CPython's ENTER_ZLIB), in
/// malloc'd memory: zlib keeps a pointer back to the stream, and works on it while
/// the GIL is released, so it lives outside the collected heap.
struct ZlibStream {
    var stream = z_stream()
    var lock = pthread_mutex_t()

    static func allocate() -> UnsafeMutablePointer<ZlibStream> {
        let box = UnsafeMutablePointer<ZlibStream>.allocate(capacity: 1)
        box.initialize(to: ZlibStream())
        pthread_mutex_init(&box.pointee.lock, nil)
        return box
    }

    static func free(_ box: UnsafeMutablePointer<ZlibStream>) {
        pthread_mutex_destroy(&box.pointee.lock)
        box.deinitialize(count: 1)
        box.deallocate()
    }

    /// Runs `body` holding the stream's lock; waiting for it gives the GIL up, since
    /// its holder may be compressing without the GIL.
    static func locked<R>(_ box: UnsafeMutablePointer<ZlibStream>, _ body: () throws(PyException) -> R) throws(PyException) -> R {
        let lock = UnsafeMutableRawPointer(box).advanced(by: MemoryLayout<ZlibStream>.offset(of: \.lock)!)
            .assumingMemoryBound(to: pthread_mutex_t.self)
        if pthread_mutex_trylock(lock) != 0 {
            _ = GIL.releasing { pthread_mutex_lock(lock) }
        }
        defer { pthread_mutex_unlock(lock) }
        return try body()
    }
}

/// Input bytes for zlib, readable without the GIL: a bytes object's own storage
/// (immutable, and kept alive by the caller), or a private copy of anything else,
/// whose storage another thread could resize meanwhile.
struct ZlibInput {
    let base: UnsafeMutablePointer<UInt8>
    let count: Int
    let owned: Bool

    init(_ v: Value) throws(PyException) {
        let region = try BufferArguments.readable(v)
        count = region.count
        if BytesLike.isBytes(v) {
            base = UnsafeMutableRawPointer(mutating: region.data).assumingMemoryBound(to: UInt8.self)
            owned = false
        } else {
            base = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(count, 1))
            base.update(from: region.data.assumingMemoryBound(to: UInt8.self), count: count)
            owned = true
        }
    }

    /// An empty input (`flush`, or a `decompress` of b'').
    init(empty: ()) {
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        count = 0
        owned = true
    }

    func release() { if owned { base.deallocate() } }
}

/// The growing output of one call, as CPython's blocks output buffer: it grows
/// without bound, or up to `limit` bytes when there is one.
struct ZlibOutput {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    let limit: Int?

    init(initial: Int, limit: Int? = nil) {
        capacity = Swift.max(1, limit.map { Swift.min($0, initial) } ?? initial)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        self.limit = limit
    }

    /// Points the stream at the empty buffer.
    func start(_ s: inout z_stream) {
        s.next_out = base
        s.avail_out = uInt(Swift.min(capacity, Int(UInt32.max)))
    }

    /// How many bytes zlib wrote so far (once started).
    func produced(_ s: z_stream) -> Int { s.next_out - base }

    /// Points the stream at the free space, at most 4 GiB - 1 at a time (zlib's
    /// counts are 32-bit).
    func arrange(_ s: inout z_stream) {
        let used = produced(s)
        s.next_out = base + used
        s.avail_out = uInt(Swift.min(capacity - used, Int(UInt32.max)))
    }

    /// Makes room for more output; false once the limit is reached.
    mutating func grow(_ s: inout z_stream) -> Bool {
        let used = produced(s)
        if used < capacity {
            arrange(&s)
            return true
        }
        if let limit, capacity >= limit { return false }
        var next = capacity < 1 << 24 ? capacity * 2 : capacity + (1 << 24)
        if let limit { next = Swift.min(next, limit) }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: next)
        grown.update(from: base, count: used)
        base.deallocate()
        base = grown
        capacity = next
        s.next_out = base + used
        arrange(&s)
        return true
    }

    /// The output as bytes; the buffer is freed.
    func finish(_ s: z_stream) -> Value {
        defer { base.deallocate() }
        return Bytes.make(UnsafeRawBufferPointer(start: base, count: produced(s)))
    }

    func discard() { base.deallocate() }
}

extension ZlibModule {
    /// `zlib_error`: "Error N while …: message", with zlib's message when it set one.
    static func error(_ s: z_stream, _ code: Int32, _ context: String) -> PyException {
        var message: String?
        if code == Z_VERSION_ERROR {
            message = "library version mismatch"
        } else if let text = s.msg {
            message = String(cString: text)
        } else {
            switch code {
            case Z_BUF_ERROR: message = "incomplete or truncated stream"
            case Z_STREAM_ERROR: message = "inconsistent stream state"
            case Z_DATA_ERROR: message = "invalid input data"
            default: break
            }
        }
        guard let message else { return error("Error \(code) \(context)") }
        return error("Error \(code) \(context): \(String(message.utf8.prefix(200)) ?? message)")
    }

    /// Runs one zlib step without the GIL, as CPython's Py_BEGIN_ALLOW_THREADS does.
    @inline(__always)
    static func unlocked(_ s: UnsafeMutablePointer<z_stream>, _ step: (UnsafeMutablePointer<z_stream>) -> Int32) -> Int32 {
        GIL.releasing { step(s) }
    }

    /// `arrange_input_buffer`: at most 4 GiB - 1 of the remaining input per step.
    static func feed(_ s: inout z_stream, _ remaining: inout Int) {
        let step = Swift.min(remaining, Int(UInt32.max))
        s.avail_in = uInt(step)
        remaining -= step
    }
}
