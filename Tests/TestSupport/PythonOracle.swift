import Foundation
import XCTest

/// Runs CPython 3.11 to produce the expected outputs of a test, so that no expected
/// `repr` or `ast.dump` text is typed by hand.
public enum PythonOracle {
    /// Runs `python3.11 -c script` with `input` written to a file whose path is
    /// `sys.argv[1]`, and returns its standard output split into lines (without the
    /// newlines). Skips the test when python3.11 cannot be run.
    public static func lines(_ script: String, input: String = "") throws -> [[UInt8]] {
        var lines = try output(script, input: input).split(separator: UInt8(ascii: "\n"),
                                                             omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map(Array.init)
    }

    /// Like `lines`, for a script that prints one JSON document.
    public static func json<T: Decodable>(_ type: T.Type, _ script: String, input: String = "") throws -> T {
        try JSONDecoder().decode(type, from: Data(output(script, input: input)))
    }

    private static func output(_ script: String, input: String) throws -> [UInt8] {
        let directory = FileManager.default.temporaryDirectory
        let token = UUID().uuidString
        let inputURL = directory.appendingPathComponent("oracle-in-\(token)")
        let errorURL = directory.appendingPathComponent("oracle-err-\(token)")
        defer {
            try? FileManager.default.removeItem(at: inputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        try Data(input.utf8).write(to: inputURL)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3.11", "-c", script, inputURL.path]
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONIOENCODING"] = "utf-8"
        process.environment = environment
        let stdout = Pipe()
        process.standardOutput = stdout
        // stderr goes to a file: two pipes read one after the other could deadlock.
        process.standardError = try FileHandle(forWritingTo: errorURL)
        do {
            try process.run()
        } catch {
            throw XCTSkip("cannot run python3.11: \(error)")
        }
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            let message = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
            if message.contains("No such file") || process.terminationStatus == 127 {
                throw XCTSkip("python3.11 not found: \(message)")
            }
            throw OracleError(message: message)
        }
        return Array(data)
    }

    public struct OracleError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { "python3.11 failed:\n\(message)" }
    }
}

/// Compares UTF-8 bytes: `String`'s `==` treats canonically equivalent text (e.g.
/// precomposed and decomposed accents) as equal, which would hide differences. A
/// failure shows the first difference with some context, since dumps can be huge.
public func assertSameBytes(_ actual: String, _ expected: [UInt8], _ context: @autoclosure () -> String,
                     file: StaticString = #filePath, line: UInt = #line) {
    let actualBytes = Array(actual.utf8)
    if actualBytes == expected { return }
    let common = zip(actualBytes, expected).prefix { $0 == $1 }.count
    let start = max(0, common - 60)
    func excerpt(_ bytes: [UInt8]) -> String {
        let end = min(bytes.count, common + 60)
        return (start > 0 ? "…" : "") + String(decoding: bytes[start..<end], as: UTF8.self)
            + (end < bytes.count ? "…" : "")
    }
    XCTFail("\(context()): differs from CPython at byte \(common)\n got: \(excerpt(actualBytes))\n"
            + "want: \(excerpt(expected))", file: file, line: line)
}
