import CZlib
import ObjectLayout
import ObjectModel

/// `zlib.Compress`, made by `compressobj()`.
enum ZlibCompress {
    static func setUp() {
        let t = Krait_zlibCompress_type!
        ModuleTypes.define(t, "zlib.Compress", size: MemoryLayout<ZlibObjects.Layout>.size, doc: nil, base: false,
                           traverse: ZlibObjects.traverse)
        t.pointee.tp_finalize = { o in ZlibObjects.finalize(o) { deflateEnd($0) } }
        var methods = [
            MethodSpec("compress", doc: "compress($self, data, /)\n--\n\nReturns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n\nAfter calling this function, some of the input data may still\nbe stored in internal buffers for later processing.\nCall the flush() method to clear these buffers.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try ZlibCompress.compress(s, try args.parse("compress", ["data"], required: 1, positionalOnly: 1)[0]!)
                }
            },
            MethodSpec("flush", doc: "flush($self, mode=zlib.Z_FINISH, /)\n--\n\nReturn a bytes object containing any remaining compressed data.\n\n  mode\n    One of the constants Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH.\n    If mode == Z_FINISH, the compressor object can no longer be\n    used after calling the flush() method.  Otherwise, more data\n    can still be compressed.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let p = try args.parse("flush", ["mode"], positionalOnly: 1)
                    return try ZlibCompress.flush(s, mode: try ZlibModule.cInt(p[0], Z_FINISH))
                }
            },
        ]
        methods += ZlibObjects.copyMethods("Return a copy of the compression object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try ZlibObjects.noPositional(args, "copy")
                return try ZlibCompress.copy(s)
            }
        }
        t.pointee.tp_methods = TypeSetup.methodTable(methods)
    }

    /// `compressobj(level, method, wbits, memLevel, strategy, zdict)`.
    static func new(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("compressobj", ["level", "method", "wbits", "memLevel", "strategy", "zdict"])
        let level = try ZlibModule.cInt(p[0], Z_DEFAULT_COMPRESSION)
        let method = try ZlibModule.cInt(p[1], Z_DEFLATED)
        let wbits = try ZlibModule.cInt(p[2], MAX_WBITS)
        let memLevel = try ZlibModule.cInt(p[3], ZlibModule.defaultMemLevel)
        let strategy = try ZlibModule.cInt(p[4], Z_DEFAULT_STRATEGY)
        // Clinic's `Py_buffer = None`: None is only how the signature shows "none given".
        let dictionary = try p[5].map { v throws(PyException) in try ZlibInput(v) }
        defer { dictionary?.release() }
        let v = ZlibObjects.make(Krait_zlibCompress_type)
        let s = try ZlibObjects.stream(v)
        let err = krait_deflate_init(s, level, method, wbits, memLevel, strategy)
        switch err {
        case Z_OK:
            ZlibObjects.state(v).pointee.is_initialised = 1
            if let dictionary {
                switch deflateSetDictionary(s, dictionary.base, uInt(dictionary.count)) {
                case Z_OK: break
                case Z_STREAM_ERROR: throw PyException.valueError("Invalid dictionary")
                default: throw PyException.valueError("deflateSetDictionary()")
                }
            }
            return v
        case Z_MEM_ERROR: throw PyException(Krait_exc_MemoryError, "Can't allocate memory for compression object")
        case Z_STREAM_ERROR: throw PyException.valueError("Invalid initialization option")
        default: throw ZlibModule.error(s.pointee, err, "while creating compression object")
        }
    }

    /// `Compress.compress(data)`: what deflate gives out for more input.
    static func compress(_ v: Value, _ data: Value) throws(PyException) -> Value {
        let input = try ZlibInput(data)
        defer { input.release() }
        return try ZlibObjects.locked(v) { s throws(PyException) in
            s.pointee.next_in = input.base
            var remaining = input.count
            var output = ZlibOutput(initial: ZlibModule.firstBlock)
            output.start(&s.pointee)
            repeat {
                ZlibModule.feed(&s.pointee, &remaining)
                repeat {
                    if s.pointee.avail_out == 0 { _ = output.grow(&s.pointee) }
                    let err = ZlibModule.unlocked(s) { deflate($0, Z_NO_FLUSH) }
                    if err == Z_STREAM_ERROR {
                        output.discard()
                        throw ZlibModule.error(s.pointee, err, "while compressing data")
                    }
                } while s.pointee.avail_out == 0
            } while remaining != 0
            return output.finish(s.pointee)
        }
    }

    /// `Compress.flush(mode)`; Z_FINISH also ends the stream.
    static func flush(_ v: Value, mode: Int32) throws(PyException) -> Value {
        if mode == Z_NO_FLUSH { return Bytes.make([]) }
        return try ZlibObjects.locked(v) { s throws(PyException) in
            s.pointee.avail_in = 0
            var output = ZlibOutput(initial: ZlibModule.firstBlock)
            output.start(&s.pointee)
            var err: Int32
            repeat {
                if s.pointee.avail_out == 0 { _ = output.grow(&s.pointee) }
                err = ZlibModule.unlocked(s) { deflate($0, mode) }
                if err == Z_STREAM_ERROR {
                    output.discard()
                    throw ZlibModule.error(s.pointee, err, "while flushing")
                }
            } while s.pointee.avail_out == 0
            if err == Z_STREAM_END && mode == Z_FINISH {
                err = deflateEnd(s)
                if err != Z_OK {
                    output.discard()
                    throw ZlibModule.error(s.pointee, err, "while finishing compression")
                }
                ZlibObjects.state(v).pointee.is_initialised = 0
            } else if err != Z_OK && err != Z_BUF_ERROR {
                output.discard()
                throw ZlibModule.error(s.pointee, err, "while flushing")
            }
            return output.finish(s.pointee)
        }
    }

    static func copy(_ v: Value) throws(PyException) -> Value {
        let copy = ZlibObjects.make(Krait_zlibCompress_type)
        let target = try ZlibObjects.stream(copy)
        return try ZlibObjects.locked(v) { s throws(PyException) in
            let err = deflateCopy(target, s)
            switch err {
            case Z_OK: break
            case Z_STREAM_ERROR: throw PyException.valueError("Inconsistent stream state")
            case Z_MEM_ERROR: throw PyException(Krait_exc_MemoryError, "Can't allocate memory for compression object")
            default: throw ZlibModule.error(s.pointee, err, "while copying compression object")
            }
            ZlibObjects.copyFields(from: v, to: copy)
            return copy
        }
    }
}
