import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `sys.stdin` and `sys.__stdin__`, as CPython's `create_stdio` makes them: a text
/// stream over a buffered reader of descriptor 0, which closing the stream leaves
/// open, named `<stdin>`, splitting lines at "\n" only; None when descriptor 0 is not
/// open. The encoding and error handler are those of the C.UTF-8 locale.
enum StandardInput {
    static func install(_ sys: Value) throws(PyException) {
        var stream = Value.none
        var info = stat()
        if fstat(0, &info) == 0 {
            let open = try Protocols.getAttribute(try RuntimeHooks.importModule!("_io"), "open")
            stream = try Protocols.call(open, IntObject.make(0), Str.make("r"), IntObject.make(-1), Str.make("utf-8"),
                                        Str.make("surrogateescape"), Str.make("\n"), .false)
            let raw = try Protocols.getAttribute(try Protocols.getAttribute(stream, "buffer"), "raw")
            try Protocols.setAttribute(raw, Str.make("name"), Str.make("<stdin>"))
            try Protocols.setAttribute(stream, Str.make("mode"), Str.make("r"))
        }
        try Protocols.setAttribute(sys, Str.make("stdin"), stream)
        try Protocols.setAttribute(sys, Str.make("__stdin__"), stream)
    }
}
