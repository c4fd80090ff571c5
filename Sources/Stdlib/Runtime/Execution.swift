import Compiler
import Interpreter
import ObjectLayout
import ObjectModel
import Parser

/// Source to running code: parsing and compiling with errors as Python exceptions.
public enum Execution {
    /// `-O`: asserts and `__debug__` blocks are compiled out.
    nonisolated(unsafe) public static var optimize = false

    /// The code object of `source`, or SyntaxError; `flags` are future features already on.
    public static func compile(_ source: [UInt8], filename: String, mode: ParseMode, flags: Int32 = 0) throws(PyException) -> Value {
        try compileTree(try parse(source, filename: filename, mode: mode), filename: filename, flags: flags)
    }

    /// The tree of `source`, or SyntaxError.
    static func parse(_ source: [UInt8], filename: String, mode: ParseMode) throws(PyException) -> AST {
        let tree: AST
        do {
            tree = try PythonParser.parse(source: source, filename: filename, mode: mode, warn: parserWarning)
        } catch let error as PySyntaxError {
            if let raised = warningException {
                warningException = nil
                throw raised
            }
            throw syntaxError(kind: error.kind == .memoryError ? nil : error.kind.rawValue, message: error.message, filename: filename,
                              line: error.lineno, offset: error.offset, endLine: error.endLineno, endOffset: error.endOffset,
                              text: error.text, hasLocation: error.hasLocation)
        } catch {
            throw PyException.systemError("parser failed: \(error)")
        }
        return tree
    }

    /// The code object of a parsed (or converted) tree, or SyntaxError.
    static func compileTree(_ tree: AST, filename: String, flags: Int32) throws(PyException) -> Value {
        let compiled: CompiledModule
        do throws(CompileError) {
            compiled = try Compiler.compile(tree, filename: filename, optimize: optimize, flags: flags)
        } catch {
            if let raised = warningException {
                warningException = nil
                throw raised
            }
            if error.isSystemError { throw PyException.systemError(error.message) }
            let line = Int(error.span.lineno)
            // As CPython's compiler_error (PyErr_ProgramTextObject), the line is read from
            // the file the name names: a string compiled as "<string>" has none.
            let text = ImportSystem.readFile(filename).flatMap { sourceLine($0, line) }
            let offset = text.map { column(of: Int(error.span.colOffset), in: $0) } ?? Int(error.span.colOffset)
            let endOffset = text.map { column(of: Int(error.span.endColOffset), in: $0) } ?? Int(error.span.endColOffset)
            throw syntaxError(kind: "SyntaxError", message: error.message, filename: filename, line: line, offset: offset + 1,
                              endLine: Int(error.span.endLineno), endOffset: error.hasEndOffset ? endOffset + 1 : nil, text: text, hasLocation: true)
        }
        return try CodeObjects.materialize(compiled)
    }

    /// An exception other than the warning itself that issuing a parser or compiler
    /// warning raised (a broken filter, a failing `showwarning`): compiling stops and it
    /// propagates.
    nonisolated(unsafe) static var warningException: PyException?

    /// A compile-time SyntaxWarning through the warnings filters (`compiler_warn`);
    /// true when compiling must stop: the warning became an error (reported as a
    /// SyntaxError at its place) or something else was raised.
    static func compileWarning(_ warning: CompileWarning) -> Bool {
        issue(warning.message, Krait_exc_SyntaxWarning, warning.filename, warning.lineno)
    }

    /// The parser's DeprecationWarning for an invalid escape sequence, likewise.
    static func parserWarning(_ warning: ParserWarning) -> Bool {
        issue(warning.message, Krait_exc_DeprecationWarning, warning.filename, warning.lineno)
    }

