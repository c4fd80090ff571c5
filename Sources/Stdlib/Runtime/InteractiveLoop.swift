import Interpreter
import ObjectLayout
import ObjectModel
import Parser
#if canImport(Glibc)
import Glibc
#endif

/// The interactive prompt: `>>> ` and `... ` on standard error as CPython writes them,
/// each statement compiled in 'single' mode so expression values are printed.
public enum InteractiveLoop {
    public static func run(banner: Bool) -> Int32 {
        let module: Value
        do throws(PyException) {
            module = try Modules.make(name: "__main__")
            try Dict.setItem(Modules.dict(module), Interned.literal("__builtins__"), BuiltinsModule.module)
            try Dict.setItem(ImportSystem.modules, Interned.literal("__main__"), module)
        } catch {
            return StdlibRuntime.handleUncaught(error)
        }
        let namespace = Modules.dict(module)
        if banner {
            StandardStreams.stderr.write("Python 3.11.7 (Krait 0.1) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n")
        }
        runInteractiveHook()
        var buffer = ""
        while true {
            StandardStreams.stderr.write(buffer.isEmpty ? ">>> " : "... ")
            StandardStreams.stderr.flush()
            let input: String?
            do throws(PyException) {
                input = try readLine()
            } catch {
                // Ctrl-C at the prompt drops what was typed, as CPython's.
                StandardStreams.stderr.write("\n")
                if error.matches(Krait_exc_SystemExit) { return StdlibRuntime.handleUncaught(error) }
                _ = StdlibRuntime.handleUncaught(error)
                buffer = ""
                continue
            }
            guard let line = input else {
                StandardStreams.stderr.write("\n")
                return 0
            }
            buffer += line.hasSuffix("\n") ? line : line + "\n"
            if isIncomplete(buffer, lastLine: line) { continue }
            let source = Array(buffer.utf8)
            buffer = ""
            do throws(PyException) {
                let code = try Execution.compile(source, filename: "<stdin>", mode: .single)
                _ = try Interpreter.runCode(code, globals: namespace, locals: namespace, builtins: BuiltinsModule.dict)
            } catch {
                if error.matches(Krait_exc_SystemExit) { return StdlibRuntime.handleUncaught(error) }
                _ = StdlibRuntime.handleUncaught(error)
            }
            StandardIO.flushOutput()
        }
    }

    /// CPython's `pymain_run_interactive_hook`: `sys.__interactivehook__` (site's sets up
    /// readline completion) runs before the first prompt; its failure is printed.
    static func runInteractiveHook() {
        guard let hook = Dict.getItem(SysModule.dict, string: Interned.literal("__interactivehook__")) else { return }
        do throws(PyException) {
            try SysAudit.raise(Str.make("cpython.run_interactivehook"), Tuple.make(hook))
            _ = try Protocols.call(hook)
        } catch {
            StandardStreams.stderr.write("Failed calling sys.__interactivehook__\n")
            _ = StdlibRuntime.handleUncaught(error)
        }
    }

    /// A line of standard input with its newline, nil at the end. A signal that
    /// interrupts the read runs its handler (Ctrl-C's raises KeyboardInterrupt).
    static func readLine() throws(PyException) -> String? {
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while true {
            let n = getline(&line, &capacity, stdin)
            if n >= 0 { return String(decoding: UnsafeRawBufferPointer(start: line, count: n), as: UTF8.self) }
            guard ferror(stdin) != 0 && errno == EINTR else { return nil }
            clearerr(stdin)
            try SignalState.check()
        }
    }

    /// Whether more lines are needed: an open bracket or string, or a compound
    /// statement not yet ended by an empty line (as CPython's `codeop` decides).
    static func isIncomplete(_ buffer: String, lastLine: String) -> Bool {
        let blank = lastLine.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" }
        do {
            _ = try PythonParser.parse(source: Array(buffer.utf8), filename: "<stdin>", mode: .single)
            // A compound statement parses after its first body line; wait for the blank line.
            return buffer.split(separator: "\n").count > 1 && !blank
        } catch let error as PySyntaxError {
            if blank { return false }
            let message = error.message
            return message.contains("was never closed") || message.hasPrefix("expected an indented block")
                || message.contains("unterminated triple-quoted string") || message == "unexpected EOF while parsing"
                || (message == "invalid syntax" && buffer.hasSuffix("\\\n"))
        } catch {
            return false
        }
    }
}
