import ObjectLayout
import ObjectModel

/// `input`: CPython's non-interactive path (no readline): the prompt goes to
/// `sys.stdout`, which is flushed, and a line comes from `sys.stdin.readline()`.
enum BuiltinInput {
    static let all: [MethodSpec] = [
        MethodSpec("input", doc: "input($module, prompt='', /)\n--\n\nRead a string from standard input.  The trailing newline is stripped.\n\nThe prompt string, if given, is printed to standard output without a\ntrailing newline before reading input.\n\nIf the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\nOn *nix systems, readline is used if available.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.noKeywords("input")
                try args.positional("input", min: 0, max: 1)
                return try BuiltinInput.input(prompt: args.optional(0))
            }
        },
    ]

    static func input(prompt: Value?) throws(PyException) -> Value {
        let stdin = try stream("stdin"), stdout = try stream("stdout"), stderr = try stream("stderr")
        // Flush failures are ignored, as CPython's.
        _ = try? Protocols.callMethod(stderr, "flush")
        if let prompt {
            _ = try Protocols.callMethod(stdout, "write", try Protocols.str(prompt))
        }
        _ = try? Protocols.callMethod(stdout, "flush")
        let line = try Protocols.callMethod(stdin, "readline")
        guard ModuleTypes.isStr(line) else {
            if BytesLike.isBytes(line) { return try stripped(line) }
            throw PyException.typeError("object.readline() returned non-string")
        }
        return try stripped(line)
    }

    private static func stream(_ name: String) throws(PyException) -> Value {
        guard let s = try Dict.getItem(SysModule.dict, Interned.get(name)), s != .none else {
            throw PyException(Krait_exc_RuntimeError, "input(): lost sys.\(name)")
        }
        return s
    }

    /// The line without its trailing newline; EOFError at the end of input.
    private static func stripped(_ line: Value) throws(PyException) -> Value {
        let count = try Protocols.length(line)
        guard count > 0 else { throw PyException(Krait_exc_EOFError, "EOF when reading a line") }
        let last = try Protocols.getItem(line, IntObject.make(-1))
        let newline = ModuleTypes.isStr(line) ? try Protocols.equal(last, Str.make("\n")) : try Protocols.equal(last, IntObject.make(10))
        guard newline else { return line }
        return try Protocols.getItem(line, try Protocols.call(Value(Krait_slice_type), .none, IntObject.make(-1)))
    }
}
