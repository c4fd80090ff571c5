import Compiler
import ObjectLayout
import ObjectModel

/// The bytecode interpreter: runs a frame's code from its `f_lasti` until it returns or
/// yields. Calls between Python functions recurse through `callFunction`.
public enum Interpreter {
    /// The thread's state: pending exception, handled exception, current frame.
    @inline(__always)
    static var state: UnsafeMutablePointer<KraitThreadState> { krait_thread_state() }

    /// Calls a function defined in Python.
    public static func callFunction(_ function: Value, _ args: Arguments) throws(PyException) -> Value {
        let f = Functions.function(function)
        let code = CodeObjects.code(f.pointee.func_code)
        let frame = try pushFrame(function, f, code)
        defer { FrameStack.pop(frame) }
        let locals = UnsafeMutablePointer<Value>(mutating: localsplus(frame))
        try ArgumentBinding.bind(function, code, locals, args)
        prepareCells(frame, code, f)
        if code.pointee.co_flags & (KRAIT_CO_GENERATOR | KRAIT_CO_COROUTINE | KRAIT_CO_ASYNC_GENERATOR) != 0 {
            return Generators.make(from: frame, code: code, function: f)
        }
        return try run(frame)
    }

    /// Whether `function` (a plain function) takes exactly `count` positional arguments
    /// and nothing else, so `callFunctionExactly` applies.
    @inline(__always)
    static func takesExactly(_ function: Value, _ count: Int) -> Bool {
        let code = CodeObjects.code(Functions.function(function).pointee.func_code)
        let special = KRAIT_CO_VARARGS | KRAIT_CO_VARKEYWORDS | KRAIT_CO_GENERATOR | KRAIT_CO_COROUTINE | KRAIT_CO_ASYNC_GENERATOR
        return Int(code.pointee.co_argcount) == count && code.pointee.co_kwonlyargcount == 0 && code.pointee.co_flags & special == 0
    }

    /// `Class(args)` for a plain class whose `__init__` is a plain function taking the
    /// arguments: the instance is allocated here and `__init__` entered directly, with
    /// the instance written over the class in `buffer[0]` and the arguments after it.
    /// Nil when the class or its `__init__` needs the general path.
    @inline(__always)
    static func constructInstance(_ cls: Value, _ buffer: UnsafeMutablePointer<Value>, _ count: Int) throws(PyException) -> Value? {
        let type = cls.layout(PyTypeObject.self)
        guard InstanceCreation.isPlain(type), let initializer = TypeObject.lookup(type, InstanceCreation.initName),
              initializer.isObject, initializer.object.pointee.ob_type == Krait_function_type,
              takesExactly(initializer, count + 1) else { return nil }
        let instance = InstanceCreation.allocate(type)
        buffer[0] = instance
        let result = try enterExactly(initializer, buffer, count + 1)
        if result != .none {
            throw PyException.typeError("__init__() should return None, not '\(TypeObject.name(result.type))'")
        }
        return instance
    }

    /// A call of a plain function with exactly its positional parameters (CPython's
    /// CALL_PY_EXACT_ARGS): arguments go straight into the new frame. Nil when the
    /// function needs the general binding (defaults, keywords, *args, generators).
    @inline(__always)
    static func callFunctionExactly(_ function: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int) throws(PyException) -> Value? {
        if takesExactly(function, count) { return try enterExactly(function, args, count) }
        return makesGeneratorExactly(function, count) ? Generators.makeExactly(function, args, count) : nil
    }

    /// Whether calling `function` with `count` positional arguments binds exactly its
    /// parameters and makes a generator, coroutine or async generator.
    @inline(__always)
    static func makesGeneratorExactly(_ function: Value, _ count: Int) -> Bool {
        let code = CodeObjects.code(Functions.function(function).pointee.func_code)
        let kinds = KRAIT_CO_GENERATOR | KRAIT_CO_COROUTINE | KRAIT_CO_ASYNC_GENERATOR
        return Int(code.pointee.co_argcount) == count && code.pointee.co_kwonlyargcount == 0
            && code.pointee.co_flags & (KRAIT_CO_VARARGS | KRAIT_CO_VARKEYWORDS) == 0 && code.pointee.co_flags & kinds != 0
    }

