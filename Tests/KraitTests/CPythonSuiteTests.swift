import Foundation
import XCTest

/// CPython's own tests and modules under the `krait` built with the tests: the modules
/// of Tests/CPythonSuite/modules.txt marked `ci` must pass every test their
/// `expected/` lists name, and every module of `importable.txt` must import.
final class CPythonSuiteTests: XCTestCase {
    static let suite = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("CPythonSuite")

    func run(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3.11", Self.suite.appendingPathComponent(script).path,
                             "--krait", ConformanceTests.krait.path] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    func testExpectedPassesStillPass() throws {
        let (status, output) = try run("suite.py", ["--ci", "--timeout", "600"])
        print(output)
        XCTAssertEqual(status, 0, output)
    }

    func testImportableModulesStillImport() throws {
        let (status, output) = try run("imports.py", [])
        print(output)
        XCTAssertEqual(status, 0, output)
    }
}
