import ObjectLayout
import ObjectModel

/// `_json`, the accelerator `json` imports when it can: `scanstring`, the two string
/// encoders, `make_scanner` and `make_encoder` (CPython's Modules/_json.c).
enum JSONModule {
    nonisolated(unsafe) static var typesReady = false

    static func setUpTypes() throws(PyException) {
        if typesReady { return }
        typesReady = true
        JSONScanner.setUp()
        JSONEncoder.setUp()
        try TypeSetup.ready(Krait_jsonScanner_type)
        try TypeSetup.ready(Krait_jsonEncoder_type)
    }

    static let encodeASCII: KraitMethod = { _, a, n, k in
        CBoundary.value { () throws(PyException) in
            let s = try Arguments(a, n, k).one("encode_basestring_ascii")
            guard ModuleTypes.isStr(s) else { throw JSONErrors.notAString(s) }
            return JSONStrings.encode(s, ascii: true)
        }
    }

    static let encodeUnicode: KraitMethod = { _, a, n, k in
        CBoundary.value { () throws(PyException) in
            let s = try Arguments(a, n, k).one("encode_basestring")
            guard ModuleTypes.isStr(s) else { throw JSONErrors.notAString(s) }
            return JSONStrings.encode(s, ascii: false)
        }
    }

    /// 1 or 2 when `encoder` is this module's `encode_basestring_ascii` or
    /// `encode_basestring`, which the encoder then runs directly (CPython's `fast_encode`).
    static func fastEncoding(_ encoder: Value) -> Int {
        guard encoder.isObject, encoder.type == Krait_builtinFunction_type else { return 0 }
        let method = unsafeBitCast(encoder.layout(PyCFunctionObject.self).pointee.m_ml.pointee.ml_meth, to: UInt.self)
        if method == unsafeBitCast(encodeASCII, to: UInt.self) { return 1 }
        if method == unsafeBitCast(encodeUnicode, to: UInt.self) { return 2 }
        return 0
    }

    static func create() throws(PyException) -> Value {
        try setUpTypes()
        let m = try NativeModule.make("_json", doc: "json speedups\n", functions: [
            MethodSpec("encode_basestring_ascii", doc: "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string", encodeASCII),
            MethodSpec("encode_basestring", doc: "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string", encodeUnicode),
            MethodSpec("scanstring", doc: "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote.") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let args = Arguments(a, n, k)
                    try args.noKeywords("scanstring")
                    if args.count < 2 || args.count > 3 {
                        let bound = args.count < 2 ? "at least 2" : "at most 3"
                        throw PyException.typeError("scanstring() takes \(bound) arguments (\(args.count) given)")
                    }
                    let end = try JSONErrors.size(args[1])
                    let strict = try args.optional(2).map { v throws(PyException) in try Protocols.cInt(v) != 0 } ?? true
                    guard ModuleTypes.isStr(args[0]) else { throw JSONErrors.notAString(args[0]) }
                    let (value, next) = try JSONStrings.scan(JSONText(args[0]), end, strict: strict)
                    return Tuple.make([value, IntObject.make(next)])
                }
            },
        ])
        return try ModuleTypes.add(m, [("make_scanner", Krait_jsonScanner_type), ("make_encoder", Krait_jsonEncoder_type)])
    }
}
