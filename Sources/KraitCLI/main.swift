import Krait

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `krait` — runs Python programs: `krait [--engine NAME] FILE [ARG...]`, `krait -c CMD`,
/// `krait --dump-ast FILE`, `krait --dis FILE`, `krait --version`.
let usage = "usage: krait [--engine NAME] [-c cmd | file | --dump-ast file | --dis file] [arg] ...\n"

func writeStderr(_ s: String) {
    fputs(s, stderr)
}

func readFile(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
        if n < chunk.count { break }
    }
    return bytes
}

func cannotOpen(_ path: String) -> Never {
    writeStderr("\(CommandLine.arguments[0]): can't open file '\(path)': [Errno \(errno)] \(String(cString: strerror(errno)))\n")
    exit(2)
}

var args = Array(CommandLine.arguments.dropFirst())
var engine = Runtime.Engine(rawValue: getenv("KRAIT_ENGINE").map { String(cString: $0) } ?? "interpreter")
while let first = args.first, first == "--engine" || first.hasPrefix("--engine=") {
    let name: String
    if first == "--engine" {
        guard args.count >= 2 else { writeStderr(usage); exit(2) }
        name = args[1]
        args.removeFirst(2)
    } else {
        name = String(first.dropFirst("--engine=".count))
        args.removeFirst()
    }
    engine = Runtime.Engine(rawValue: name)
    if engine == nil {
        writeStderr("krait: unknown engine '\(name)' (available: \(Runtime.Engine.allCases.map(\.rawValue).joined(separator: ", ")))\n")
        exit(2)
    }
}
guard let engine else {
    writeStderr("krait: unknown engine in KRAIT_ENGINE (available: \(Runtime.Engine.allCases.map(\.rawValue).joined(separator: ", ")))\n")
    exit(2)
}

if args.count == 2 && (args[0] == "--dump-ast" || args[0] == "--dis") {
    let path = args[1]
    guard let source = readFile(path) else { cannotOpen(path) }
    let result = args[0] == "--dis" ? SourceTools.disassembleOrError(source: source, filename: path)
        : SourceTools.dumpASTOrError(source: source, filename: path)
    switch result {
    case .success(let dump):
        print(dump)
        exit(0)
    case .failure(let error):
        writeStderr(error.formatted)
        exit(1)
    }
} else if args == ["--version"] || args == ["-V"] {
    print("Python 3.11.7 (Krait 0.1)")
} else if args.count >= 2 && args[0] == "-c" {
    Runtime.start(engine: engine, arguments: ["-c"] + args.dropFirst(2), executable: CommandLine.arguments[0])
    exit(Runtime.runMain(source: Array(args[1].utf8), filename: "<string>"))
} else if let path = args.first, !path.hasPrefix("-") {
    guard let source = readFile(path) else { cannotOpen(path) }
    Runtime.start(engine: engine, arguments: args, executable: CommandLine.arguments[0])
    exit(Runtime.runMain(source: source, filename: path))
} else {
    writeStderr(usage)
    exit(2)
}
