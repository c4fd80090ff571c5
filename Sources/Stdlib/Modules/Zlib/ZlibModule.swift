import CZlib
import ObjectLayout
import ObjectModel

/// `zlib`: CPython 3.11's zlibmodule.c on the system's libz.
enum ZlibModule {
    /// `zlib.error`, made on first import.
    nonisolated(unsafe) static var errorClass: Value = .empty

    static func error(_ message: String) -> PyException { PyException(errorClass.layout(PyTypeObject.self), message) }

    static let doc = "The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n\nadler32(string[, start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- Compress data, with compression level 0-9 or -1.\ncompressobj([level[, ...]]) -- Return a compressor object.\ncrc32(string[, start]) -- Compute a CRC-32 checksum.\ndecompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n'wbits' is window buffer size and container format.\nCompressor objects support compress() and flush() methods; decompressor\nobjects support decompress() and flush()."

    static func create() throws(PyException) -> Value {
        if errorClass.isEmpty {
            errorClass = try NativeModule.exceptionClass("zlib", "error", base: Krait_exc_Exception)
            ZlibCompress.setUp()
            ZlibDecompress.setUp()
            try TypeSetup.ready(Krait_zlibCompress_type)
            try TypeSetup.ready(Krait_zlibDecompress_type)
        }
        let m = try NativeModule.make("zlib", doc: doc, functions: functions)
        try NativeModule.set(m, "error", errorClass)
        for (name, value) in constants { try NativeModule.set(m, name, IntObject.make(Int(value))) }
        try NativeModule.set(m, "ZLIB_VERSION", Str.make(String(cString: krait_zlib_header_version())))
        try NativeModule.set(m, "ZLIB_RUNTIME_VERSION", Str.make(String(cString: zlibVersion())))
        try NativeModule.set(m, "__version__", Str.make("1.0"))
        return m
    }

    static let constants: [(String, Int32)] = [
        ("MAX_WBITS", MAX_WBITS), ("DEFLATED", Z_DEFLATED), ("DEF_MEM_LEVEL", defaultMemLevel),
        ("DEF_BUF_SIZE", Int32(defaultBufferSize)),
        ("Z_NO_COMPRESSION", Z_NO_COMPRESSION), ("Z_BEST_SPEED", Z_BEST_SPEED),
        ("Z_BEST_COMPRESSION", Z_BEST_COMPRESSION), ("Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION),
        ("Z_FILTERED", Z_FILTERED), ("Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY), ("Z_RLE", Z_RLE), ("Z_FIXED", Z_FIXED),
        ("Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY),
        ("Z_NO_FLUSH", Z_NO_FLUSH), ("Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH), ("Z_SYNC_FLUSH", Z_SYNC_FLUSH),
        ("Z_FULL_FLUSH", Z_FULL_FLUSH), ("Z_FINISH", Z_FINISH), ("Z_BLOCK", Z_BLOCK), ("Z_TREES", Z_TREES),
    ]

    static var functions: [MethodSpec] {
        [
            MethodSpec("adler32", doc: "adler32($module, data, value=1, /)\n--\n\nCompute an Adler-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ZlibModule.checksum(args, "adler32", start: 1) { adler32($0, $1, $2) } }
            },
            MethodSpec("compress", doc: "compress($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)\n--\n\nReturns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n  level\n    Compression level, in 0-9 or -1.\n  wbits\n    The window buffer size and container format.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ZlibModule.compress(args) }
            },
            MethodSpec("compressobj", doc: compressobjDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ZlibCompress.new(args) }
            },
            MethodSpec("crc32", doc: "crc32($module, data, value=0, /)\n--\n\nCompute a CRC-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ZlibModule.checksum(args, "crc32", start: 0) { crc32($0, $1, $2) } }
            },
            MethodSpec("decompress", doc: "decompress($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)\n--\n\nReturns a bytes object containing the uncompressed data.\n\n  data\n    Compressed data.\n  wbits\n    The window buffer size and container format.\n  bufsize\n    The initial output buffer size.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ZlibModule.decompress(args) }
            },
            MethodSpec("decompressobj", doc: "decompressobj($module, /, wbits=MAX_WBITS, zdict=b'')\n--\n\nReturn a decompressor object.\n\n  wbits\n    The window buffer size and container format.\n  zdict\n    The predefined compression dictionary.  This must be the same\n    dictionary as used by the compressor that produced the input data.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ZlibDecompress.new(args) }
            },
        ]
    }

    static let compressobjSignature = "compressobj($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED,\n            wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,\n            strategy=Z_DEFAULT_STRATEGY, zdict=None)\n--\n\n"
    static let compressobjBody = "Return a compressor object.\n\n  level\n    The compression level (an integer in the range 0-9 or -1; default is\n    currently equivalent to 6).  Higher compression levels are slower,\n    but produce smaller results.\n  method\n    The compression algorithm.  If given, this must be DEFLATED.\n  wbits\n    +9 to +15: The base-two logarithm of the window size.  Include a zlib\n        container.\n    -9 to -15: Generate a raw stream.\n    +25 to +31: Include a gzip container.\n"
    static let compressobjTail = "  memLevel\n    Controls the amount of memory used for internal compression state.\n    Valid values range from 1 to 9.  Higher values result in higher memory\n    usage, faster compression, and smaller output.\n  strategy\n    Used to tune the compression algorithm.  Possible values are\n    Z_DEFAULT_STRATEGY, Z_FILTERED, and Z_HUFFMAN_ONLY.\n  zdict\n    The predefined compression dictionary - a sequence of bytes\n    containing subsequences that are likely to occur in the input data."
    static var compressobjDoc: String { compressobjSignature + compressobjBody + compressobjTail }
}
