import Interpreter
import ObjectLayout
import ObjectModel

/// `sys`'s functions beyond the core ones in SysModule: interning, sizes, encodings,
/// the int string-conversion limit, and switches that have no effect in Krait.
enum SysFunctions {

    static let all: [MethodSpec] = [
        MethodSpec("intern", doc: "intern($module, string, /)\n--\n\n``Intern'' the given string.\n\nThis enters the string in the (global) table of interned strings whose\npurpose is to speed up dictionary lookups. Return the string itself or\nthe previously interned string object with the same value.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let v = try args.one("sys.intern")
                guard v.isExactly(Krait_str_type) else {
                    if TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) { throw PyException.typeError("can't intern \(TypeObject.name(v.type))") }
                    throw PyException.typeError("intern() argument must be str, not \(TypeObject.argumentTypeName(v))")
                }
                return Interned.intern(v)
            }
        },
        MethodSpec("getsizeof", doc: "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("getsizeof", min: 1, max: 2)
                guard let method = SlotFunctions.lookupSpecial(args[0], "__sizeof__") else {
                    if let fallback = args.optional(1) { return fallback }
                    throw PyException.typeError("Type \(TypeObject.name(args[0].type)) doesn't define __sizeof__")
                }
                let size = try Protocols.index(try SlotFunctions.callUnbound(method, args[0], []), overflow: Krait_exc_OverflowError)
                if size < 0 { throw PyException.valueError("__sizeof__() should return >= 0") }
                // CPython adds the two-word header of objects of collected types (type
                // objects included, builtin ones too, though they are not tracked).
                let collected = TypeObject.hasFlag(args[0].type, UInt(Py_TPFLAGS_HAVE_GC))
                return IntObject.make(collected ? size + 16 : size)
            }
        },
        MethodSpec("get_int_max_str_digits", doc: "get_int_max_str_digits($module, /)\n--\n\nReturn the maximum string digits limit for non-binary int<->str conversions.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("get_int_max_str_digits")
                return IntObject.make(IntObject.maxStrDigits)
            }
        },
        MethodSpec("set_int_max_str_digits", doc: "set_int_max_str_digits($module, /, maxdigits)\n--\n\nSet the maximum string digits limit for non-binary int<->str conversions.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                guard let value = args.keyword("maxdigits") ?? args.optional(0), args.count + args.keywordCount == 1 else {
                    throw PyException.typeError("set_int_max_str_digits() takes exactly one argument (\(args.count + args.keywordCount) given)")
                }
                let digits = try Protocols.index(value, overflow: Krait_exc_OverflowError)
                if digits != 0 && digits < 640 {
                    throw PyException.valueError("maxdigits must be 0 or larger than 640")
                }
                IntObject.maxStrDigits = digits
                return .none
            }
        },
        MethodSpec("getdefaultencoding", doc: "getdefaultencoding($module, /)\n--\n\nReturn the current default encoding used by the Unicode implementation.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("getdefaultencoding"); return Str.make("utf-8") }
        },
        MethodSpec("getfilesystemencoding", doc: "getfilesystemencoding($module, /)\n--\n\nReturn the encoding used to convert Unicode filenames to OS filenames.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("getfilesystemencoding"); return Str.make("utf-8") }
        },
        MethodSpec("getfilesystemencodeerrors", doc: "getfilesystemencodeerrors($module, /)\n--\n\nReturn the error mode used Unicode to OS filename conversion.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("getfilesystemencodeerrors"); return Str.make("surrogateescape") }
        },
        MethodSpec("getrefcount", doc: "getrefcount($module, object, /)\n--\n\nReturn the reference count of object.\n\nThe count returned is generally one higher than you might expect,\nbecause it includes the (temporary) reference as an argument to\ngetrefcount().") { s, a, n, k in
            // A tracing collector counts no references; CPython's answer for a value
            // held by one name and the call is 2.
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in _ = try args.one("sys.getrefcount"); return IntObject.make(2) }
        },
        MethodSpec("getswitchinterval", doc: "getswitchinterval($module, /)\n--\n\nReturn the current thread switch interval; see sys.setswitchinterval().") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("getswitchinterval"); return FloatObject.make(GIL.switchInterval) }
        },
        MethodSpec("setswitchinterval", doc: "setswitchinterval($module, interval, /)\n--\n\nSet the ideal thread switching delay inside the Python interpreter.\n\nThe actual frequency of switching threads can be lower if the\ninterpreter executes long sequences of uninterruptible code\n(this is implementation-specific and workload-dependent).\n\nThe parameter must represent the desired switching delay in seconds\nA typical value is 0.005 (5 milliseconds).") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let interval = try NativeModule.double(try args.one("sys.setswitchinterval"), "setswitchinterval")
                if interval <= 0 { throw PyException.valueError("switch interval must be strictly positive") }
                GIL.switchInterval = interval
                return .none
            }
        },
        MethodSpec("_getframe", doc: "_getframe($module, depth=0, /)\n--\n\nReturn a frame object from the call stack.\n\nIf optional integer depth is given, return the frame object that many\ncalls below the top of the stack.  If that is deeper than the call\nstack, ValueError is raised.  The default for depth is zero, returning\nthe frame at the top of the call stack.\n\nThis function should be used for internal and specialized purposes\nonly.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("_getframe", min: 0, max: 1)
                return try FrameObjects.current(depth: try args.optional(0).map { v throws(PyException) in try Protocols.index(v, overflow: Krait_exc_OverflowError) } ?? 0)
            }
        },
        MethodSpec("is_finalizing", doc: "is_finalizing($module, /)\n--\n\nReturn True if Python is exiting.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("is_finalizing"); return .false }
        },
        MethodSpec("exception", doc: "exception($module, /)\n--\n\nReturn the current exception.\n\nReturn the most recent exception caught by an except clause\nin the current stack frame or in an older stack frame, or None\nif no such exception exists.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("exception")
                let e = Interpreter.topmostHandled()
                return e.isEmpty ? .none : e
            }
        },
    ]
}
