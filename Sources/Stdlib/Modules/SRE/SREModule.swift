import ObjectLayout
import ObjectModel

/// `_sre`: the regular expression engine under CPython 3.11's `re` package, which
/// parses and compiles patterns in Python and hands the code words to `compile`.
enum SREModule {
    nonisolated(unsafe) static var typesReady = false

    static func create() throws(PyException) -> Value {
        if !typesReady {
            typesReady = true
            SREPattern.setUp()
            SREMatch.setUp()
            SREScanner.setUp()
            for type in [Krait_srePattern_type!, Krait_sreMatch_type!, Krait_sreScanner_type!] { try TypeSetup.ready(type) }
        }
        let module = try NativeModule.make("_sre", doc: "", functions: [
            MethodSpec("compile", doc: "compile($module, /, pattern, flags, code, groups, groupindex,\n        indexgroup)\n--\n\n") { _, a, n, k in
                CBoundary.value { () throws(PyException) in try SREPattern.compile(Arguments(a, n, k)) }
            },
            MethodSpec("getcodesize", doc: "getcodesize($module, /)\n--\n\n") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    try Arguments(a, n, k).none("_sre.getcodesize")
                    return IntObject.make(SREConstants.codeSize)
                }
            },
            MethodSpec("ascii_iscased", doc: "ascii_iscased($module, character, /)\n--\n\n") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let c = try SREModule.character(Arguments(a, n, k), "ascii_iscased")
                    return .bool(c < 128 && (c | 0x20) &- 0x61 < 26)
                }
            },
            MethodSpec("unicode_iscased", doc: "unicode_iscased($module, character, /)\n--\n\n") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let c = try SREModule.character(Arguments(a, n, k), "unicode_iscased")
                    let t = SREUnicodeTable.blocks
                    return .bool(c != SRECharacters.lowerUnicode(t, c) || c != SRECharacters.upperUnicode(t, c))
                }
            },
            MethodSpec("ascii_tolower", doc: "ascii_tolower($module, character, /)\n--\n\n") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let c = try SREModule.character(Arguments(a, n, k), "ascii_tolower")
                    return IntObject.make(Int(Int32(bitPattern: SRECharacters.lowerASCII(c))))
                }
            },
            MethodSpec("unicode_tolower", doc: "unicode_tolower($module, character, /)\n--\n\n") { _, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let c = try SREModule.character(Arguments(a, n, k), "unicode_tolower")
                    return IntObject.make(Int(Int32(bitPattern: SRECharacters.lowerUnicode(SREUnicodeTable.blocks, c))))
                }
            },
        ], constants: [
            ("MAGIC", { IntObject.make(SREConstants.magic) }),
            ("CODESIZE", { IntObject.make(SREConstants.codeSize) }),
            ("MAXREPEAT", { IntObject.make(Int(SREConstants.maxRepeat)) }),
            ("MAXGROUPS", { IntObject.make(SREConstants.maxGroups) }),
            ("copyright", { Str.make(SREConstants.copyright) }),
        ])
        try NativeModule.set(module, "__doc__", .none)
        return module
    }

    /// A C int argument, as the engine sees it: an unsigned code point.
    static func character(_ args: Arguments, _ name: String) throws(PyException) -> UInt32 {
        UInt32(bitPattern: Int32(try Protocols.cInt(try args.one("_sre." + name))))
    }
}
