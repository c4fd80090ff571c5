import ObjectLayout
import ObjectModel

/// `unicodedata`: CPython 3.11's module over Unicode 14.0.0, and its `UCD` type whose
/// one instance, `ucd_3_2_0`, answers for Unicode 3.2.0 (for IDNA and stringprep).
/// The module's functions are the UCD methods with the module as self, as in CPython.
enum UnicodedataModule {
    /// `ucd_3_2_0`, made on first import and immortal.
    nonisolated(unsafe) static var oldDatabase: Value = .empty

    static let doc = "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0."

    static func create() throws(PyException) -> Value {
        if oldDatabase.isEmpty {
            let t = Krait_ucd_type!
            TypeSetup.begin(t, name: "unicodedata.UCD", basicSize: MemoryLayout<KraitUCDObject>.size,
                            flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION), doc: nil)
            t.pointee.tp_traverse = { o, visit, arg in
                Trace.visit(o!.layout(KraitUCDObject.self).pointee.unidata_version, visit, arg)
                return 0
            }
            t.pointee.tp_methods = TypeSetup.methodTable(functions)
            t.pointee.tp_members = MemberDescriptors.memberTable([
                (name: "unidata_version", type: Int32(T_OBJECT), offset: MemoryLayout<KraitUCDObject>.offset(of: \.unidata_version)!,
                 readOnly: true, doc: nil),
            ])
            try TypeSetup.ready(t)
            let ucd = ModuleTypes.allocate(t)
            ucd.layout(KraitUCDObject.self).pointee.unidata_version = Str.make("3.2.0")
            Allocation.makeImmortal(ucd)
            oldDatabase = Value(ucd)
        }
        let m = try NativeModule.make("unicodedata", doc: doc, functions: functions)
        try NativeModule.set(m, "UCD", Value(Krait_ucd_type))
        try NativeModule.set(m, "ucd_3_2_0", oldDatabase)
        try NativeModule.set(m, "unidata_version", Str.make("14.0.0"))
        return m
    }

    /// Whether a method's self is `ucd_3_2_0` rather than the module.
    static func legacy(_ s: Value) -> Bool { s.isObject && s.type == Krait_ucd_type }

    /// Argument Clinic's `int(accept={str})` for a character: a str of length 1.
    static func character(_ v: Value, _ function: String, numbered: Bool) throws(PyException) -> UInt32 {
        guard ModuleTypes.isStr(v), Str.length(v) == 1 else {
            throw PyException.typeError("\(function)() argument\(numbered ? " 1" : "") must be a unicode character, not \(TypeObject.name(v.type))")
        }
        return Str.codePoint(v, at: 0)
    }

    /// A METH_O function's character.
    static func onlyCharacter(_ args: Arguments, _ function: String) throws(PyException) -> UInt32 {
        try character(args.one("unicodedata." + function), function, numbered: false)
    }

    /// `decimal`, `digit`, `numeric` and `name`: a character and an optional default.
    static func withDefault(_ s: Value, _ args: Arguments, _ function: String, _ lookup: (UInt32, Bool) -> Value?,
                            _ failure: String) throws(PyException) -> Value {
        try args.noKeywords("unicodedata." + function)
        try args.positional(function, min: 1, max: 2)
        let c = try character(args[0], function, numbered: true)
        if let v = lookup(c, legacy(s)) { return v }
        if let fallback = args.optional(1) { return fallback }
        throw PyException.valueError(failure)
    }

    /// `normalize` and `is_normalized`: the form and the text.
    static func formAndText(_ args: Arguments, _ function: String) throws(PyException) -> (Value, Value) {
        try args.noKeywords("unicodedata." + function)
        try args.positional(function, min: 2, max: 2)
        for i in 0..<2 where !ModuleTypes.isStr(args[i]) {
            throw PyException.typeError("\(function)() argument \(i + 1) must be str, not \(TypeObject.name(args[i].type))")
        }
        return (args[0], args[1])
    }

    static func normalize(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        let (form, text) = try formAndText(args, "normalize")
        if Str.length(text) == 0 { return text }
        let input = Str.codePoints(text)
        let name = Str.swiftString(form)
        // Text the quick check finds in the form comes back as it is (not for 3.2.0,
        // where CPython has no quick check).
        if !legacy(s), name == "NFC" || name == "NFKC" || name == "NFD" || name == "NFKD",
           Str.isASCII(text) || UnicodeNormalization.quickCheckYes(input, compose: name.hasPrefix("NFC") || name == "NFKC",
                                                                   compatibility: name.hasPrefix("NFK")) {
            return text
        }
        guard let result = UnicodeNormalization.normalize(name, input, legacy: legacy(s)) else {
            throw PyException.valueError("invalid normalization form")
        }
        // A one-character Latin-1 result is the shared string, as CPython's are.
        if result.count == 1 && result[0] < 256 { return Str.character(Str.make(codePoints: result), at: 0) }
        return Str.make(codePoints: result)
    }

    static func isNormalized(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        let (form, text) = try formAndText(args, "is_normalized")
        if Str.length(text) == 0 { return .true }
        let input = Str.codePoints(text)
        guard let result = UnicodeNormalization.normalize(Str.swiftString(form), input, legacy: legacy(s)) else {
            throw PyException.valueError("invalid normalization form")
        }
        return .bool(result == input)
    }

    static func name(_ c: UInt32, legacy: Bool) -> String? {
        if legacy && UnicodeData.unassignedInOld(c) { return nil }
        return CharacterNames.name(c)
    }

    /// `lookup(name)`: a character by its name or alias (case-insensitive), or a named
    /// sequence; Unicode 3.2.0 had neither aliases nor named sequences.
    static func lookup(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        let v = try args.one("unicodedata.lookup")
        let text: String
        if ModuleTypes.isStr(v) {
            text = Str.swiftStringIfValid(v) ?? Str.swiftString(v)
        } else if BytesLike.isBytes(v) {
            text = String(decoding: UnsafeRawBufferPointer(start: Bytes.data(v), count: Bytes.count(v)), as: UTF8.self)
        } else if BytesLike.hasBuffer(v) || v.type == Krait_memoryview_type {
            throw PyException.typeError("lookup() argument must be read-only bytes-like object, not \(TypeObject.name(v.type))")
        } else {
            throw PyException.typeError("a bytes-like object is required, not '\(TypeObject.name(v.type))'")
        }
        if text.utf8.count > 256 { throw PyException(Krait_exc_KeyError, "name too long") }
        let old = legacy(s), key = text.uppercased()
        // Names made by rule (Hangul syllables, CJK ideographs) match only in capitals,
        // and in 3.2.0 also for ideographs added since, as CPython's `_getcode` has it.
        let byRule = key.hasPrefix("HANGUL SYLLABLE ") || key.hasPrefix("CJK UNIFIED IDEOGRAPH-")
        if let c = CharacterNames.lookup(text), !byRule || text == key,
           let proper = name(c, legacy: old && !byRule), proper == key {
            return Str.make(codePoints: [c])
        }
        if !old, let c = UnicodeData.aliases[key] { return Str.make(codePoints: [c]) }
        if !old, let sequence = UnicodeData.namedSequences[key] { return Str.make(codePoints: sequence) }
        throw PyException(Krait_exc_KeyError, "undefined character name '\(text)'")
    }
}
