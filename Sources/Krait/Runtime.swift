@_exported import struct Stdlib.RuntimeOptions
import Stdlib
#if canImport(Glibc)
import Glibc
#endif

/// A Python runtime inside a Swift program: start it once, then run programs.
public enum Runtime {
    /// The execution engines Krait offers; only the interpreter exists so far.
    public enum Engine: String, CaseIterable, Sendable {
        case interpreter
    }

    /// Starts the runtime; `arguments` become `sys.argv`.
    public static func start(engine: Engine = .interpreter, arguments: [String], executable: String,
                             options: RuntimeOptions = RuntimeOptions()) {
        StdlibRuntime.initialize(argv: arguments, executable: executable, options: options)
    }

    /// `krait -m module`.
    public static func runModule(_ name: String, executable: String) -> Int32 {
        StdlibRuntime.runModule(name, executable: executable)
    }

    /// Shuts the runtime down at exit: finalizers of what the modules still held run,
    /// as CPython's do when it clears the modules (see `StdlibRuntime.finalize`).
    public static func finalize() {
        StdlibRuntime.finalize()
    }

    /// Ends the process with `status` as python3.11 does: after an uncaught
    /// KeyboardInterrupt in the main program, by SIGINT (so a shell sees the interrupt).
    public static func exit(_ status: Int32) -> Never {
        StdlibRuntime.exit(status)
    }

    /// The interactive prompt, until end of input or `exit()`.
    public static func interactive(banner: Bool) -> Int32 {
        InteractiveLoop.run(banner: banner)
    }

    /// Runs a program as `__main__`; returns the exit status (uncaught exceptions are
    /// printed to standard error as CPython prints them).
    public static func runMain(source: [UInt8], filename given: String) -> Int32 {
        // As CPython since 3.9, the script's path is made absolute (not resolved).
        var filename = given
        if !given.hasPrefix("/") && !given.hasPrefix("<"), let cwd = getcwd(nil, 0) {
            filename = String(cString: cwd) + "/" + given
            free(cwd)
        }
        let directory: String
        if let slash = filename.lastIndex(of: "/") {
            directory = String(filename[..<slash])
        } else {
            directory = ""
        }
        return StdlibRuntime.runMain(source: source, filename: filename, scriptDirectory: directory)
    }
}
