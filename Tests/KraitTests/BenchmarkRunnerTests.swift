import Foundation
import XCTest

/// The benchmark runner (Benchmarks/run.py) must not rot: its Python unit tests (its
/// pyperf-compatible module, under python3.11 and under the `krait` built with the
/// tests, and its report generation) pass, and its quick mode measures every quick
/// benchmark under that krait and CPython without a failure.
final class BenchmarkRunnerTests: XCTestCase {
    static let benchmarks = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Benchmarks")

    func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3.11"] + arguments
        process.currentDirectoryURL = Self.benchmarks.deletingLastPathComponent()
        var environment = ProcessInfo.processInfo.environment
        environment["KRAIT"] = ConformanceTests.krait.path
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        do {
            try process.run()
        } catch {
            throw XCTSkip("cannot run python3.11: \(error)")
        }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    func testRunnerUnitTests() throws {
        let (status, output) = try python(["-m", "unittest", "discover", "-s", "Benchmarks/tests"])
        print(output)
        XCTAssertEqual(status, 0, output)
        XCTAssertFalse(output.contains("set KRAIT"), "the pyperf module was not run under krait:\n\(output)")
    }

    func testQuickMode() throws {
        let cache = Self.benchmarks.appendingPathComponent(".cache").path
        let fetch = try python(["-c", "import sys; sys.path.insert(0, 'Benchmarks'); "
                                    + "from krait_bench import suite; suite.fetch_pyperformance(sys.argv[1])", cache])
        if fetch.status != 0 {
            throw XCTSkip("the pyperformance wheel cannot be fetched from PyPI (no network?):\n\(fetch.output)")
        }
        let results = FileManager.default.temporaryDirectory.appendingPathComponent("krait-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: results) }
        let (status, output) = try python(["Benchmarks/run.py", "--quick", "--strict", "--krait",
                                           ConformanceTests.krait.path, "--output", results.path])
        print(output)
        XCTAssertEqual(status, 0, output)
        let summary = try String(contentsOf: results.appendingPathComponent("summary.csv"), encoding: .utf8)
        for benchmark in ["richards", "nbody", "generators", "startup_pass"] {
            XCTAssertTrue(summary.contains("\(benchmark),pyperformance,krait-interpreter,ok,")
                              || summary.contains("\(benchmark),startup,krait-interpreter,ok,"),
                          "\(benchmark) not measured under krait:\n\(summary)")
        }
        for svg in ["richards", "nbody", "generators"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: results.appendingPathComponent("svg/\(svg).svg").path))
        }
    }
}
