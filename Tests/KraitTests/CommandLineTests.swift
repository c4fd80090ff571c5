import Foundation
import XCTest

/// `krait`'s command line against `python3.11`'s: the same arguments give the same
/// output, error text and exit status (the executable's own path aside).
final class CommandLineTests: XCTestCase {
    struct Run: Equatable {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    func run(_ executable: String, _ arguments: [String], input: String = "") throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONHASHSEED"] = "0"
        process.environment = environment
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        inp.fileHandleForWriting.write(Data(input.utf8))
        try inp.fileHandleForWriting.close()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(stdout: stdout, stderr: stderr, status: process.terminationStatus)
    }

    /// Both runs with each executable's path replaced by `PYTHON`.
    func check(_ arguments: [String], input: String = "", file: StaticString = #filePath, line: UInt = #line) throws {
        let krait = ConformanceTests.krait.path
        var k = try run(krait, arguments, input: input)
        var c = try run("python3.11", arguments, input: input)
        let python = try run("python3.11", ["-c", "import sys; print(sys.executable, end='')"]).stdout
        k.stderr = k.stderr.replacingOccurrences(of: krait, with: "PYTHON")
        c.stderr = c.stderr.replacingOccurrences(of: python, with: "PYTHON")
        XCTAssertEqual(k, c, "for \(arguments)", file: file, line: line)
    }

    func testOptionsAndProgramSources() throws {
        try check(["-c", "import sys; print(sys.argv, __debug__)", "a", "b"])
        try check(["-O", "-c", "assert False; print(__debug__)"])
        try check(["-OO", "-c", "print(__debug__)"])
        try check(["-X", "opt=1", "-Xflag", "-W", "ignore", "-c", "import sys; print(sys._xoptions, sys.warnoptions)"])
        try check(["-uc", "print('unbuffered')"])
        try check(["-", "x"], input: "import sys\nprint(sys.argv)\n")
        try check([], input: "print(2 ** 10)\n")
        try check(["-c", "raise SystemExit(3)"])
        try check(["-c", "raise SystemExit('bye')"])
        try check(["-c", "1/0"])
    }

    /// sys.stdin, sys.stdout and sys.stderr are io stacks over descriptors 0-2, as
    /// CPython's: `input()` reads the first, and a failed flush at exit gives status 120.
    func testStandardStreams() throws {
        let describe = "import sys; print([(s.encoding, s.errors, s.mode, s.line_buffering, s.write_through, type(s.buffer).__name__, s.fileno()) for s in (sys.stdin, sys.stdout, sys.stderr)])"
        try check(["-c", describe + "; print(repr(sys.stdin.readline()), sys.stdin.read())"], input: "line\nrest")
        try check(["-u", "-c", describe])
        try check(["-c", "print(input('name? ')); print(repr(input()))"], input: "alice\nlast")
        try check(["-c", "input('more? ')"])
        let full = "import os; os.dup2(os.open('/dev/full', os.O_WRONLY), 1); print('lost')"
        try check(["-c", full])
        try check(["-u", "-c", full])
    }

    /// `-W` filters, applied at start-up: later options win, bad ones are reported.
    func testWarningOptions() throws {
        let warn = "import _warnings; _warnings.warn('w'); _warnings.warn('d', DeprecationWarning); print('done')"
        try check(["-W", "error", "-c", warn])
        try check(["-W", "ignore", "-c", warn])
        try check(["-W", "ignore", "-W", "always::UserWarning", "-c", warn])
        try check(["-W", "error::DeprecationWarning", "-c", warn])
        try check(["-W", "i::UserWarning:__main__", "-c", warn])
        try check(["-W", "bogus", "-W", "ignore::NoSuchWarning", "-W", "ignore::int", "-W", "a:b:c:d:e:f", "-W", "ignore::Warning::x", "-c", warn])
        try check(["-W", "error", "-c", "x = 5[0]"])
        try check(["-W", "error::SyntaxWarning", "-c", "def f(x):\n    return x is 1"])
    }

    /// The parser's DeprecationWarning for invalid escapes: hidden by the default
    /// filters, shown by `-W default`, a SyntaxError at the string under `-W error`.
    func testInvalidEscapeWarnings() throws {
        let source = "x = '\\d'\ny = b'\\q' + b'\\777'\nz = f'{x}\\w'\nprint(x, y, z)"
        try check(["-c", source])
        try check(["-W", "default", "-c", source])
        try check(["-W", "error", "-c", source])
        try check(["-W", "error::DeprecationWarning", "-c", "def f():\n    return '\\d'"])
        try check(["-W", "error::DeprecationWarning:__main__", "-c", source])
        // A script warns under its absolute path, with its source line.
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("krait_escapes.py")
        try Data(source.utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        try check(["-W", "always", script.lastPathComponent])
        try check(["-W", "error", script.lastPathComponent])
    }

    /// `-m` as runpy runs it: its frames above the module's in tracebacks, `sys.argv[0]`,
    /// `__file__` and `__package__` as it sets them, parent packages imported first, and
    /// its messages when the module cannot be run.
    func testRunModule() throws {
        let dir = FileManager.default.temporaryDirectory
        let package = dir.appendingPathComponent("krait_m_pkg")
        let module = dir.appendingPathComponent("krait_m_mod.py")
        try FileManager.default.createDirectory(at: package, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: package)
            try? FileManager.default.removeItem(at: module)
        }
        let files = [
            module: "import sys\nprint(sys.argv, __name__, __file__, repr(__package__),\n"
                + "      sys._getframe(1).f_code.co_name if __name__ == '__main__' else 'imported')\ndef f():\n    1/0\nf()\n",
            package.appendingPathComponent("__init__.py"): "import sys\nprint('init', __name__, sys.argv)\n",
            package.appendingPathComponent("__main__.py"): "print(__name__, __package__, __file__)\nraise KeyError('k')\n",
            package.appendingPathComponent("done.py"): "import sys\nprint(__package__, sys.argv)\nsys.exit(3)\n",
        ]
        for (url, text) in files { try Data(text.utf8).write(to: url) }
        try check(["-m", "krait_m_mod", "a", "b"])
        try check(["-m", "krait_m_pkg", "x"])
        try check(["-m", "krait_m_pkg.__main__"])
        try check(["-m", "krait_m_pkg.done", "y"])
        try check(["-m", "krait_m_pkg.nothing"])
        try check(["-m", "krait_m_mod.sub"])
        try check(["-m", "krait_m_mod.py"])
        try check(["-m", "no_such_package.sub"])
        try check(["-m", ".relative"])
    }

    func testUsageErrors() throws {
        try check(["-z"])
        try check(["-c"])
        try check(["no_such_file.py"])
        try check(["-m", "no_such_module"])
    }
}
