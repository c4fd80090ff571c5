import ObjectLayout
import ObjectModel

/// `_csv`: CPython 3.11's Modules/_csv.c, the reader's state machine and the writer
/// under csv.py.
enum CSVModule {
    /// `_csv.Error`, made on first import.
    nonisolated(unsafe) static var errorClass: Value = .empty
    /// The dialect registry, the module's `_dialects` (immortal, so it needs no root).
    nonisolated(unsafe) static var dialects: Value = .empty
    /// `field_size_limit()`: the longest field the reader takes.
    nonisolated(unsafe) static var fieldLimit = 128 * 1024

    static let quoteMinimal: Int32 = 0, quoteAll: Int32 = 1, quoteNonnumeric: Int32 = 2, quoteNone: Int32 = 3

    static func error(_ message: String) -> PyException { PyException(errorClass.layout(PyTypeObject.self), message) }

    static func create() throws(PyException) -> Value {
        if errorClass.isEmpty {
            errorClass = try NativeModule.exceptionClass("_csv", "Error", base: Krait_exc_Exception)
            dialects = Dict.new()
            Allocation.makeImmortal(dialects.object)
            CSVDialect.setUp()
            CSVReader.setUp()
            CSVWriter.setUp()
            try TypeSetup.ready(Krait_csvDialect_type)
            try TypeSetup.ready(Krait_csvReader_type)
            try TypeSetup.ready(Krait_csvWriter_type)
        }
        let m = try NativeModule.make("_csv", doc: CSVDocs.module, functions: functions)
        try NativeModule.set(m, "__version__", Str.make("1.0"))
        try NativeModule.set(m, "Error", errorClass)
        try NativeModule.set(m, "_dialects", dialects)
        for (name, value) in [("QUOTE_MINIMAL", quoteMinimal), ("QUOTE_ALL", quoteAll),
                              ("QUOTE_NONNUMERIC", quoteNonnumeric), ("QUOTE_NONE", quoteNone)] {
            try NativeModule.set(m, name, IntObject.make(Int(value)))
        }
        return try ModuleTypes.add(m, [("Dialect", Krait_csvDialect_type), ("Reader", Krait_csvReader_type),
                                       ("Writer", Krait_csvWriter_type)])
    }

    static var functions: [MethodSpec] {
        [
            MethodSpec("reader", doc: CSVDocs.reader) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try CSVReader.make(args) }
            },
            MethodSpec("writer", doc: CSVDocs.writer) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try CSVWriter.make(args) }
            },
            MethodSpec("list_dialects", doc: "list_dialects($module, /)\n--\n\nReturn a list of all known dialect names.\n\n    names = csv.list_dialects()") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("list_dialects")
                    let names = List.new()
                    var position = 0
                    while let entry = Dict.next(CSVModule.dialects, from: position) {
                        List.append(names, entry.key)
                        position = entry.next
                    }
                    return names
                }
            },
            MethodSpec("register_dialect", doc: "Create a mapping from a string name to a dialect class.\n    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try CSVModule.unpack(args, max: 2)
                    guard ModuleTypes.isStr(args[0]) else { throw PyException.typeError("dialect name must be a string") }
                    try Dict.setItem(CSVModule.dialects, args[0], try CSVDialect.make(Krait_csvDialect_type, args, from: 1))
                    return .none
                }
            },
            MethodSpec("unregister_dialect", doc: "unregister_dialect($module, /, name)\n--\n\nDelete the name/dialect mapping associated with a string name.\n\n    csv.unregister_dialect(name)") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    let name = try args.parse("unregister_dialect", ["name"], required: 1)[0]!
                    guard try Dict.deleteItem(CSVModule.dialects, name) else { throw CSVModule.error("unknown dialect") }
                    return .none
                }
            },
            MethodSpec("get_dialect", doc: "get_dialect($module, /, name)\n--\n\nReturn the dialect instance associated with name.\n\n    dialect = csv.get_dialect(name)") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try CSVModule.registered(try args.parse("get_dialect", ["name"], required: 1)[0]!)
                }
            },
            MethodSpec("field_size_limit", doc: CSVDocs.fieldSizeLimit) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    let old = CSVModule.fieldLimit
                    if let limit = try args.parse("field_size_limit", ["new_limit"])[0] {
                        guard IntObject.checkExact(limit) else { throw PyException.typeError("limit must be an integer") }
                        CSVModule.fieldLimit = try ModuleTypes.size(limit)
                    }
                    return IntObject.make(old)
                }
            },
        ]
    }

    /// The dialect registered as `name`.
    static func registered(_ name: Value) throws(PyException) -> Value {
        guard let dialect = try Dict.getItem(dialects, name) else { throw error("unknown dialect") }
        return dialect
    }

    /// `PyArg_UnpackTuple(args, "", 1, max)`: the count check of reader, writer and
    /// register_dialect, whose keywords go to the dialect.
    static func unpack(_ args: Arguments, max: Int) throws(PyException) {
        if args.count < 1 { throw PyException.typeError(" expected at least 1 argument, got \(args.count)") }
        if args.count > max { throw PyException.typeError(" expected at most \(max) arguments, got \(args.count)") }
    }
}
