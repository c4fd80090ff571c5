import Compiler
import ObjectLayout
import ObjectModel

/// `function(code, globals, name=None, argdefs=None, closure=None)`, with the checks
/// and messages of CPython 3.11's `func_new_impl`.
extension Functions {
    static func construct(_ args: Arguments) throws(PyException) -> Value {
        let parsed = try args.parse("function", ["code", "globals", "name", "argdefs", "closure"], required: 2)
        let code = parsed[0]!, globals = parsed[1]!
        let name = parsed[2] ?? .none, defaults = parsed[3] ?? .none, closure = parsed[4] ?? .none
        guard code.isExactly(Krait_code_type) else {
            throw PyException.typeError("function() argument 'code' must be code, not \(TypeObject.argumentTypeName(code))")
        }
        guard globals.isObject, TypeObject.hasFlag(globals.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else {
            throw PyException.typeError("function() argument 'globals' must be dict, not \(TypeObject.argumentTypeName(globals))")
        }
        if name != .none && !(name.isObject && TypeObject.isSubtype(name.type, of: Krait_str_type)) {
            throw PyException.typeError("arg 3 (name) must be None or string")
        }
        if defaults != .none && !(defaults.isObject && TypeObject.isSubtype(defaults.type, of: Krait_tuple_type)) {
            throw PyException.typeError("arg 4 (defaults) must be None or tuple")
        }
        let c = CodeObjects.code(code)
        let isTuple = closure.isObject && TypeObject.isSubtype(closure.type, of: Krait_tuple_type)
        if !isTuple && (closure != .none || c.pointee.co_nfrees > 0) {
            throw PyException.typeError(closure == .none ? "arg 5 (closure) must be tuple" : "arg 5 (closure) must be None or tuple")
        }
        let given = isTuple ? Tuple.count(closure) : 0
        if given != Int(c.pointee.co_nfrees) {
            throw PyException.valueError("\(Str.swiftString(c.pointee.co_name)) requires closure of length \(c.pointee.co_nfrees), not \(given)")
        }
        for i in 0..<given where !Tuple.item(closure, i).isExactly(Krait_cell_type) {
            throw PyException.typeError("arg 5 (closure) expected cell, found \(TypeObject.name(Tuple.item(closure, i).type))")
        }
        let f = make(code: code, globals: globals, builtins: try builtins(of: globals))
        let fields = function(f)
        if name != .none { fields.pointee.func_name = name }
        if defaults != .none { fields.pointee.func_defaults = defaults }
        if isTuple { fields.pointee.func_closure = closure }
        return f
    }

    /// CPython's `_PyEval_BuiltinsFromGlobals`: `globals['__builtins__']` (a module's
    /// dict for a module), else the builtins of the running code.
    static func builtins(of globals: Value) throws(PyException) -> Value {
        if let builtins = try Dict.getItem(globals, Interned.literal("__builtins__")) {
            return builtins.isExactly(Krait_module_type) ? Modules.dict(builtins) : builtins
        }
        if let frame = krait_thread_state().pointee.current_frame {
            return frame.assumingMemoryBound(to: KraitFrame.self).pointee.f_builtins
        }
        return Modules.dict(try RuntimeHooks.importModule!("builtins"))
    }
}
