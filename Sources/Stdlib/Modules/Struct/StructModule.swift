import ObjectLayout
import ObjectModel

/// `_struct` (which struct.py re-exports): CPython's `_struct.c`. The module-level
/// functions compile their format through a cache of Struct objects, cleared when
/// it holds 100, as CPython's.
enum StructModule {
    nonisolated(unsafe) static var typesReady = false
    /// `struct.error`, and the cache from format objects to Structs.
    nonisolated(unsafe) static var errorClass: Value = .empty
    nonisolated(unsafe) static var cache: Value = .empty
    static let maximumCached = 100

    static let doc = "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n"

    static func error(_ message: String) -> PyException { PyException(errorClass.layout(PyTypeObject.self), message) }

    static func setUp() throws(PyException) {
        if typesReady { return }
        typesReady = true
        StructType.setUp()
        UnpackIterator.setUp()
        try TypeSetup.ready(Krait_structType_type)
        try TypeSetup.ready(Krait_unpackIterator_type)
        errorClass = try NativeModule.exceptionClass("struct", "error", base: Krait_exc_Exception)
        cache = Dict.new()
        Allocation.makeImmortal(cache.object)
    }

    static func create() throws(PyException) -> Value {
        try setUp()
        let m = try NativeModule.make("_struct", doc: doc, functions: [
            MethodSpec("_clearcache", doc: "_clearcache($module, /)\n--\n\nClear the internal cache.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("_struct._clearcache")
                    Dict.clear(StructModule.cache)
                    return .none
                }
            },
            MethodSpec("calcsize", doc: "calcsize($module, format, /)\n--\n\nReturn size in bytes of the struct described by the format string.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    IntObject.make(StructType.size(try StructModule.compiled(args.one("_struct.calcsize"))))
                }
            },
            MethodSpec("iter_unpack", doc: "iter_unpack($module, format, buffer, /)\n--\n\nReturn an iterator yielding tuples unpacked from the given bytes.\n\nThe bytes are unpacked according to the format string, like\na repeated invocation of unpack_from().\n\nRequires that the bytes length be a multiple of the format struct size.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try StructModule.positional(args, "iter_unpack")
                    return try StructType.iterUnpack(try StructModule.compiled(args[0]), args[1])
                }
            },
            MethodSpec("pack", doc: "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string.  See help(struct) for more on format strings.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.noKeywords("_struct.pack")
                    if args.count == 0 { throw PyException.typeError("missing format argument") }
                    return try StructType.pack(try StructModule.compiled(args[0]), args.base.map { $0 + 1 }, args.count - 1)
                }
            },
            MethodSpec("pack_into", doc: "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.noKeywords("_struct.pack_into")
                    if args.count == 0 { throw PyException.typeError("missing format argument") }
                    return try StructType.packInto(try StructModule.compiled(args[0]), args, from: 1)
                }
            },
            MethodSpec("unpack", doc: "unpack($module, format, buffer, /)\n--\n\nReturn a tuple containing values unpacked according to the format string.\n\nThe buffer's size in bytes must be calcsize(format).\n\nSee help(struct) for more on format strings.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try StructModule.positional(args, "unpack")
                    return try StructType.unpackAll(try StructModule.compiled(args[0]), args[1])
                }
            },
            MethodSpec("unpack_from", doc: "unpack_from($module, format, /, buffer, offset=0)\n--\n\nReturn a tuple containing values unpacked according to the format string.\n\nThe buffer's size, minus offset, must be at least calcsize(format).\n\nSee help(struct) for more on format strings.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    let p = try args.parse("unpack_from", ["format", "buffer", "offset"], required: 2, positionalOnly: 1)
                    return try StructType.unpackFrom(try StructModule.compiled(p[0]!), p[1]!, p[2])
                }
            },
        ])
        try NativeModule.set(m, "error", errorClass)
        return try ModuleTypes.add(m, [("Struct", Krait_structType_type)])
    }

    /// Two positional arguments, checked as Argument Clinic does.
    static func positional(_ args: Arguments, _ name: String) throws(PyException) {
        try args.noKeywords("_struct." + name)
        try args.positional(name, min: 2, max: 2)
    }

    /// The Struct for a format argument, from the cache or compiled into it.
    static func compiled(_ format: Value) throws(PyException) -> Value {
        if let s = try Dict.getItem(cache, format) { return s }
        let s = try Protocols.call(Value(Krait_structType_type), format)
        if Dict.count(cache) >= maximumCached { Dict.clear(cache) }
        try Dict.setItem(cache, format, s)
        return s
    }
}
