import Interpreter
import ObjectLayout
import ObjectModel
import Parser
import Stdlib

/// A Python runtime's `__main__` namespace, for a Swift program that embeds Krait:
/// run source, evaluate expressions, read and set globals, import modules.
///
///     let python = PythonContext()
///     try python.exec("def square(x): return x * x")
///     let nine = try python.globals("square")!(3)
public final class PythonContext {
    /// The namespace code runs in (`__main__`'s dict).
    public let namespace: PythonObject

    /// Starts the runtime (once per process) and makes a fresh `__main__` namespace.
    public init(engine: Runtime.Engine = .interpreter, arguments: [String] = [""]) {
        Runtime.start(engine: engine, arguments: arguments, executable: CommandLine.arguments.first ?? "krait")
        let dict = Dict.new()
        try? Dict.setItem(dict, Interned.literal("__name__"), Str.make("__main__"))
        try? Dict.setItem(dict, Interned.literal("__builtins__"), BuiltinsModule.module)
        namespace = PythonObject(dict)
    }

    /// Runs statements in the namespace.
    public func exec(_ source: String, filename: String = "<string>") throws(PythonError) {
        _ = try run(source, filename: filename, mode: .exec)
    }

    /// The value of an expression evaluated in the namespace.
    public func eval(_ expression: String) throws(PythonError) -> PythonObject {
        try run(expression, filename: "<string>", mode: .eval)
    }

    private func run(_ source: String, filename: String, mode: ParseMode) throws(PythonError) -> PythonObject {
        let dict = namespace.value
        return try PythonError.catching { () throws(PyException) in
            let code = try Execution.compile(Array(source.utf8), filename: filename, mode: mode)
            return PythonObject(try Interpreter.runCode(code, globals: dict, locals: dict, builtins: BuiltinsModule.dict))
        }
    }

    /// A global of the namespace, or nil when unbound.
    public func globals(_ name: String) -> PythonObject? {
        Dict.getItem(namespace.value, string: Interned.get(name)).map(PythonObject.init)
    }

    /// Binds a global of the namespace.
    public func setGlobal(_ name: String, _ value: PythonConvertible) throws(PythonError) {
        let v = value.pythonObject
        try PythonError.catching { () throws(PyException) in try Dict.setItem(namespace.value, Interned.get(name), v.value) }
    }

    /// `import name` (the module itself, also for dotted names).
    public func importModule(_ name: String) throws(PythonError) -> PythonObject {
        try PythonError.catching { () throws(PyException) in
            PythonObject(try ImportSystem.importModule(Str.make(name), namespace.value, Tuple.make([Str.make("*")]), IntObject.make(0)))
        }
    }
}
