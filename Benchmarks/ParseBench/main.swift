// Parser throughput: parses a set of Python files several times and reports MB/s.
//
//     ParseBench [--repeat N] [--files-from LIST] [FILE…]
//
// LIST holds one path per line. Files are read into memory first and parsed once
// untimed (warming caches and the allocator), then timed over N passes (default 1).
// Prints one line of key=value pairs, as Benchmarks/parse_bench.py does, e.g.
//     files=668 bytes=12345678 repeats=3 seconds=1.234 MB/s=30.01 errors=0 nodes=1234567
// MB is 10^6 bytes. `errors` counts files Krait rejected: a rejected file may take
// less time than a parsed one, so a non-zero count makes the figure suspect.
// `nodes`, only here, is the size of the trees, a check that the work was done.

import Foundation
import Parser

struct Options {
    var repeats = 1
    var paths: [String] = []
}

func parseOptions(_ arguments: ArraySlice<String>) throws -> Options {
    var options = Options()
    var rest = arguments
    while let argument = rest.popFirst() {
        switch argument {
        case "--repeat":
            guard let value = rest.popFirst(), let n = Int(value), n > 0 else {
                throw UsageError("--repeat needs a positive count")
            }
            options.repeats = n
        case "--files-from":
            guard let list = rest.popFirst() else { throw UsageError("--files-from needs a file") }
            let text = try String(contentsOfFile: list, encoding: .utf8)
            options.paths += text.split(separator: "\n").map(String.init)
        default:
            options.paths.append(argument)
        }
    }
    guard !options.paths.isEmpty else { throw UsageError("no files to parse") }
    return options
}

struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

struct Source {
    var path: String
    var bytes: [UInt8]
}

/// Parses every source once; returns how many were rejected and how many nodes the
/// accepted ones produced (which also keeps the optimiser from dropping the work).
func parseAll(_ sources: [Source]) -> (errors: Int, nodes: Int) {
    var errors = 0
    var nodes = 0
    for source in sources {
        do {
            nodes += try PythonParser.parse(source: source.bytes, filename: source.path).nodes.count
        } catch {
            errors += 1
        }
    }
    return (errors, nodes)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

func main() throws {
    let options = try parseOptions(CommandLine.arguments.dropFirst())
    let sources = try options.paths.map { path in
        Source(path: path, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
    }
    let bytes = sources.reduce(0) { $0 + $1.bytes.count }

    let (errors, nodes) = parseAll(sources)
    let clock = ContinuousClock()
    let elapsed = seconds(clock.measure {
        for _ in 0..<options.repeats { _ = parseAll(sources) }
    })

    let megabytesPerSecond = Double(bytes * options.repeats) / elapsed / 1e6
    print("files=\(sources.count) bytes=\(bytes) repeats=\(options.repeats) "
          + "seconds=\(String(format: "%.3f", elapsed)) "
          + "MB/s=\(String(format: "%.2f", megabytesPerSecond)) errors=\(errors) nodes=\(nodes)")
}

do {
    try main()
} catch {
    FileHandle.standardError.write(Data("ParseBench: \(error)\n".utf8))
    exit(2)
}