    /// `PyErr_WarnExplicitObject` with no module or registry, as both callers use it.
    private static func issue(_ message: String, _ category: UnsafeMutablePointer<PyTypeObject>, _ filename: String,
                              _ lineno: Int) -> Bool {
        do throws(PyException) {
            try Warnings.warnExplicit(Str.make(message), category: Value(category), filename: Str.make(filename),
                                      lineno: lineno, module: nil, registry: nil, sourceLine: nil)
            return false
        } catch {
            if !TypeObject.isSubtype(error.value.type, of: category) { warningException = error }
            return true
        }
    }

    /// The future features of the running code, which `exec` and `eval` of a string
    /// inherit (CPython's `PyEval_MergeCompilerFlags`).
    static func callerFutureFlags() -> Int32 {
        guard let frame = krait_thread_state().pointee.current_frame?.assumingMemoryBound(to: KraitFrame.self) else { return 0 }
        return CodeObjects.code(frame.pointee.f_code).pointee.co_flags & KRAIT_CO_FUTURE_ANNOTATIONS
    }

    static func sourceLine(_ source: [UInt8], _ line: Int) -> String? {
        var current = 1
        var start = 0
        for (i, b) in source.enumerated() where b == 10 {
            if current == line { return String(decoding: source[start...i], as: UTF8.self) }
            current += 1
            start = i + 1
        }
        return current == line && start < source.count ? String(decoding: source[start...], as: UTF8.self) + "\n" : nil
    }

    /// A UTF-8 byte offset on `line` as a character offset.
    static func column(of byteOffset: Int, in line: String) -> Int {
        String(decoding: line.utf8.prefix(max(0, byteOffset)), as: UTF8.self).count
    }

    public static func syntaxError(kind: String?, message: String, filename: String, line: Int, offset: Int, endLine: Int,
                                   endOffset: Int?, text: String?, hasLocation: Bool) -> PyException {
        guard let kind else { return PyException.memoryError() }
        let type: TypePointer = kind == "IndentationError" ? Krait_exc_IndentationError : kind == "TabError" ? Krait_exc_TabError : Krait_exc_SyntaxError
        // Every new object is held by a local (seen by the collector), not only by a Swift array.
        let msg = Str.make(message), file = Str.make(filename), source = text.map { Str.make($0) } ?? .none
        let end = endOffset.map { IntObject.make($0) } ?? .none
        let location = hasLocation ? [file, IntObject.make(line), IntObject.make(offset), source, IntObject.make(endLine), end]
                                   : [Value](repeating: .none, count: 6)
        let details = Tuple.make(location)
        let e = PyException(type, arguments: [msg, details])
        withExtendedLifetime((msg, file, source, details)) {
            for (name, value) in [("msg", msg), ("filename", file),
                                  ("lineno", hasLocation ? IntObject.make(line) : .none),
                                  ("offset", hasLocation ? IntObject.make(offset) : .none),
                                  ("text", source),
                                  ("end_lineno", hasLocation ? IntObject.make(endLine) : .none),
                                  ("end_offset", hasLocation ? end : .none)] {
                _ = try? Protocols.setAttribute(e.value, Interned.get(name), value)
            }
        }
        return e
    }

    /// The bytes of a str or bytes source, nil for other objects.
    static func sourceBytes(_ v: Value) -> [UInt8]? {
        if v.isExactly(Krait_str_type) { return Array(Str.swiftString(v).utf8) }
        guard v.isExactly(Krait_bytes_type) else { return nil }
        return Array(UnsafeBufferPointer(start: Bytes.data(v).assumingMemoryBound(to: UInt8.self), count: Bytes.count(v)))
    }

