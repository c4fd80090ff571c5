import Krait

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `krait` — runs Python programs as `python3.11` does: `krait [option] ... [-c cmd |
/// -m mod | file | -] [arg] ...`, plus `--engine NAME`, `--dump-ast FILE`, `--dis FILE`.
let executable = CommandLine.arguments[0]
let usage = "usage: \(executable) [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"

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

func absolute(_ path: String) -> String {
    guard !path.hasPrefix("/"), let cwd = getcwd(nil, 0) else { return path }
    defer { free(cwd) }
    return String(cString: cwd) + "/" + path
}

func cannotOpen(_ path: String) -> Never {
    writeStderr("\(executable): can't open file '\(absolute(path))': [Errno \(errno)] \(String(cString: strerror(errno)))\n")
    exit(2)
}

let parsed: CommandLineOptions
do throws(CommandLineOptions.UsageError) {
    parsed = try CommandLineOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    writeStderr(error.message + "\n" + usage + "Try `python -h' for more information.\n")
    exit(2)
}

let engines = Runtime.Engine.allCases.map(\.rawValue).joined(separator: ", ")
let engineName = parsed.engineName ?? getenv("KRAIT_ENGINE").map { String(cString: $0) } ?? "interpreter"
guard let engine = Runtime.Engine(rawValue: engineName) else {
    writeStderr("krait: unknown engine '\(engineName)' (available: \(engines))\n")
    exit(2)
}

func start() {
    Runtime.start(engine: engine, arguments: parsed.arguments, executable: executable, options: parsed.options)
}

/// After the program, `-i` enters the interactive prompt; then the runtime shuts down.
func finish(_ status: Int32) -> Never {
    let final = parsed.options.inspect ? Runtime.interactive(banner: false) : status
    Runtime.finalize()
    Runtime.exit(final)
}

/// Runs what the command line asks for; never returns.
func runProgram() {
switch parsed.program {
case .dumpAST(let path), .disassemble(let path):
    guard let source = readFile(path) else { cannotOpen(path) }
    let isDump: Bool
    if case .dumpAST = parsed.program { isDump = true } else { isDump = false }
    let result = isDump ? SourceTools.dumpASTOrError(source: source, filename: path)
        : SourceTools.disassembleOrError(source: source, filename: path)
    switch result {
    case .success(let text):
        print(text, terminator: isDump ? "\n" : "")
        exit(0)
    case .failure(let error):
        writeStderr(error.formatted)
        exit(1)
    }
case .version:
    print("Python 3.11.7 (Krait 0.1)")
case .help:
    print(usage + """
        Options (as python3.11's):
        -c cmd : program passed in as string
        -m mod : run library module as a script
        -i     : inspect interactively after running script
        -O     : remove assert and __debug__-dependent statements
        -u     : unbuffered binary stdout and stderr
        -E, -S, -B, -q, -s, -I : accepted, as CPython's
        -X opt : set implementation-specific option (sys._xoptions)
        -W arg : warning control (sys.warnoptions)
        -V, --version : print the version and exit
        --engine NAME : execution engine (\(engines)); also KRAIT_ENGINE
        --dump-ast FILE : print the syntax tree as ast.dump(..., include_attributes=True)
        --dis FILE : print the bytecode
        """)
case .command(let command):
    start()
    finish(Runtime.runMain(source: Array(command.utf8), filename: "<string>"))
case .module(let name):
    start()
    finish(Runtime.runModule(name, executable: executable))
case .file(let path):
    guard let source = readFile(path) else { cannotOpen(path) }
    start()
    finish(Runtime.runMain(source: source, filename: path))
case .standardInput, .interactive:
    start()
    if case .interactive = parsed.program, isatty(0) != 0 {
        exit(Runtime.interactive(banner: !parsed.options.quiet))
    }
    var input: [UInt8] = []
    while let line = readLine(strippingNewline: false) { input += Array(line.utf8) }
    finish(Runtime.runMain(source: input, filename: "<stdin>"))
}
exit(0)
}

let failure = InterpreterThread.run(runProgram)
writeStderr("krait: cannot start the interpreter thread (error \(failure))\n")
exit(1)
