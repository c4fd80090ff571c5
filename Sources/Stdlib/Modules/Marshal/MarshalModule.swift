import ObjectLayout
import ObjectModel

/// `marshal`: values to bytes and back in CPython's format (version 4), the format
/// importlib's bytecode cache uses for code objects.
enum MarshalModule {
    static let doc = "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.\n\nNot all Python object types are supported; in general, only objects\nwhose value is independent from a particular invocation of Python can be\nwritten and read by this module. The following types are supported:\nNone, integers, floating point numbers, strings, bytes, bytearrays,\ntuples, lists, sets, dictionaries, and code objects, where it\nshould be understood that tuples, lists and dictionaries are only\nsupported as long as the values contained therein are themselves\nsupported; and recursive lists and dictionaries should not be written\n(they will cause infinite loops).\n\nVariables:\n\nversion -- indicates the format that the module uses. Version 0 is the\n    historical format, version 1 shares interned strings and version 2\n    uses a binary format for floating point numbers.\n    Version 3 shares common object references (New in version 3.4).\n\nFunctions:\n\ndump() -- write value to a file\nload() -- read value from a file\ndumps() -- marshal value as a bytes object\nloads() -- read value from a bytes-like object"

    static func create() throws(PyException) -> Value {
        try NativeModule.make("marshal", doc: doc, functions: [
            MethodSpec("dump", doc: "dump($module, value, file, version=version, /)\n--\n\nWrite the value on the open file.\n\n  value\n    Must be a supported type.\n  file\n    Must be a writeable binary file.\n  version\n    Indicates the data format that dump should use.\n\nIf the value has (or contains an object that has) an unsupported type, a\nValueError exception is raised - but garbage data will also be written\nto the file. The object will not be properly read back by load().") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.noKeywords("marshal.dump")
                    try args.positional("dump", min: 2, max: 3)
                    let bytes = try MarshalWriter.dumps(args[0], version: try MarshalModule.version(args.optional(2)))
                    _ = try Protocols.callMethod(args[1], "write", Bytes.make(bytes))
                    return .none
                }
            },
            MethodSpec("load", doc: "load($module, file, /)\n--\n\nRead one value from the open file and return it.\n\n  file\n    Must be readable binary file.\n\nIf no valid value is read (e.g. because the data has a different Python\nversion's incompatible marshal format), raise EOFError, ValueError or\nTypeError.\n\nNote: If an object containing an unsupported type was marshalled with\ndump(), load() will substitute None for the unmarshallable type.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let file = try Arguments(a, n, k).one("marshal.load")
                    let refs = List.new()
                    var reader = MarshalReader(file: file, refs: refs)
                    return try MarshalModule.top(&reader)
                }
            },
            MethodSpec("dumps", doc: "dumps($module, value, version=version, /)\n--\n\nReturn the bytes object that would be written to a file by dump(value, file).\n\n  value\n    Must be a supported type.\n  version\n    Indicates the data format that dumps should use.\n\nRaise a ValueError exception if value has (or contains an object that has) an\nunsupported type.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.noKeywords("marshal.dumps")
                    try args.positional("dumps", min: 1, max: 2)
                    return Bytes.make(try MarshalWriter.dumps(args[0], version: try MarshalModule.version(args.optional(1))))
                }
            },
            MethodSpec("loads", doc: "loads($module, bytes, /)\n--\n\nConvert the bytes-like object to a value.\n\nIf no valid value is found, raise EOFError, ValueError or TypeError.  Extra\nbytes in the input are ignored.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let source = try Arguments(a, n, k).one("marshal.loads")
                    let data = try MarshalModule.contents(source)
                    let refs = List.new()
                    var reader = MarshalReader(data: data, refs: refs)
                    return try MarshalModule.top(&reader)
                }
            },
        ], constants: [("version", { IntObject.make(MarshalFormat.version) })])
    }

    /// The version argument as a C int.
    static func version(_ v: Value?) throws(PyException) -> Int {
        guard let v else { return MarshalFormat.version }
        let i = try Protocols.index(v, overflow: Krait_exc_OverflowError)
        guard let small = Int32(exactly: i) else {
            throw PyException.overflowError("Python int too large to convert to C int")
        }
        return Int(small)
    }

    /// The bytes of a bytes-like object (a buffer exporter or a memoryview).
    static func contents(_ source: Value) throws(PyException) -> [UInt8] {
        let exporter = source.isObject && source.type == Krait_memoryview_type ? try Protocols.callMethod(source, "tobytes") : source
        guard BufferExporters.export(exporter) != nil else {
            throw PyException.typeError("a bytes-like object is required, not '\(TypeObject.name(source.type))'")
        }
        let (data, count) = BufferExporters.contents(exporter)
        return Array(UnsafeRawBufferPointer(start: data, count: count))
    }

    static func top(_ reader: inout MarshalReader) throws(PyException) -> Value {
        guard let v = try reader.read() else {
            throw PyException.typeError("NULL object in marshal data for object")
        }
        return v
    }
}
