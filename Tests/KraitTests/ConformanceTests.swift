import Foundation
import XCTest

/// Every program of Tests/Conformance/programs, run by the `krait` built with the tests,
/// must print what CPython 3.11 printed for it (`regenerate.py` wrote that), byte for byte,
/// on standard output and standard error, with the same exit status.
final class ConformanceTests: XCTestCase {
    struct Expected: Decodable {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    static let programs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Conformance/programs")

    /// The `krait` executable next to the test bundle.
    static var krait: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("krait")
    }

    /// A program's own `# gc-stress-interval: N` line: under `KRAIT_GC_STRESS` it runs
    /// with a collection every N allocations at least. For programs that import large
    /// pure-Python modules (`threading`, `os`), whose loading alone takes minutes when
    /// every allocation collects; each such line says why.
    static func stressInterval(_ program: URL) throws -> Int? {
        let marker = "# gc-stress-interval:"
        for line in try String(contentsOf: program, encoding: .utf8).split(separator: "\n").prefix(5) where line.hasPrefix(marker) {
            return Int(line.dropFirst(marker.count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Programs run with `-S` unless they say `# conformance: with site` (harness.py says why).
    static func arguments(_ program: URL) throws -> [String] {
        let head = try String(contentsOf: program, encoding: .utf8).split(separator: "\n").prefix(5)
        return head.contains("# conformance: with site") ? [program.lastPathComponent] : ["-S", program.lastPathComponent]
    }

    func testProgramsMatchCPython() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.programs.path)
            .filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertFalse(names.isEmpty, "no conformance programs found in \(Self.programs.path)")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: Self.krait.path), "krait not built at \(Self.krait.path)")
        for name in names {
            let expectedURL = Self.programs.appendingPathComponent(name.replacingOccurrences(of: ".py", with: ".expected"))
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: expectedURL))
            let process = Process()
            process.executableURL = Self.krait
            process.arguments = try Self.arguments(Self.programs.appendingPathComponent(name))
            process.currentDirectoryURL = Self.programs
            // The seed regenerate.py gives CPython, so sets and str hashes agree.
            var environment = ProcessInfo.processInfo.environment.merging(["PYTHONHASHSEED": "0"]) { $1 }
            if let stress = environment["KRAIT_GC_STRESS"].flatMap({ Int($0) }), stress > 0,
               let interval = try Self.stressInterval(Self.programs.appendingPathComponent(name)), interval > stress {
                environment["KRAIT_GC_STRESS"] = String(interval)
            }
            process.environment = environment
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let folder = Self.programs.path
            Self.compare(String(decoding: stdout, as: UTF8.self), expected.stdout.replacingOccurrences(of: "{programs}", with: folder),
                         "stdout of \(name)")
            Self.compare(String(decoding: stderr, as: UTF8.self), expected.stderr.replacingOccurrences(of: "{programs}", with: folder),
                         "stderr of \(name)")
            // CPython's subprocess reports a death by signal N as -N, which regenerate.py recorded.
            let status = process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus
            XCTAssertEqual(status, expected.status, "exit status of \(name)")
        }
    }

    /// Fails with the first line that differs, so a long output's report names the
    /// difference instead of burying it in both whole texts.
    static func compare(_ actual: String, _ expected: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        guard actual != expected else { return }
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let index = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
        let shown = { (lines: [Substring]) in index < lines.count ? "\"\(lines[index])\"" : "(end of output)" }
        XCTFail("\(what) differs at line \(index + 1): got \(shown(got)), expected \(shown(want))", file: file, line: line)
    }
}
