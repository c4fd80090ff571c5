import ObjectLayout
import ObjectModel

/// `_csv.Dialect`: the checked settings a reader or writer works with, made from a
/// registered name, another dialect (any object with the attributes) and keywords.
enum CSVDialect {
    typealias Object = KraitCSVDialectObject

    static let notSet = KRAIT_CSV_NOT_SET

    /// `Dialect`'s parameters, in CPython's order (the order its checks run in).
    static let names = ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
                        "quotechar", "quoting", "skipinitialspace", "strict"]

    @inline(__always)
    static func state(_ v: Value) -> UnsafeMutablePointer<Object> { v.layout(Object.self) }

    static func setUp() {
        let type = Krait_csvDialect_type!
        ModuleTypes.define(type, "_csv.Dialect", size: MemoryLayout<Object>.size, doc: CSVDocs.dialect,
                           traverse: { o, visit, arg in
                               Trace.visit(o!.layout(Object.self).pointee.lineterminator, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in try CSVDialect.make(type, args, from: 0) })
        let flag = { (name: String, path: KeyPath<Object, CChar>) in
            (name: name, type: Int32(T_BOOL), offset: MemoryLayout<Object>.offset(of: path)!, readOnly: true, doc: String?.none)
        }
        type.pointee.tp_members = MemberDescriptors.memberTable([
            flag("skipinitialspace", \.skipinitialspace), flag("doublequote", \.doublequote), flag("strict", \.strict),
        ])
        type.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("delimiter", get: { o, _ in Boxing.object(CSVDialect.character(CSVDialect.state(Value(o!)).pointee.delimiter)) }),
            GetSetSpec("escapechar", get: { o, _ in Boxing.object(CSVDialect.character(CSVDialect.state(Value(o!)).pointee.escapechar)) }),
            GetSetSpec("lineterminator", get: { o, _ in Boxing.object(CSVDialect.state(Value(o!)).pointee.lineterminator) }),
            GetSetSpec("quotechar", get: { o, _ in Boxing.object(CSVDialect.character(CSVDialect.state(Value(o!)).pointee.quotechar)) }),
            GetSetSpec("quoting", get: { o, _ in Boxing.object(IntObject.make(Int(CSVDialect.state(Value(o!)).pointee.quoting))) }),
        ])
        let reduce: KraitMethod = { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, _ throws(PyException) in
                throw PyException.typeError("cannot pickle '\(TypeObject.name(s.type))' instances")
            }
        }
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "raises an exception to avoid pickling", reduce),
            MethodSpec("__reduce_ex__", doc: "raises an exception to avoid pickling", reduce),
        ])
    }

    static func character(_ c: UInt32) -> Value { c == notSet ? .none : Str.make(codePoints: CollectionOfOne(c)) }

    /// The value given for parameter `i` of `Dialect(…)`, whose arguments start at
    /// `args[first]` (reader and writer pass theirs on after the file).
    static func given(_ args: Arguments, _ first: Int, _ i: Int) -> Value? {
        first + i < args.count ? args[first + i] : args.keyword(names[i])
    }

    /// `PyArg_ParseTupleAndKeywords(args, kwargs, "|OOOOOOOOO", …)`'s checks.
    static func checkArguments(_ args: Arguments, _ first: Int) throws(PyException) {
        let positional = args.count - first
        if positional + args.keywordCount > names.count {
            throw PyException.typeError("function takes at most \(names.count) arguments (\(positional + args.keywordCount) given)")
        }
        for k in 0..<args.keywordCount {
            let keyword = Str.swiftString(Tuple.item(args.kwnames, k))
            guard let i = names.firstIndex(of: keyword) else {
                throw PyException.typeError("'\(keyword)' is an invalid keyword argument for this function")
            }
            if i < positional {
                throw PyException.typeError("argument for function given by name ('\(keyword)') and position (\(i + 1))")
            }
        }
    }

    /// `dialect_new`: a registered or given dialect is reused when nothing overrides it.
    static func make(_ type: TypePointer, _ args: Arguments, from first: Int) throws(PyException) -> Value {
        try checkArguments(args, first)
        var source = given(args, first, 0)
        if let name = source, ModuleTypes.isStr(name) { source = try CSVModule.registered(name) }
        if let d = source, TypeObject.isSubtype(d.type, of: Krait_csvDialect_type),
           (1..<names.count).allSatisfy({ given(args, first, $0) == nil }) {
            return d
        }
        let object = Value(ModuleTypes.allocate(type))
        let s = state(object)
        s.pointee.delimiter = try char("delimiter", setting(args, first, 1, source), default: 0x2C)
        s.pointee.doublequote = try flag(setting(args, first, 2, source), default: true)
        s.pointee.escapechar = try charOrNone("escapechar", setting(args, first, 3, source), default: notSet)
        let lineterminator = setting(args, first, 4, source)
        if let lineterminator {
            if lineterminator != .none {
                guard ModuleTypes.isStr(lineterminator) else { throw PyException.typeError("\"lineterminator\" must be a string") }
                s.pointee.lineterminator = lineterminator
            }
        } else {
            s.pointee.lineterminator = Str.make("\r\n")
        }
        let quotechar = setting(args, first, 5, source)
        s.pointee.quotechar = try charOrNone("quotechar", quotechar, default: 0x22)
        let quoting = setting(args, first, 6, source)
        if let quoting {
            guard IntObject.checkExact(quoting) else { throw PyException.typeError("\"quoting\" must be an integer") }
            s.pointee.quoting = Int32(try Protocols.cInt(quoting))
        } else {
            s.pointee.quoting = CSVModule.quoteMinimal
        }
        s.pointee.skipinitialspace = try flag(setting(args, first, 7, source), default: false)
        s.pointee.strict = try flag(setting(args, first, 8, source), default: false)

        if !(CSVModule.quoteMinimal...CSVModule.quoteNone).contains(s.pointee.quoting) {
            throw PyException.typeError("bad \"quoting\" value")
        }
        if s.pointee.delimiter == notSet { throw PyException.typeError("\"delimiter\" must be a 1-character string") }
        if let quotechar, quotechar == .none, quoting == nil { s.pointee.quoting = CSVModule.quoteNone }
        if s.pointee.quoting != CSVModule.quoteNone && s.pointee.quotechar == notSet {
            throw PyException.typeError("quotechar must be set if quoting enabled")
        }
        if s.pointee.lineterminator.isEmpty { throw PyException.typeError("lineterminator must be set") }
        return object
    }

    /// A setting given to the call, else the source dialect's attribute (any error
    /// getting it counts as "not given").
    static func setting(_ args: Arguments, _ first: Int, _ i: Int, _ source: Value?) -> Value? {
        if let v = given(args, first, i) { return v }
        guard let source else { return nil }
        return try? Protocols.getAttribute(source, names[i])
    }

    static func flag(_ v: Value?, default value: Bool) throws(PyException) -> CChar {
        guard let v else { return value ? 1 : 0 }
        return try Protocols.isTrue(v) ? 1 : 0
    }

    static func char(_ name: String, _ v: Value?, default value: UInt32) throws(PyException) -> UInt32 {
        guard let v else { return value }
        guard ModuleTypes.isStr(v) else { throw PyException.typeError("\"\(name)\" must be string, not \(TypeObject.name(v.type))") }
        return try single(name, v)
    }

    static func charOrNone(_ name: String, _ v: Value?, default value: UInt32) throws(PyException) -> UInt32 {
        guard let v else { return value }
        if v == .none { return notSet }
        guard ModuleTypes.isStr(v) else {
            throw PyException.typeError("\"\(name)\" must be string or None, not \(TypeObject.name(v.type))")
        }
        return try single(name, v)
    }

    static func single(_ name: String, _ v: Value) throws(PyException) -> UInt32 {
        guard Str.length(v) == 1 else { throw PyException.typeError("\"\(name)\" must be a 1-character string") }
        return Str.codePoint(v, at: 0)
    }
}
