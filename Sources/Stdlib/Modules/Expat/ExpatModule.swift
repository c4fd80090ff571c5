import CExpat
import ObjectLayout
import ObjectModel

/// `pyexpat`: CPython 3.11's Modules/pyexpat.c on the system's libexpat (without
/// `expat_CAPI`, which only `_elementtree` uses).
enum ExpatModule {
    static func create() throws(PyException) -> Value {
        if ExpatErrors.errorClass.isEmpty {
            try ExpatErrors.setUp()
            ExpatParser.setUp()
            try TypeSetup.ready(Krait_xmlParser_type)
        }
        let m = try NativeModule.make("pyexpat", doc: ExpatDocs.module, functions: functions)
        try NativeModule.set(m, "XMLParserType", Value(Krait_xmlParser_type))
        try NativeModule.set(m, "ExpatError", ExpatErrors.errorClass)
        try NativeModule.set(m, "error", ExpatErrors.errorClass)
        try NativeModule.set(m, "EXPAT_VERSION", Str.make(String(cString: XML_ExpatVersion())))
        let version = XML_ExpatVersionInfo()
        let versionInfo = Tuple.allocate(count: 3)
        for (i, part) in [version.major, version.minor, version.micro].enumerated() { Tuple.items(versionInfo)[i] = IntObject.make(Int(part)) }
        try NativeModule.set(m, "version_info", versionInfo)
        try NativeModule.set(m, "native_encoding", Str.make("UTF-8"))
        try NativeModule.set(m, "features", try features())
        try NativeModule.set(m, "XML_PARAM_ENTITY_PARSING_NEVER", IntObject.make(Int(XML_PARAM_ENTITY_PARSING_NEVER.rawValue)))
        try NativeModule.set(m, "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE",
                             IntObject.make(Int(XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE.rawValue)))
        try NativeModule.set(m, "XML_PARAM_ENTITY_PARSING_ALWAYS", IntObject.make(Int(XML_PARAM_ENTITY_PARSING_ALWAYS.rawValue)))
        // The submodules are importable as `pyexpat.errors` and `pyexpat.model`, as CPython's.
        let errors = try ExpatErrors.module()
        try NativeModule.set(m, "errors", errors)
        try Dict.setItem(ImportSystem.modules, Str.make("pyexpat.errors"), errors)
        let model = try modelModule()
        try NativeModule.set(m, "model", model)
        try Dict.setItem(ImportSystem.modules, Str.make("pyexpat.model"), model)
        return m
    }

    static var functions: [MethodSpec] {
        [
            MethodSpec("ParserCreate", doc: ExpatDocs.parserCreate) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ExpatModule.parserCreate(args) }
            },
            MethodSpec("ErrorString", doc: ExpatDocs.errorString) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    let code = try args.parse("ErrorString", ["code"], required: 1, positionalOnly: 1)[0]!
                    // Argument Clinic's `long`, cast to the enum as CPython does.
                    guard let number = IntObject.machineValue(try Protocols.indexValue(code)) else {
                        throw PyException.overflowError("Python int too large to convert to C long")
                    }
                    guard let text = XML_ErrorString(XML_Error(rawValue: UInt32(truncatingIfNeeded: number))) else {
                        return .none
                    }
                    return Str.make(String(cString: text))
                }
            },
        ]
    }

    /// `ParserCreate(encoding=None, namespace_separator=None, intern=<a new dict>)`.
    static func parserCreate(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("ParserCreate", ["encoding", "namespace_separator", "intern"])
        let encoding = try optionalString(p[0], "encoding")
        let separator = try optionalString(p[1], "namespace_separator")
        if let separator, separator.utf8.count > 1 {
            throw PyException.valueError("namespace_separator must be at most one character, omitted, or None")
        }
        var intern = Dict.new()
        if let given = p[2] {
            if given == .none {
                intern = .empty
            } else if TypeObject.isSubtype(given.type, of: Krait_dict_type) {
                intern = given
            } else {
                throw PyException.typeError("intern must be a dictionary")
            }
        }
        let parser: OpaquePointer? = encoding.withOptionalCString { e in
            guard let separator else { return XML_ParserCreate(e) }
            return XML_ParserCreateNS(e, XML_Char(bitPattern: separator.utf8.first ?? 0))
        }
        guard let parser else { throw PyException(Krait_exc_RuntimeError, "XML_ParserCreate failed") }
        return ExpatParser.make(parser, intern: intern)
    }

    /// A `str or None` argument as Argument Clinic checks it.
    static func optionalString(_ v: Value?, _ name: String) throws(PyException) -> String? {
        guard let v, v != .none else { return nil }
        guard ModuleTypes.isStr(v) else {
            throw PyException.typeError("ParserCreate() argument '\(name)' must be str or None, not \(TypeObject.name(v.type))")
        }
        return Str.swiftString(v)
    }

    /// `features`: what the library was built with, as (name, value) pairs.
    static func features() throws(PyException) -> Value {
        let list = List.new()
        var feature = XML_GetFeatureList()!
        while feature.pointee.feature != XML_FEATURE_END {
            List.append(list, Tuple.make(Str.make(String(cString: feature.pointee.name)), IntObject.make(feature.pointee.value)))
            feature += 1
        }
        return list
    }

    /// `pyexpat.model`: the constants of ElementDeclHandler's content models.
    static func modelModule() throws(PyException) -> Value {
        let m = try NativeModule.make("pyexpat.model", doc: "Constants used to interpret content model information.", functions: [])
        let constants: [(String, UInt32)] = [
            ("XML_CTYPE_EMPTY", XML_CTYPE_EMPTY.rawValue), ("XML_CTYPE_ANY", XML_CTYPE_ANY.rawValue),
            ("XML_CTYPE_MIXED", XML_CTYPE_MIXED.rawValue), ("XML_CTYPE_NAME", XML_CTYPE_NAME.rawValue),
            ("XML_CTYPE_CHOICE", XML_CTYPE_CHOICE.rawValue), ("XML_CTYPE_SEQ", XML_CTYPE_SEQ.rawValue),
            ("XML_CQUANT_NONE", XML_CQUANT_NONE.rawValue), ("XML_CQUANT_OPT", XML_CQUANT_OPT.rawValue),
            ("XML_CQUANT_REP", XML_CQUANT_REP.rawValue), ("XML_CQUANT_PLUS", XML_CQUANT_PLUS.rawValue),
        ]
        for (name, value) in constants { try NativeModule.set(m, name, IntObject.make(Int(value))) }
        return m
    }
}

extension Optional where Wrapped == String {
    /// The string's C form, or NULL for nil.
    func withOptionalCString<R>(_ body: (UnsafePointer<CChar>?) -> R) -> R {
        guard let s = self else { return body(nil) }
        return s.withCString { body($0) }
    }
}
