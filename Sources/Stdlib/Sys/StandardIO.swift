import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `sys.stdin`, `sys.stdout` and `sys.stderr` as CPython's `create_stdio` makes them:
/// TextIOWrapper over a buffered (or, for `-u` output, raw) FileIO of descriptors 0, 1
/// and 2, not closing them; and the runtime's own writes of tracebacks and warnings,
/// which go through those objects so that they interleave with the program's output.
enum StandardIO {
    /// Whether flushing the streams at exit failed: the process then exits with 120.
    nonisolated(unsafe) static var flushFailed = false

    /// The three streams, or None for a descriptor that is not open.
    static func create(options: RuntimeOptions) throws(PyException) -> (stdin: Value, stdout: Value, stderr: Value) {
        try IOModule.setUpTypes()
        var encoding = "utf-8", errors = defaultErrors()
        if !options.ignoreEnvironment, let setting = getenv("PYTHONIOENCODING").map({ String(cString: $0) }), !setting.isEmpty {
            let parts = setting.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            if !parts[0].isEmpty { encoding = String(parts[0]) }
            if parts.count > 1 && !parts[1].isEmpty { errors = String(parts[1]) }
        }
        let buffered = !options.unbuffered
        return (try stream(0, name: "<stdin>", encoding: encoding, errors: errors, buffered: buffered),
                try stream(1, name: "<stdout>", encoding: encoding, errors: errors, buffered: buffered),
                try stream(2, name: "<stderr>", encoding: encoding, errors: "backslashreplace", buffered: buffered))
    }

    /// CPython's `config_get_stdio_errors`: the C and POSIX locales, and the UTF-8
    /// locales CPython coerces them to, get surrogateescape, so undecodable bytes
    /// round-trip; any other locale is strict.
    static func defaultErrors() -> String {
        let saved = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        defer { if let saved { setlocale(LC_CTYPE, saved) } }
        guard let chosen = setlocale(LC_CTYPE, "").map({ String(cString: $0) }) else { return "surrogateescape" }
        return ["C", "POSIX", "C.UTF-8", "C.utf8"].contains(chosen) ? "surrogateescape" : "strict"
    }

    static func stream(_ fd: Int32, name: String, encoding: String, errors: String, buffered: Bool) throws(PyException) -> Value {
        var status = stat()
        guard fstat(fd, &status) == 0 else { return .none }
        let writing = fd > 0
        let raw = try Protocols.call(Value(Krait_fileIO_type), IntObject.make(Int(fd)), Str.make(writing ? "wb" : "rb"), .false)
        try Protocols.setAttribute(raw, Str.make("name"), Str.make(name))
        let buffer: Value
        if buffered || !writing {
            let type: TypePointer = writing ? Krait_bufferedWriter_type : Krait_bufferedReader_type
            buffer = try Protocols.call(Value(type), raw, IntObject.make(FileIO.object(raw).pointee.blksize))
        } else {
            buffer = raw
        }
        let lineBuffering = buffered && (fd == 2 || isatty(fd) != 0)
        let keywords = Dict.new()
        try Dict.setItem(keywords, Str.make("encoding"), Str.make(encoding))
        try Dict.setItem(keywords, Str.make("errors"), Str.make(errors))
        try Dict.setItem(keywords, Str.make("newline"), Str.make("\n"))
        try Dict.setItem(keywords, Str.make("line_buffering"), .bool(lineBuffering))
        try Dict.setItem(keywords, Str.make("write_through"), .bool(!buffered))
        let text = try Protocols.callWithKeywords(Value(Krait_textIOWrapper_type), [buffer], keywords)
        try Protocols.setAttribute(text, Str.make("mode"), Str.make(writing ? "w" : "r"))
        return text
    }

    /// `sys.stdout.flush()`, whatever `sys.stdout` is now; errors are dropped, as
    /// CPython's `flush_io` drops them before it prints a traceback.
    static func flushOutput() {
        for name in ["stdout", "stderr"] {
            if let stream = Dict.getItem(SysModule.dict, string: Interned.get(name)), stream != .none {
                _ = try? Protocols.callMethod(stream, "flush")
            }
        }
    }

    /// CPython's `flush_std_files` at exit: a failing `sys.stdout.flush()` is reported
    /// and makes the exit status 120.
    static func flushAtExit() {
        if let stream = Dict.getItem(SysModule.dict, string: Interned.literal("stdout")), stream != .none,
           !((try? IOBase.isClosed(stream)) ?? true) {
            do throws(PyException) {
                _ = try Protocols.callMethod(stream, "flush")
            } catch {
                Unraisable.write(error, message: nil, object: stream)
                flushFailed = true
            }
        }
        if let stream = Dict.getItem(SysModule.dict, string: Interned.literal("stderr")), stream != .none {
            _ = try? Protocols.callMethod(stream, "flush")
        }
    }

    /// Writes the runtime's own diagnostics to `sys.stderr` after flushing
    /// `sys.stdout`; to the process's standard error when `sys.stderr` is None or
    /// its write fails.
    static func writeError(_ text: String) {
        if let stream = Dict.getItem(SysModule.dict, string: Interned.literal("stdout")), stream != .none {
            _ = try? Protocols.callMethod(stream, "flush")
        }
        if let stream = Dict.getItem(SysModule.dict, string: Interned.literal("stderr")), stream != .none {
            do throws(PyException) {
                _ = try Protocols.callMethod(stream, "write", Str.make(text))
                _ = try? Protocols.callMethod(stream, "flush")
                return
            } catch {}
        }
        StandardStreams.stderr.write(text)
        StandardStreams.stderr.flush()
    }
}
