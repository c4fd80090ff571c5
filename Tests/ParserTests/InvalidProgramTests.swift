import Foundation
import Parser
import XCTest

/// Every program in InvalidPrograms/cases must be rejected exactly as CPython 3.11.7
/// rejects it: the same exception class, message, positions and source text, as
/// recorded in InvalidPrograms/expected.json by InvalidPrograms/regenerate.py.
final class InvalidProgramTests: XCTestCase {
    func testInvalidProgramsFailLikeCPython() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("InvalidPrograms")
        let cases = folder.appendingPathComponent("cases")
        let expected = try JSONDecoder().decode(
            ExpectedFile.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        let names = try FileManager.default.contentsOfDirectory(atPath: cases.path)
            .filter { $0.hasSuffix(".py") }.sorted()

        var mismatches: [String] = []
        for name in names {
            guard let cpython = expected.cases[name] else {
                mismatches.append("\(name): missing from expected.json; run regenerate.py")
                continue
            }
            let source = try [UInt8](Data(contentsOf: cases.appendingPathComponent(name)))
            do {
                // The bare name is the filename regenerate.py gave CPython.
                _ = try PythonParser.parse(source: source, filename: name)
                mismatches.append("\(name): accepted, but CPython raises \(cpython.summary)")
            } catch let error as PySyntaxError {
                let differences = cpython.differences(from: error, filename: name)
                if !differences.isEmpty {
                    mismatches.append("\(name):\n    " + differences.joined(separator: "\n    "))
                }
            }
        }
        for name in Set(expected.cases.keys).subtracting(names).sorted() {
            mismatches.append("\(name): in expected.json but not in cases/; run regenerate.py")
        }

        print("Invalid programs: \(names.count) cases, \(mismatches.count) mismatches")
        for mismatch in mismatches { print(mismatch) }
        XCTAssertEqual(mismatches.count, 0, "invalid programs that Krait rejects unlike CPython")
    }
}

/// InvalidPrograms/expected.json.
private struct ExpectedFile: Decodable {
    /// Keyed by file name in cases/.
    var cases: [String: SyntaxErrorRecord]
}
