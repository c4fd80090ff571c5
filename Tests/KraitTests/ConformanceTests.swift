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
            process.arguments = [name]
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
            XCTAssertEqual(String(decoding: stdout, as: UTF8.self), expected.stdout.replacingOccurrences(of: "{programs}", with: folder),
                           "stdout of \(name)")
            XCTAssertEqual(String(decoding: stderr, as: UTF8.self), expected.stderr.replacingOccurrences(of: "{programs}", with: folder),
                           "stderr of \(name)")
            XCTAssertEqual(process.terminationStatus, expected.status, "exit status of \(name)")
        }
    }
}
