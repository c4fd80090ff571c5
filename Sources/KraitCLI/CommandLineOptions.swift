import Krait

/// What `krait`'s command line asks for, parsed as CPython's `python3.11` parses its
/// own: options first (short ones may be combined, `-X`/`-W` take an argument), then
/// `-c cmd`, `-m module`, a file or `-`, whose following arguments become `sys.argv`.
struct CommandLineOptions {
    enum Program {
        case file(String)
        case command(String)
        case module(String)
        case standardInput
        case interactive
        case dumpAST(String)
        case disassemble(String)
        case version
        case help
    }

    var program = Program.interactive
    var arguments: [String] = []
    var options = RuntimeOptions()
    var engineName: String?

    struct UsageError: Error {
        let message: String
    }

    static func parse(_ args: [String]) throws(UsageError) -> CommandLineOptions {
        var result = CommandLineOptions()
        var i = 0
        func value(for option: String) throws(UsageError) -> String {
            i += 1
            guard i < args.count else { throw UsageError(message: "Argument expected for the \(option) option") }
            return args[i]
        }
        while i < args.count {
            let arg = args[i]
            switch arg {
            case "--engine": result.engineName = try value(for: "--engine")
            case _ where arg.hasPrefix("--engine="): result.engineName = String(arg.dropFirst("--engine=".count))
            case "--dump-ast": result.program = .dumpAST(try value(for: "--dump-ast")); return result
            case "--dis": result.program = .disassemble(try value(for: "--dis")); return result
            case "--version": result.program = .version; return result
            case "--help": result.program = .help; return result
            case "-":
                result.program = .standardInput
                result.arguments = ["-"] + args[(i + 1)...]
                return result
            case _ where arg.hasPrefix("-") && arg.count > 1 && !arg.hasPrefix("--"):
                var letters = Array(arg.dropFirst())
                while !letters.isEmpty {
                    let letter = letters.removeFirst()
                    switch letter {
                    case "c", "m", "X", "W":
                        let attached = String(letters)
                        letters = []
                        let v = attached.isEmpty ? try value(for: "-\(letter)") : attached
                        switch letter {
                        case "c":
                            result.program = .command(v)
                            result.arguments = ["-c"] + args[(i + 1)...]
                            return result
                        case "m":
                            result.program = .module(v)
                            result.arguments = [v] + args[(i + 1)...]
                            return result
                        case "X":
                            let parts = v.split(separator: "=", maxSplits: 1).map(String.init)
                            result.options.xOptions.append((parts[0], parts.count > 1 ? parts[1] : nil))
                        default:
                            result.options.warnOptions.append(v)
                        }
                    case "O": result.options.optimize += 1
                    case "u": result.options.unbuffered = true
                    case "E": result.options.ignoreEnvironment = true
                    case "S": result.options.noSite = true
                    case "B": result.options.dontWriteBytecode = true
                    case "i": result.options.inspect = true
                    case "q": result.options.quiet = true
                    case "s": result.options.noUserSite = true
                    case "I":
                        result.options.isolated = true
                        result.options.ignoreEnvironment = true
                        result.options.noUserSite = true
                    case "d", "v", "b", "R": break
                    case "V": result.program = .version; return result
                    case "h", "?": result.program = .help; return result
                    default: throw UsageError(message: "Unknown option: -\(letter)")
                    }
                }
            default:
                result.program = .file(arg)
                result.arguments = Array(args[i...])
                return result
            }
            i += 1
        }
        result.arguments = [""]
        return result
    }
}
