import ObjectLayout
import ObjectModel

/// `breakpoint`: CPython's `builtin_breakpoint`, which hands every argument to whatever
/// `sys.breakpointhook` is now.
enum BuiltinBreakpoint {
    static let all: [MethodSpec] = [
        MethodSpec("breakpoint", doc: "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\nwhatever arguments are passed.\n\nBy default, this drops you into the pdb debugger.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                guard let hook = Dict.getItem(SysModule.dict, string: Interned.literal("breakpointhook")) else {
                    throw PyException(Krait_exc_RuntimeError, "lost sys.breakpointhook")
                }
                try SysAudit.raise(Str.make("builtins.breakpoint"), Tuple.make(hook))
                return try Protocols.call(hook, Arguments(a, n, k))
            }
        },
    ]
}
