import Interpreter
import ObjectModel

/// `sys.settrace`, `sys.gettrace`, `sys.setprofile`, `sys.getprofile` (the machinery is
/// the interpreter's `Tracing`).
enum SysTracing {
    static let all: [MethodSpec] = [
        MethodSpec("settrace", doc: "settrace(function)\n\nSet the global debug tracing function.  It will be called on each\nfunction call.  See the debugger chapter in the library manual.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                Tracing.setTrace(try args.one("sys.settrace"))
                return .none
            }
        },
        MethodSpec("gettrace", doc: "gettrace($module, /)\n--\n\nReturn the global debug tracing function set with sys.settrace.\n\nSee the debugger chapter in the library manual.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("gettrace")
                return Tracing.traceFunction
            }
        },
        MethodSpec("setprofile", doc: "setprofile(function)\n\nSet the profiling function.  It will be called on each function call\nand return.  See the profiler chapter in the library manual.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                Tracing.setProfile(try args.one("sys.setprofile"))
                return .none
            }
        },
        MethodSpec("getprofile", doc: "getprofile($module, /)\n--\n\nReturn the profiling function set with sys.setprofile.\n\nSee the profiler chapter in the library manual.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("getprofile")
                return Tracing.profileFunction
            }
        },
    ]
}
