import ObjectLayout
import ObjectModel

/// The functions of unicodedata, which are also the methods of `UCD`, with their
/// docs and signatures as CPython's (`$self`: the module or the UCD object).
extension UnicodedataModule {
    static var functions: [MethodSpec] {
        [
            MethodSpec("decimal", doc: "decimal($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try UnicodedataModule.withDefault(s, args, "decimal", { c, old in UnicodeData.properties(c, legacy: old).decimal.map { IntObject.make($0) } }, "not a decimal") }
            },
            MethodSpec("digit", doc: "digit($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent digit value.\n\nReturns the digit value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try UnicodedataModule.withDefault(s, args, "digit", { c, old in UnicodeData.properties(c, legacy: old).digit.map { IntObject.make($0) } }, "not a digit") }
            },
            MethodSpec("numeric", doc: "numeric($self, chr, default=<unrepresentable>, /)\n--\n\nConverts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value assigned to the character chr as float.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try UnicodedataModule.withDefault(s, args, "numeric", { c, old in UnicodeData.properties(c, legacy: old).numeric.map { FloatObject.make($0) } }, "not a numeric character") }
            },
            MethodSpec("category", doc: "category($self, chr, /)\n--\n\nReturns the general category assigned to the character chr as string.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in Str.make(UnicodeData.properties(try UnicodedataModule.onlyCharacter(args, "category"), legacy: UnicodedataModule.legacy(s)).category) }
            },
            MethodSpec("bidirectional", doc: "bidirectional($self, chr, /)\n--\n\nReturns the bidirectional class assigned to the character chr as string.\n\nIf no such value is defined, an empty string is returned.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in Str.make(UnicodeData.properties(try UnicodedataModule.onlyCharacter(args, "bidirectional"), legacy: UnicodedataModule.legacy(s)).bidirectional) }
            },
            MethodSpec("combining", doc: "combining($self, chr, /)\n--\n\nReturns the canonical combining class assigned to the character chr as integer.\n\nReturns 0 if no combining class is defined.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in IntObject.make(UnicodeData.properties(try UnicodedataModule.onlyCharacter(args, "combining"), legacy: UnicodedataModule.legacy(s)).combining) }
            },
            MethodSpec("mirrored", doc: "mirrored($self, chr, /)\n--\n\nReturns the mirrored property assigned to the character chr as integer.\n\nReturns 1 if the character has been identified as a \"mirrored\"\ncharacter in bidirectional text, 0 otherwise.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in IntObject.make(UnicodeData.properties(try UnicodedataModule.onlyCharacter(args, "mirrored"), legacy: UnicodedataModule.legacy(s)).mirrored) }
            },
            MethodSpec("east_asian_width", doc: "east_asian_width($self, chr, /)\n--\n\nReturns the east asian width assigned to the character chr as string.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in Str.make(UnicodeData.properties(try UnicodedataModule.onlyCharacter(args, "east_asian_width"), legacy: UnicodedataModule.legacy(s)).eastAsianWidth) }
            },
            MethodSpec("decomposition", doc: "decomposition($self, chr, /)\n--\n\nReturns the character decomposition mapping assigned to the character chr as string.\n\nAn empty string is returned in case no such mapping is defined.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in Str.make(UnicodeData.properties(try UnicodedataModule.onlyCharacter(args, "decomposition"), legacy: UnicodedataModule.legacy(s)).decomposition) }
            },
            MethodSpec("is_normalized", doc: "is_normalized($self, form, unistr, /)\n--\n\nReturn whether the Unicode string unistr is in the normal form 'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try UnicodedataModule.isNormalized(s, args) }
            },
            MethodSpec("normalize", doc: "normalize($self, form, unistr, /)\n--\n\nReturn the normal form 'form' for the Unicode string unistr.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try UnicodedataModule.normalize(s, args) }
            },
            MethodSpec("name", doc: "name($self, chr, default=<unrepresentable>, /)\n--\n\nReturns the name assigned to the character chr as a string.\n\nIf no name is defined, default is returned, or, if not given,\nValueError is raised.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try UnicodedataModule.withDefault(s, args, "name", { c, old in UnicodedataModule.name(c, legacy: old).map { Str.make($0) } }, "no such name") }
            },
            MethodSpec("lookup", doc: "lookup($self, name, /)\n--\n\nLook up character by name.\n\nIf a character with the given name is found, return the\ncorresponding character.  If not found, KeyError is raised.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try UnicodedataModule.lookup(s, args) }
            },
        ]
    }
}
