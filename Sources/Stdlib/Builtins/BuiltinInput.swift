import ObjectLayout
import ObjectModel

/// `input`: CPython's `builtin_input_impl` without GNU readline: the prompt goes to
/// `sys.stdout`, the line comes from `sys.stdin.readline()`, whatever those are now.
enum BuiltinInput {
    static let all: [MethodSpec] = [
        MethodSpec("input", doc: "input($module, prompt='', /)\n--\n\nRead a string from standard input.  The trailing newline is stripped.\n\nThe prompt string, if given, is printed to standard output without a\ntrailing newline before reading input.\n\nIf the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\nOn *nix systems, readline is used if available.") { _, a, n, k in
            MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in
                try args.noKeywords("input")
                try args.positional("input", min: 0, max: 1)
                return try input(prompt: args.optional(0))
            }
        },
    ]

    static func stream(_ name: String) throws(PyException) -> Value {
        guard let stream = Dict.getItem(SysModule.dict, string: Interned.get(name)), stream != .none else {
            throw PyException(Krait_exc_RuntimeError, "input(): lost sys.\(name)")
        }
        return stream
    }

    static func input(prompt: Value?) throws(PyException) -> Value {
        let stdin = try stream("stdin"), stdout = try stream("stdout"), stderr = try stream("stderr")
        try SysAudit.raise(Str.make("builtins.input"), Tuple.make([prompt ?? .none]))
        _ = try? Protocols.callMethod(stderr, "flush")
        if let prompt { _ = try Protocols.callMethod(stdout, "write", try Protocols.str(prompt)) }
        _ = try? Protocols.callMethod(stdout, "flush")
        let line = try Protocols.callMethod(stdin, "readline")
        // As PyFile_GetLine, a readline() of bytes is answered in bytes.
        let isBytes = BytesLike.isBytes(line)
        guard ModuleTypes.isStr(line) || isBytes else { throw PyException.typeError("object.readline() returned non-string") }
        let count = isBytes ? Bytes.count(line) : Str.length(line)
        if count == 0 { throw PyException(Krait_exc_EOFError, "EOF when reading a line") }
        try SysAudit.raise(Str.make("builtins.input/result"), Tuple.make([line]))
        if isBytes {
            let view = ByteView(line).raw
            return view[count - 1] == 0x0A ? Bytes.make(UnsafeRawBufferPointer(rebasing: view[0..<(count - 1)])) : line
        }
        return Str.codePoints(line).last == 0x0A ? Str.substring(line, 0..<(count - 1)) : line
    }
}
