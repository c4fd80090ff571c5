import Dispatch
import Foundation
import Parser
import XCTest

/// Parses every module of CPython's standard library and compares the result with
/// CPython 3.11's own: the same `ast.dump(tree, include_attributes=True)` text where
/// CPython accepts the file, the same SyntaxError where it rejects it.
///
/// CPython's side is produced at test time by Support/cpython_ast_dump.py, run with
/// `python3.11` from PATH, or with the interpreter named by `KRAIT_PYTHON`; the files
/// are those of that interpreter's stdlib. `KRAIT_STDLIB_FILTER=text` keeps only the
/// files whose path under the stdlib contains `text` (e.g. `json/`), for quick runs.
final class StdlibConformanceTests: XCTestCase {
    /// How many mismatches are described in full; the rest are only counted.
    private let detailedMismatches = 20

    func testStdlibParsesLikeCPython() throws {
        let environment = ProcessInfo.processInfo.environment
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("krait-stdlib-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }

        try runDumpScript(python: environment["KRAIT_PYTHON"] ?? "python3.11",
                          output: output, filter: environment["KRAIT_STDLIB_FILTER"] ?? "")
        let index = try JSONDecoder().decode(
            DumpIndex.self, from: Data(contentsOf: output.appendingPathComponent("index.json")))
        XCTAssertFalse(index.files.isEmpty, "no stdlib file matches the filter")

        // Files are independent, so they are compared on all cores; each worker writes
        // only its own slot.
        var outcomes = [Outcome](repeating: .identical, count: index.files.count)
        outcomes.withUnsafeMutableBufferPointer { slots in
            DispatchQueue.concurrentPerform(iterations: slots.count) { i in
                slots[i] = compare(index.files[i], dumps: output)
            }
        }

        let mismatches = report(outcomes, index: index)
        XCTAssertEqual(mismatches, 0, "stdlib files that Krait parses unlike CPython")
    }

    private func runDumpScript(python: String, output: URL, filter: String) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Support/cpython_ast_dump.py")
        let arguments = [python, script.path, output.path, filter]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ScriptFailure(command: arguments, status: process.terminationStatus)
        }
    }

    private func compare(_ file: DumpIndex.File, dumps: URL) -> Outcome {
        guard let source = FileManager.default.contents(atPath: file.path) else {
            return .kraitRejected("cannot read \(file.path)")
        }
        let tree: AST
        do {
            tree = try PythonParser.parse(source: [UInt8](source), filename: file.path)
        } catch let error as PySyntaxError {
            guard let expected = file.error else { return .kraitRejected(summary(of: error)) }
            let differences = expected.differences(from: error, filename: file.path)
            return differences.isEmpty ? .identical : .errorDiffers(differences)
        } catch {
            return .kraitRejected("\(error)")
        }
        if let rejection = file.error { return .kraitAccepted(rejection.summary) }
        guard let dumpName = file.dump,
              let expected = FileManager.default.contents(
                  atPath: dumps.appendingPathComponent(dumpName).path) else {
            return .dumpDiffers(["CPython's dump is missing"])
        }
        let actual = Array(ASTDumper.dump(tree, includeAttributes: true).utf8)
        let cpython = [UInt8](expected)
        return actual == cpython ? .identical : .dumpDiffers(firstDifference(cpython, actual))
    }

    /// Prints the counts and the first mismatches in file order; returns the mismatches.
    private func report(_ outcomes: [Outcome], index: DumpIndex) -> Int {
        var counts: [Outcome.Category: Int] = [:]
        for outcome in outcomes { counts[outcome.category, default: 0] += 1 }
        let rejectedByBoth = zip(index.files, outcomes)
            .filter { $0.0.error != nil && $0.1.category == .identical }.count

        print("""
            Stdlib conformance against CPython \(index.python), \(index.stdlib): \
            \(outcomes.count) files
              identical:                      \(counts[.identical, default: 0]) \
            (\(rejectedByBoth) rejected by both with the same error)
              AST dump differs:               \(counts[.dumpDiffers, default: 0])
              Krait rejects, CPython accepts: \(counts[.kraitRejected, default: 0])
              Krait accepts, CPython rejects: \(counts[.kraitAccepted, default: 0])
              both reject, errors differ:     \(counts[.errorDiffers, default: 0])
            """)

        let mismatches = zip(index.files, outcomes).filter { $0.1.category != .identical }
        for (file, outcome) in mismatches.prefix(detailedMismatches) {
            let relativePath = file.path.hasPrefix(index.stdlib + "/")
                ? String(file.path.dropFirst(index.stdlib.count + 1)) : file.path
            print("\(relativePath): \(outcome.category.rawValue)\n    "
                  + outcome.details.joined(separator: "\n    "))
        }
        if mismatches.count > detailedMismatches {
            print("… and \(mismatches.count - detailedMismatches) more mismatches")
        }
        return mismatches.count
    }
}

/// Where two dumps first differ, with about 100 bytes of each around that point.
/// Dumps are single lines, so a byte position locates the difference well enough.
private func firstDifference(_ cpython: [UInt8], _ krait: [UInt8]) -> [String] {
    let common = min(cpython.count, krait.count)
    let position = (0..<common).first { cpython[$0] != krait[$0] } ?? common
    func excerpt(_ bytes: [UInt8]) -> String {
        let window = max(0, position - 50)..<min(bytes.count, position + 50)
        return (window.lowerBound > 0 ? "…" : "")
            + String(decoding: bytes[window], as: UTF8.self)
            + (window.upperBound < bytes.count ? "…" : "")
    }
    return [
        "first difference at byte \(position) (CPython's dump has \(cpython.count) bytes, Krait's \(krait.count))",
        "CPython: \(excerpt(cpython))",
        "Krait:   \(excerpt(krait))",
    ]
}

/// OUTPUT_DIR/index.json of cpython_ast_dump.py.
private struct DumpIndex: Decodable {
    struct File: Decodable {
        /// The absolute path, which is also the filename both parsers are given.
        var path: String
        /// The file holding CPython's dump, when CPython accepts the module.
        var dump: String?
        /// How CPython rejects the module.
        var error: SyntaxErrorRecord?
    }

    var python: String
    var stdlib: String
    var files: [File]
}

private enum Outcome {
    case identical
    case dumpDiffers([String])
    case kraitRejected(String)
    case kraitAccepted(String)
    case errorDiffers([String])

    enum Category: String {
        case identical
        case dumpDiffers = "AST dump differs"
        case kraitRejected = "Krait rejects, CPython accepts"
        case kraitAccepted = "Krait accepts, CPython rejects"
        case errorDiffers = "both reject, errors differ"
    }

    var category: Category {
        switch self {
        case .identical: return .identical
        case .dumpDiffers: return .dumpDiffers
        case .kraitRejected: return .kraitRejected
        case .kraitAccepted: return .kraitAccepted
        case .errorDiffers: return .errorDiffers
        }
    }

    var details: [String] {
        switch self {
        case .identical: return []
        case .dumpDiffers(let lines), .errorDiffers(let lines): return lines
        case .kraitRejected(let error): return ["Krait: \(error)"]
        case .kraitAccepted(let error): return ["CPython: \(error)"]
        }
    }
}

private struct ScriptFailure: Error, CustomStringConvertible {
    var command: [String]
    var status: Int32
    var description: String {
        "`\(command.joined(separator: " "))` exited with status \(status)"
    }
}
