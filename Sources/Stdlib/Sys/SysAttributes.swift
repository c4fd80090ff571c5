import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `sys`'s descriptive attributes: the struct sequences (`version_info`, `flags`,
/// `float_info`, `int_info`, `hash_info`, `thread_info`), `implementation`, and the
/// constants programs test (`maxunicode`, `float_repr_style`, prefixes, …).
enum SysAttributes {
    static let version = (major: 3, minor: 11, micro: 7)

    static func install(_ set: (String, Value) throws(PyException) -> Void, prefix: String, options: RuntimeOptions) throws(PyException) {
        let versionType = try StructSequence.makeType("sys.version_info", fields: ["major", "minor", "micro", "releaselevel", "serial"],
                                                      doc: "sys.version_info\n\nVersion information as a named tuple.")
        // Each new value goes into a rooted list before the next is made.
        let versionInfo = try StructSequence.make(versionType) { l throws(PyException) in
            for v in [version.major, version.minor, version.micro] { List.append(l, IntObject.make(v)) }
            List.append(l, Str.make("final"))
            List.append(l, IntObject.make(0))
        }
        try set("version_info", versionInfo)
        try set("flags", try flags(options))
        try set("float_info", try floatInfo())
        let intInfo = try StructSequence.makeType("sys.int_info", fields: ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
                                                  doc: "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.")
        // Krait's ints are GMP limbs, but programs size tables by CPython's digits.
        try set("int_info", StructSequence.make(intInfo, [IntObject.make(30), IntObject.make(4), IntObject.make(4300), IntObject.make(640)]))
        let hashInfo = try StructSequence.makeType("sys.hash_info", fields: ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
                                                   doc: "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.")
        try set("hash_info", try StructSequence.make(hashInfo) { l throws(PyException) in
            for v in [64, (1 << 61) - 1, 314159, 0, 1000003] { List.append(l, IntObject.make(v)) }
            List.append(l, Str.make("siphash13"))
            for v in [64, 128, 0] { List.append(l, IntObject.make(v)) }
        })
        let threadInfo = try StructSequence.makeType("sys.thread_info", fields: ["name", "lock", "version"],
                                                     doc: "sys.thread_info\n\nA named tuple holding information about the thread implementation.")
        try set("thread_info", try StructSequence.make(threadInfo) { l throws(PyException) in
            List.append(l, Str.make("pthread"))
            List.append(l, Str.make("semaphore"))
            List.append(l, .none)
        })
        // Krait names itself, with no bytecode cache tag: importlib then writes no .pyc files.
        let implementation = SimpleNamespace.make()
        try Protocols.setAttribute(implementation, Interned.literal("name"), Str.make("krait"))
        try Protocols.setAttribute(implementation, Interned.literal("cache_tag"), Str.make(CodeCache.tag))
        try Protocols.setAttribute(implementation, Interned.literal("version"), versionInfo)
        try Protocols.setAttribute(implementation, Interned.literal("hexversion"), IntObject.make(0x030B07F0))
        try Protocols.setAttribute(implementation, Interned.literal("_multiarch"), Str.make("x86_64-linux-gnu"))
        try set("implementation", implementation)
        try set("maxunicode", IntObject.make(0x10FFFF))
        try set("float_repr_style", Str.make("short"))
        try set("api_version", IntObject.make(1013))
        try set("abiflags", Str.make(""))
        try set("platlibdir", Str.make("lib"))
        try set("pycache_prefix", .none)
        try set("copyright", Str.make("Copyright (c) 2026 The Krait authors.\nPython is Copyright (c) 2001-2023 Python Software Foundation."))
        for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] { try set(name, Str.make(prefix)) }
        try set("builtin_module_names", Tuple.make(strings: (["builtins", "sys"] + ImportSystem.natives.keys).sorted()))
        try set("stdlib_module_names", try Protocols.call(Value(Krait_frozenset_type), Tuple.make(strings: StdlibModuleNames.all)))
    }

    /// With no CPython library found, the directory above the executable's.
    static var executablePrefix: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return "/usr/local" }
        var path = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        for _ in 0..<2 {
            guard let slash = path.lastIndex(of: "/") else { return "/usr/local" }
            path = String(path[..<slash])
        }
        return path.isEmpty ? "/" : path
    }

    static func flags(_ options: RuntimeOptions) throws(PyException) -> Value {
        let type = try StructSequence.makeType("sys.flags", fields: [
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
            "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
        ], doc: "sys.flags\n\nFlags provided through command line arguments or environment vars.")
        let seed = options.ignoreEnvironment ? nil : getenv("PYTHONHASHSEED").map { String(cString: $0) }
        let zero = IntObject.make(0)
        func flag(_ b: Bool) -> Value { IntObject.make(b ? 1 : 0) }
        return StructSequence.make(type, [
            zero, flag(options.inspect), flag(options.inspect), IntObject.make(options.optimize), flag(options.dontWriteBytecode),
            flag(options.noUserSite), flag(options.noSite), flag(options.ignoreEnvironment), zero, zero, flag(options.quiet),
            flag(seed == nil || seed == "random" || seed != "0"), flag(options.isolated), .false, zero, zero, .bool(options.isolated),
            IntObject.make(-1),
        ])
    }

    static func floatInfo() throws(PyException) -> Value {
        let type = try StructSequence.makeType("sys.float_info", fields: [
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds",
        ], doc: "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.")
        return try StructSequence.make(type) { l throws(PyException) in
            List.append(l, FloatObject.make(Double.greatestFiniteMagnitude))
            for v in [1024, 308] { List.append(l, IntObject.make(v)) }
            List.append(l, FloatObject.make(Double.leastNormalMagnitude))
            for v in [-1021, -307, 15, 53] { List.append(l, IntObject.make(v)) }
            List.append(l, FloatObject.make(Double.ulpOfOne))
            for v in [2, 1] { List.append(l, IntObject.make(v)) }
        }
    }
}