    /// Runs `function`, which `takesExactly(count)` arguments, on them.
    @inline(__always)
    static func enterExactly(_ function: Value, _ args: UnsafeMutablePointer<Value>, _ count: Int) throws(PyException) -> Value {
        let f = Functions.function(function)
        let code = CodeObjects.code(f.pointee.func_code)
        let frame = try pushFrame(function, f, code)
        defer { FrameStack.pop(frame) }
        let locals = localsplus(frame)
        for i in 0..<count { locals[i] = args[i] }
        if code.pointee.co_ncells | code.pointee.co_nfrees != 0 { prepareCells(frame, code, f) }
        return try run(frame)
    }

    /// A frame for a call of `function` (whose object and code are `f` and `code`), with
    /// its function, globals and builtins set; the caller pops it.
    @inline(__always)
    static func pushFrame(_ function: Value, _ f: UnsafeMutablePointer<PyFunctionObject>,
                          _ code: CodeObjects.Pointer) throws(PyException) -> UnsafeMutablePointer<KraitFrame> {
        guard let frame = FrameStack.push(code) else {
            throw PyException(Krait_exc_RecursionError, "maximum recursion depth exceeded")
        }
        frame.pointee.f_code = f.pointee.func_code
        frame.pointee.f_func = function
        frame.pointee.f_globals = f.pointee.func_globals
        frame.pointee.f_builtins = f.pointee.func_builtins
        return frame
    }

    @inline(__always)
    static func localsplus(_ frame: UnsafeMutablePointer<KraitFrame>) -> UnsafeMutablePointer<Value> {
        (UnsafeMutableRawPointer(frame) + MemoryLayout<KraitFrame>.size).assumingMemoryBound(to: Value.self)
    }

    /// Cells for the code's cell variables (holding the argument when a parameter is
    /// one), then the closure's cells in the free-variable slots.
    static func prepareCells(_ frame: UnsafeMutablePointer<KraitFrame>, _ code: CodeObjects.Pointer,
                             _ f: UnsafeMutablePointer<PyFunctionObject>?) {
        let ncells = Int(code.pointee.co_ncells), nfrees = Int(code.pointee.co_nfrees)
        guard ncells + nfrees > 0 else { return }
        let locals = localsplus(frame)
        let nlocals = Int(code.pointee.co_nlocals)
        let cell2arg = Bytes.data(code.pointee.co_cell2arg).assumingMemoryBound(to: Int32.self)
        for i in 0..<ncells {
            let arg = Int(cell2arg[i])
            locals[nlocals + i] = Functions.makeCell(arg >= 0 ? locals[arg] : .empty)
        }
        if nfrees > 0, let f {
            let closure = f.pointee.func_closure
            for i in 0..<nfrees { locals[nlocals + ncells + i] = Tuple.item(closure, i) }
        }
    }

    /// Runs module-level or class-body code with `locals` as its namespace.
    public static func runCode(_ codeValue: Value, globals: Value, locals: Value, builtins: Value,
                               closure: Value = .empty) throws(PyException) -> Value {
        let code = CodeObjects.code(codeValue)
        guard let frame = FrameStack.push(code) else {
            throw PyException(Krait_exc_RecursionError, "maximum recursion depth exceeded")
        }
        defer { FrameStack.pop(frame) }
        frame.pointee.f_code = codeValue
        frame.pointee.f_globals = globals
        frame.pointee.f_builtins = builtins
        frame.pointee.f_locals = locals
        let ncells = Int(code.pointee.co_ncells), nfrees = Int(code.pointee.co_nfrees)
        let slots = localsplus(frame) + Int(code.pointee.co_nlocals)
        for i in 0..<ncells { slots[i] = Functions.makeCell(.empty) }
        if !closure.isEmpty {
            for i in 0..<nfrees { slots[ncells + i] = Tuple.item(closure, i) }
        }
        return try run(frame)
    }
}

extension Interpreter {
    /// Empties the value stack of the running frame above `top`, when `top` points into
    /// it (the arguments of a builtin called by CALL end there). Values popped earlier
    /// stay in those slots, and the collector scans whole frames, so an explicit
    /// `gc.collect()` clears them first: an object the program dropped is then found
    /// dead there, as CPython would find it.
    public static func clearDeadStack(above top: UnsafePointer<Value>) {
        guard let frame = state.pointee.current_frame?.assumingMemoryBound(to: KraitFrame.self) else { return }
        let code = CodeObjects.code(frame.pointee.f_code)
        let base = localsplus(frame) + Int(code.pointee.co_nlocals + code.pointee.co_ncells + code.pointee.co_nfrees)
        let end = base + Int(code.pointee.co_stacksize)
        let start = UnsafeMutablePointer(mutating: top)
        guard start >= base && start <= end else { return }
        start.update(repeating: .empty, count: end - start)
    }
}
