import CZlib
import ObjectLayout
import ObjectModel

/// `zlib.Decompress`, made by `decompressobj()`.
enum ZlibDecompress {
    static func setUp() {
        let t = Krait_zlibDecompress_type!
        ModuleTypes.define(t, "zlib.Decompress", size: MemoryLayout<ZlibObjects.Layout>.size, doc: nil, base: false,
                           traverse: ZlibObjects.traverse)
        t.pointee.tp_finalize = { o in ZlibObjects.finalize(o) { inflateEnd($0) } }
        var methods = [
            MethodSpec("decompress", doc: "decompress($self, data, /, max_length=0)\n--\n\nReturn a bytes object containing the decompressed version of the data.\n\n  data\n    The binary data to decompress.\n  max_length\n    The maximum allowable length of the decompressed data.\n    Unconsumed input data will be stored in\n    the unconsumed_tail attribute.\n\nAfter calling this function, some of the input data may still be stored in\ninternal buffers for later processing.\nCall the flush() method to clear these buffers.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let p = try args.parse("decompress", ["data", "max_length"], required: 1, positionalOnly: 1)
                    return try ZlibDecompress.decompress(s, p[0]!, p[1])
                }
            },
            MethodSpec("flush", doc: "flush($self, length=zlib.DEF_BUF_SIZE, /)\n--\n\nReturn a bytes object containing any remaining decompressed data.\n\n  length\n    the initial size of the output buffer.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let p = try args.parse("flush", ["length"], positionalOnly: 1)
                    let length = try p[0].map { v throws(PyException) in try NativeModule.ssize(v) } ?? ZlibModule.defaultBufferSize
                    return try ZlibDecompress.flush(s, length: length)
                }
            },
        ]
        methods += ZlibObjects.copyMethods("Return a copy of the decompression object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try ZlibObjects.noPositional(args, "copy")
                return try ZlibDecompress.copy(s)
            }
        }
        t.pointee.tp_methods = TypeSetup.methodTable(methods)
        typealias L = ZlibObjects.Layout
        t.pointee.tp_members = MemberDescriptors.memberTable([
            (name: "unused_data", type: Int32(T_OBJECT), offset: MemoryLayout<L>.offset(of: \L.unused_data)!, readOnly: true, doc: nil),
            (name: "unconsumed_tail", type: Int32(T_OBJECT), offset: MemoryLayout<L>.offset(of: \L.unconsumed_tail)!, readOnly: true, doc: nil),
            (name: "eof", type: Int32(T_BOOL), offset: MemoryLayout<L>.offset(of: \L.eof)!, readOnly: true, doc: nil),
        ])
    }

    /// `decompressobj(wbits=MAX_WBITS, zdict=b'')`.
    static func new(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("decompressobj", ["wbits", "zdict"])
        let wbits = try ZlibModule.cInt(p[0], MAX_WBITS)
        if let zdict = p[1], zdict.type != Krait_memoryview_type && !BytesLike.hasBuffer(zdict) {
            throw PyException.typeError("zdict argument must support the buffer protocol")
        }
        let v = ZlibObjects.make(Krait_zlibDecompress_type)
        if let zdict = p[1] { ZlibObjects.state(v).pointee.zdict = zdict }
        let s = try ZlibObjects.stream(v)
        let err = krait_inflate_init(s, wbits)
        switch err {
        case Z_OK:
            ZlibObjects.state(v).pointee.is_initialised = 1
            if p[1] != nil && wbits < 0 { try setDictionary(v, s) }
            return v
        case Z_STREAM_ERROR: throw PyException.valueError("Invalid initialization option")
        case Z_MEM_ERROR: throw PyException(Krait_exc_MemoryError, "Can't allocate memory for decompression object")
        default: throw ZlibModule.error(s.pointee, err, "while creating decompression object")
        }
    }

    /// `set_inflate_zdict`.
    static func setDictionary(_ v: Value, _ s: UnsafeMutablePointer<z_stream>) throws(PyException) {
        let region = try BufferArguments.readable(ZlibObjects.state(v).pointee.zdict)
        let err = inflateSetDictionary(s, region.data.assumingMemoryBound(to: Bytef.self), uInt(region.count))
        if err != Z_OK { throw ZlibModule.error(s.pointee, err, "while setting zdict") }
    }

    /// `save_unconsumed_input`: input after the end of the stream goes to
    /// unused_data; input left when the output limit was reached to unconsumed_tail.
    static func saveUnconsumed(_ v: Value, _ s: UnsafeMutablePointer<z_stream>, _ input: ZlibInput, _ err: Int32) {
        let state = ZlibObjects.state(v)
        let end = input.base + input.count
        if err == Z_STREAM_END && s.pointee.avail_in > 0 {
            let old = state.pointee.unused_data
            let left = end - s.pointee.next_in
            let joined = Bytes.allocate(count: Bytes.count(old) + left)
            let data = Bytes.data(joined)
            data.copyMemory(from: Bytes.data(old), byteCount: Bytes.count(old))
            (data + Bytes.count(old)).copyMemory(from: s.pointee.next_in, byteCount: left)
            state.pointee.unused_data = joined
            s.pointee.avail_in = 0
        }
        if s.pointee.avail_in > 0 || Bytes.count(state.pointee.unconsumed_tail) > 0 {
            state.pointee.unconsumed_tail = Bytes.make(UnsafeRawBufferPointer(start: s.pointee.next_in, count: end - s.pointee.next_in))
        }
    }

    /// `Decompress.decompress(data, max_length=0)`.
    static func decompress(_ v: Value, _ data: Value, _ limit: Value?) throws(PyException) -> Value {
        let input = try ZlibInput(data)
        defer { input.release() }
        let maxLength = try limit.map { v throws(PyException) in try NativeModule.ssize(v) } ?? 0
        if maxLength < 0 { throw PyException.valueError("max_length must be non-negative") }
        let hasDictionary = !ZlibObjects.state(v).pointee.zdict.isEmpty
        return try ZlibObjects.locked(v) { s throws(PyException) in
            s.pointee.next_in = input.base
            var remaining = input.count
            var output = ZlibOutput(initial: ZlibModule.firstBlock, limit: maxLength == 0 ? nil : maxLength)
            output.start(&s.pointee)
            var err = Z_OK
            filling: repeat {
                ZlibModule.feed(&s.pointee, &remaining)
                repeat {
                    if s.pointee.avail_out == 0 && !output.grow(&s.pointee) { break filling }
                    err = ZlibModule.unlocked(s) { inflate($0, Z_SYNC_FLUSH) }
                    switch err {
                    case Z_OK, Z_BUF_ERROR, Z_STREAM_END: break
                    case Z_NEED_DICT where hasDictionary:
                        do throws(PyException) { try setDictionary(v, s) } catch {
                            output.discard()
                            throw error
                        }
                    default: break filling
                    }
                } while s.pointee.avail_out == 0 || err == Z_NEED_DICT
            } while err != Z_STREAM_END && remaining != 0
            saveUnconsumed(v, s, input, err)
            if err == Z_STREAM_END {
                // CPython ends the stream only in flush(), as zlib's old users expect.
                ZlibObjects.state(v).pointee.eof = 1
            } else if err != Z_OK && err != Z_BUF_ERROR {
                output.discard()
                throw ZlibModule.error(s.pointee, err, "while decompressing data")
            }
            return output.finish(s.pointee)
        }
    }

    /// `Decompress.flush(length)`: decompresses unconsumed_tail to the end.
    static func flush(_ v: Value, length: Int) throws(PyException) -> Value {
        if length <= 0 { throw PyException.valueError("length must be greater than zero") }
        return try ZlibObjects.locked(v) { s throws(PyException) in
            // The tail is read in place while saveUnconsumed replaces it.
            let tail = ZlibObjects.state(v).pointee.unconsumed_tail
            return try withExtendedLifetime(tail) { () throws(PyException) in try flush(v, s, tail, length: length) }
        }
    }

    static func flush(_ v: Value, _ s: UnsafeMutablePointer<z_stream>, _ tail: Value, length: Int) throws(PyException) -> Value {
        let input = try ZlibInput(tail)
        defer { input.release() }
        s.pointee.next_in = input.base
        var remaining = input.count
        var output = ZlibOutput(initial: length)
        output.start(&s.pointee)
        var err = Z_OK
        filling: repeat {
            ZlibModule.feed(&s.pointee, &remaining)
            let mode = remaining == 0 ? Z_FINISH : Z_NO_FLUSH
            repeat {
                if s.pointee.avail_out == 0 { _ = output.grow(&s.pointee) }
                err = ZlibModule.unlocked(s) { inflate($0, mode) }
                switch err {
                case Z_OK, Z_BUF_ERROR, Z_STREAM_END: break
                default: break filling
                }
            } while s.pointee.avail_out == 0
        } while err != Z_STREAM_END && remaining != 0
        saveUnconsumed(v, s, input, err)
        if err == Z_STREAM_END {
            ZlibObjects.state(v).pointee.eof = 1
            ZlibObjects.state(v).pointee.is_initialised = 0
            err = inflateEnd(s)
            if err != Z_OK {
                output.discard()
                throw ZlibModule.error(s.pointee, err, "while finishing decompression")
            }
        }
        return output.finish(s.pointee)
    }

    static func copy(_ v: Value) throws(PyException) -> Value {
        let copy = ZlibObjects.make(Krait_zlibDecompress_type)
        let target = try ZlibObjects.stream(copy)
        return try ZlibObjects.locked(v) { s throws(PyException) in
            let err = inflateCopy(target, s)
            switch err {
            case Z_OK: break
            case Z_STREAM_ERROR: throw PyException.valueError("Inconsistent stream state")
            case Z_MEM_ERROR: throw PyException(Krait_exc_MemoryError, "Can't allocate memory for decompression object")
            default: throw ZlibModule.error(s.pointee, err, "while copying decompression object")
            }
            ZlibObjects.copyFields(from: v, to: copy)
            return copy
        }
    }
}
