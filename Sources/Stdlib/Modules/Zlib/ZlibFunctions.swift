import CZlib
import ObjectLayout
import ObjectModel

/// zlib's one-shot functions: compress, decompress and the two checksums.
extension ZlibModule {
    /// CPython's DEF_MEM_LEVEL and DEF_BUF_SIZE.
    static let defaultMemLevel: Int32 = 8
    static let defaultBufferSize = 16 * 1024
    /// The first output block of CPython's blocks output buffer.
    static let firstBlock = 32 * 1024

    /// A C int argument (Argument Clinic's `int`) or its default.
    static func cInt(_ v: Value?, _ fallback: Int32) throws(PyException) -> Int32 {
        guard let v else { return fallback }
        return Int32(try Protocols.cInt(v))
    }

    static func stream(_ box: UnsafeMutablePointer<ZlibStream>) -> UnsafeMutablePointer<z_stream> {
        (UnsafeMutableRawPointer(box) + MemoryLayout<ZlibStream>.offset(of: \.stream)!).assumingMemoryBound(to: z_stream.self)
    }

    /// `compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)`.
    static func compress(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("compress", ["data", "level", "wbits"], required: 1, positionalOnly: 1)
        let input = try ZlibInput(p[0]!)
        defer { input.release() }
        let level = try cInt(p[1], Z_DEFAULT_COMPRESSION)
        let wbits = try cInt(p[2], MAX_WBITS)
        let box = ZlibStream.allocate()
        defer { ZlibStream.free(box) }
        let s = stream(box)
        s.pointee.next_in = input.base
        var err = krait_deflate_init(s, level, Z_DEFLATED, wbits, defaultMemLevel, Z_DEFAULT_STRATEGY)
        switch err {
        case Z_OK: break
        case Z_MEM_ERROR: throw PyException(Krait_exc_MemoryError, "Out of memory while compressing data")
        case Z_STREAM_ERROR: throw error("Bad compression level")
        default:
            deflateEnd(s)
            throw error(s.pointee, err, "while compressing data")
        }
        var output = ZlibOutput(initial: firstBlock)
        output.start(&s.pointee)
        var remaining = input.count
        var flush: Int32
        repeat {
            feed(&s.pointee, &remaining)
            flush = remaining == 0 ? Z_FINISH : Z_NO_FLUSH
            repeat {
                if s.pointee.avail_out == 0 { _ = output.grow(&s.pointee) }
                let mode = flush
                err = unlocked(s) { deflate($0, mode) }
                if err == Z_STREAM_ERROR {
                    deflateEnd(s)
                    output.discard()
                    throw error(s.pointee, err, "while compressing data")
                }
            } while s.pointee.avail_out == 0
        } while flush != Z_FINISH
        err = deflateEnd(s)
        if err != Z_OK {
            output.discard()
            throw error(s.pointee, err, "while finishing compression")
        }
        return output.finish(s.pointee)
    }

    /// `decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)`.
    static func decompress(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("decompress", ["data", "wbits", "bufsize"], required: 1, positionalOnly: 1)
        let input = try ZlibInput(p[0]!)
        defer { input.release() }
        let wbits = try cInt(p[1], MAX_WBITS)
        var bufsize = try p[2].map { v throws(PyException) in try NativeModule.ssize(v) } ?? defaultBufferSize
        if bufsize < 0 { throw PyException.valueError("bufsize must be non-negative") }
        if bufsize == 0 { bufsize = 1 }
        let box = ZlibStream.allocate()
        defer { ZlibStream.free(box) }
        let s = stream(box)
        s.pointee.next_in = input.base
        var err = krait_inflate_init(s, wbits)
        switch err {
        case Z_OK: break
        case Z_MEM_ERROR: throw PyException(Krait_exc_MemoryError, "Out of memory while decompressing data")
        default:
            inflateEnd(s)
            throw error(s.pointee, err, "while preparing to decompress data")
        }
        var output = ZlibOutput(initial: bufsize)
        output.start(&s.pointee)
        var remaining = input.count
        repeat {
            feed(&s.pointee, &remaining)
            let flush = remaining == 0 ? Z_FINISH : Z_NO_FLUSH
            repeat {
                if s.pointee.avail_out == 0 { _ = output.grow(&s.pointee) }
                err = unlocked(s) { inflate($0, flush) }
                switch err {
                case Z_OK, Z_BUF_ERROR, Z_STREAM_END: break
                case Z_MEM_ERROR:
                    inflateEnd(s)
                    output.discard()
                    throw PyException(Krait_exc_MemoryError, "Out of memory while decompressing data")
                default:
                    inflateEnd(s)
                    output.discard()
                    throw error(s.pointee, err, "while decompressing data")
                }
            } while s.pointee.avail_out == 0
        } while err != Z_STREAM_END && remaining != 0
        if err != Z_STREAM_END {
            inflateEnd(s)
            output.discard()
            throw error(s.pointee, err, "while decompressing data")
        }
        err = inflateEnd(s)
        if err != Z_OK {
            output.discard()
            throw error(s.pointee, err, "while finishing decompression")
        }
        return output.finish(s.pointee)
    }

    /// `crc32(data, value=0, /)` and `adler32(data, value=1, /)`: zlib's checksums,
    /// without the GIL for inputs over 5 KiB as in CPython.
    static func checksum(_ args: Arguments, _ name: String, start: UInt32,
                         _ update: (uLong, UnsafePointer<Bytef>?, uInt) -> uLong) throws(PyException) -> Value {
        try args.noKeywords("zlib." + name)
        try args.positional(name, min: 1, max: 2)
        let region = try BufferArguments.readable(args[0])
        var value = try args.optional(1).map { v throws(PyException) in try BinasciiModule.bitwise(v) } ?? start
        if region.count <= 5 * 1024 {
            value = UInt32(truncatingIfNeeded: update(uLong(value), region.data.assumingMemoryBound(to: Bytef.self), uInt(region.count)))
        } else {
            let input = try ZlibInput(args[0])
            defer { input.release() }
            let initial = value
            value = GIL.releasing {
                var v = uLong(initial), at = input.base, left = input.count
                while left > 0 {
                    let step = Swift.min(left, Int(UInt32.max))
                    v = update(v, at, uInt(step))
                    at += step
                    left -= step
                }
                return UInt32(truncatingIfNeeded: v)
            }
        }
        return IntObject.make(Int(value))
    }
}
