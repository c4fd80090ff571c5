import ObjectLayout
import ObjectModel

/// `codecs.register_error` and `lookup_error`: error handlers by name, the builtin
/// ones registered when the codec registry starts (CPython's `_PyCodecRegistry_Init`).
enum ErrorHandlerRegistry {
    /// name → handler; immortal once made.
    nonisolated(unsafe) static var handlers: Value = .empty

    static func setUp() throws(PyException) {
        let d = Dict.new()
        Allocation.makeImmortal(d.object)
        handlers = d
        let table = TypeSetup.methodTable(builtins)
        let names = ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace",
                     "surrogateescape", "surrogatepass"]
        for (i, name) in names.enumerated() {
            try Dict.setItem(d, Str.make(name), BuiltinFunction.make(table + i, self: .empty))
        }
    }

    static func register(_ name: Value, _ handler: Value) throws(PyException) {
        try CodecRegistry.ensureInitialized()
        guard ModuleTypes.isCallable(handler) else { throw PyException.typeError("handler must be callable") }
        try Dict.setItem(handlers, name, handler)
    }

    static func lookup(_ name: Value) throws(PyException) -> Value {
        try CodecRegistry.ensureInitialized()
        guard let handler = try Dict.getItem(handlers, name) else {
            throw PyException(Krait_exc_LookupError, "unknown error handler name '\(Str.swiftString(name))'")
        }
        return handler
    }

    static let builtins: [MethodSpec] = [
        MethodSpec("strict_errors", doc: "Implements the 'strict' error handling, which raises a UnicodeError on coding errors.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try BuiltinErrorHandlers.strict(try Arguments(a, n, k).one("strict_errors")) }
        },
        MethodSpec("ignore_errors", doc: "Implements the 'ignore' error handling, which ignores malformed data and continues.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try BuiltinErrorHandlers.ignore(try Arguments(a, n, k).one("ignore_errors")) }
        },
        MethodSpec("replace_errors", doc: "Implements the 'replace' error handling, which replaces malformed data with a replacement marker.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try BuiltinErrorHandlers.replace(try Arguments(a, n, k).one("replace_errors")) }
        },
        MethodSpec("xmlcharrefreplace_errors", doc: "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try BuiltinErrorHandlers.xmlCharRefReplace(try Arguments(a, n, k).one("xmlcharrefreplace_errors"))
            }
        },
        MethodSpec("backslashreplace_errors", doc: "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try BuiltinErrorHandlers.backslashReplace(try Arguments(a, n, k).one("backslashreplace_errors"))
            }
        },
        MethodSpec("namereplace_errors", doc: "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try BuiltinErrorHandlers.nameReplace(try Arguments(a, n, k).one("namereplace_errors")) }
        },
        MethodSpec("surrogateescape") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try BuiltinErrorHandlers.surrogateEscape(try Arguments(a, n, k).one("surrogateescape")) }
        },
        MethodSpec("surrogatepass") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try BuiltinErrorHandlers.surrogatePass(try Arguments(a, n, k).one("surrogatepass")) }
        },
    ]
}