    /// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`. Sources are
    /// strings, bytes and `ast` trees; of the flags, the future features are honoured,
    /// `PyCF_ONLY_AST` returns the tree, and `PyCF_TYPE_COMMENTS` is accepted (the
    /// parser keeps no type comments).
    static func compileBuiltin(_ args: Arguments) throws(PyException) -> Value {
        // `_feature_version` is accepted and ignored: Krait parses one version of the grammar.
        let p = try args.parse("compile", ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
                               required: 3, keywordOnly: 6)
        let filename = p[1]!
        guard filename.isExactly(Krait_str_type) || filename.isExactly(Krait_bytes_type) else {
            throw PyException.typeError("expected str, bytes or os.PathLike object, not \(TypeObject.name(filename.type))")
        }
        let name = filename.isExactly(Krait_str_type) ? Str.swiftString(filename) : String(decoding: sourceBytes(filename)!, as: UTF8.self)
        let modeValue = p[2]!
        guard modeValue.isExactly(Krait_str_type) else {
            throw PyException.typeError("compile() argument 'mode' must be str, not \(TypeObject.argumentTypeName(modeValue))")
        }
        // PyCF_MASK, PyCF_MASK_OBSOLETE and PyCF_COMPILE_MASK of CPython 3.11.
        let known: Int32 = 0x1FE_0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000
        let flags = try p[3].map { v throws(PyException) in Int32(truncatingIfNeeded: try Protocols.index(v, overflow: Krait_exc_OverflowError)) } ?? 0
        if flags & ~known != 0 { throw PyException.valueError("compile(): unrecognised flags") }
        let dontInherit = try p[4].map { v throws(PyException) in try Protocols.isTrue(v) } ?? false
        let level = try p[5].map { v throws(PyException) in try Protocols.index(v, overflow: Krait_exc_OverflowError) } ?? -1
        if level < -1 || level > 2 { throw PyException.valueError("compile(): invalid optimize value") }
        let onlyAST = flags & ASTModule.onlyAST != 0
        let mode: ParseMode
        switch Str.swiftString(modeValue) {
        case "exec": mode = .exec
        case "eval": mode = .eval
        case "single": mode = .single
        case "func_type" where onlyAST: mode = .funcType
        case "func_type": throw PyException.valueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST")
        default:
            throw PyException.valueError(onlyAST ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                                                 : "compile() mode must be 'exec', 'eval' or 'single'")
        }
        let inherited = dontInherit ? 0 : callerFutureFlags()
        let saved = optimize
        defer { optimize = saved }
        if level >= 0 { optimize = level > 0 }
        if try ASTClasses.isNode(p[0]!) {
            if onlyAST { return p[0]! }
            let converted = try ObjectsToAST.convert(p[0]!, mode: mode)
            try ASTValidator.validate(converted)
            return try compileTree(converted.tree, filename: name, flags: (flags | inherited) & KRAIT_CO_FUTURE_ANNOTATIONS)
        }
        guard let source = sourceBytes(p[0]!) else {
            throw PyException.typeError("compile() arg 1 must be a string, bytes or AST object")
        }
        if onlyAST { return try parseToObjects(source, filename: name, mode: mode) }
        return try compile(source, filename: name, mode: mode, flags: (flags | inherited) & KRAIT_CO_FUTURE_ANNOTATIONS)
    }

    /// The tree of `source` as `ast` node objects (`compile(..., PyCF_ONLY_AST)`).
    static func parseToObjects(_ source: [UInt8], filename: String, mode: ParseMode) throws(PyException) -> Value {
        try ASTToObjects.convert(try parse(source, filename: filename, mode: mode))
    }

