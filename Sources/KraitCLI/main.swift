import Krait

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `krait` — today it can parse: `krait --dump-ast FILE`.
let usage = "usage: krait --dump-ast FILE\n"

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

let args = Array(CommandLine.arguments.dropFirst())
if args.count == 2 && args[0] == "--dump-ast" {
    let path = args[1]
    guard let source = readFile(path) else {
        writeStderr("krait: can't open file '\(path)': [Errno \(errno)] \(String(cString: strerror(errno)))\n")
        exit(2)
    }
    switch SourceTools.dumpASTOrError(source: source, filename: path) {
    case .success(let dump):
        print(dump)
        exit(0)
    case .failure(let error):
        writeStderr(error.formatted)
        exit(1)
    }
} else if args == ["--version"] {
    print("Krait 0.1 (Python 3.11)")
} else {
    writeStderr(usage)
    exit(2)
}