    /// `exec(source, globals=None, locals=None)` and `eval(...)`.
    static func run(_ args: Arguments, mode: ParseMode) throws(PyException) -> Value {
        let name = mode == .exec ? "exec" : "eval"
        var closure = Value.none
        if mode == .exec && args.keywordCount > 0 {
            // exec's only keyword is `closure`.
            for i in 0..<args.keywordCount {
                let keyword = Tuple.item(args.kwnames, i)
                guard Str.swiftString(keyword) == "closure" else {
                    throw PyException.typeError("'\(Str.swiftString(keyword))' is an invalid keyword argument for exec()")
                }
                closure = args[args.count + i]
            }
            try Arguments(args.base, args.count, .empty).positional(name, min: 1, max: 3)
        } else {
            try args.positional(name, min: 1, max: 3)
        }
        var globals = args.optional(1) ?? .none
        var locals = args.optional(2) ?? .none
        if globals == .none {
            globals = RuntimeHooks.currentGlobals?() ?? Dict.new()
            if locals == .none { locals = RuntimeHooks.currentLocals?() ?? globals }
        }
        func isMapping(_ v: Value) -> Bool { v.type.pointee.tp_as_mapping?.pointee.mp_subscript != nil }
        func isDict(_ v: Value) -> Bool { v.isObject && TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) }
        // CPython's checks and wordings, which differ between exec and eval.
        if mode == .eval {
            if locals != .none && !isMapping(locals) { throw PyException.typeError("locals must be a mapping") }
            if !isDict(globals) {
                throw PyException.typeError(isMapping(globals) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict")
            }
        } else {
            guard isDict(globals) else {
                throw PyException.typeError("exec() globals must be a dict, not \(TypeObject.name(globals.type))")
            }
            if locals != .none && !isMapping(locals) {
                throw PyException.typeError("locals must be a mapping or None, not \(TypeObject.name(locals.type))")
            }
        }
        if locals == .none { locals = globals }
        if Dict.getItem(globals, string: Interned.literal("__builtins__")) == nil {
            try Dict.setItem(globals, Interned.literal("__builtins__"), BuiltinsModule.module)
        }
        var code = args[0]
        if var bytes = sourceBytes(code) {
            // eval() skips leading spaces and tabs of a source string; exec() and compile() don't.
            if mode == .eval, let start = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) { bytes.removeFirst(start) }
            code = try compile(bytes, filename: "<string>", mode: mode, flags: callerFutureFlags())
        } else if !code.isExactly(Krait_code_type) {
            throw PyException.typeError("\(name)() arg 1 must be a string, bytes or code object")
        } else {
            closure = try checkedClosure(code, closure, mode: mode)
            if closure != .none {
                return try Interpreter.runCode(code, globals: globals, locals: locals, builtins: builtins(of: globals),
                                               closure: closure)
            }
        }
        if closure != .none { throw PyException.typeError("closure can only be used when source is a code object") }
        return try Interpreter.runCode(code, globals: globals, locals: locals, builtins: builtins(of: globals))
    }

    /// The cells a code object with free variables runs with: exec's `closure`, which
    /// must be a tuple of exactly that many cells; eval takes none.
    static func checkedClosure(_ code: Value, _ closure: Value, mode: ParseMode) throws(PyException) -> Value {
        let frees = Int(CodeObjects.code(code).pointee.co_nfrees)
        if mode == .eval {
            if frees > 0 { throw PyException.typeError("code object passed to eval() may not contain free variables") }
            return .none
        }
        if frees == 0 {
            if closure != .none { throw PyException.typeError("cannot use a closure with this code object") }
            return .none
        }
        var ok = closure.isExactly(Krait_tuple_type) && Tuple.count(closure) == frees
        if ok {
            for i in 0..<frees where !Tuple.item(closure, i).isExactly(Krait_cell_type) { ok = false }
        }
        guard ok else { throw PyException.typeError("code object requires a closure of exactly length \(frees)") }
        return closure
    }

    /// The builtins the code runs with: `globals['__builtins__']`, a module's dict or a
    /// dict as CPython's `_PyEval_BuiltinsFromGlobals`; other mappings get the real ones.
    static func builtins(of globals: Value) -> Value {
        guard let value = Dict.getItem(globals, string: Interned.literal("__builtins__")) else { return BuiltinsModule.dict }
        if value.isExactly(Krait_module_type) { return Modules.dict(value) }
        return value.isObject && TypeObject.hasFlag(value.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) ? value : BuiltinsModule.dict
    }
}
