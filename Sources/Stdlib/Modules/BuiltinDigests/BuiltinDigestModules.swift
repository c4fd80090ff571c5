import ObjectLayout
import ObjectModel

/// `_md5`, `_sha1`, `_sha256`, `_sha512` and `_sha3`: hashlib's fallbacks when OpenSSL
/// lacks an algorithm, and what test_hashlib checks beside _hashlib. random.py seeds
/// from `_sha512`.
enum BuiltinDigestModules {
    typealias Types = BuiltinDigestTypes

    static func constructorDoc(_ name: String, _ title: String) -> String {
        "\(name)($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new \(title) hash object; optionally initialized with a string."
    }

    /// A module of `algorithms`' types with its constructor functions and type names.
    static func make(_ name: String, _ algorithms: [Types.Algorithm], functions: [MethodSpec],
                     types: [(String, TypePointer)]) throws(PyException) -> Value {
        try Types.prepare(algorithms)
        let m = try NativeModule.make(name, doc: "", functions: functions)
        // CPython's modules have no docstring.
        try NativeModule.set(m, "__doc__", .none)
        return try ModuleTypes.add(m, types)
    }

    static func md5() throws(PyException) -> Value {
        try make("_md5", [Types.md5], functions: [
            MethodSpec("md5", doc: constructorDoc("md5", "MD5")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try Types.construct(args, Types.md5) }
            },
        ], types: [("MD5Type", Krait_md5_type)])
    }

    static func sha1() throws(PyException) -> Value {
        try make("_sha1", [Types.sha1], functions: [
            MethodSpec("sha1", doc: constructorDoc("sha1", "SHA1")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try Types.construct(args, Types.sha1) }
            },
        ], types: [("SHA1Type", Krait_sha1_type)])
    }

    static func sha256() throws(PyException) -> Value {
        try make("_sha256", [Types.sha224, Types.sha256], functions: [
            MethodSpec("sha256", doc: constructorDoc("sha256", "SHA-256")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try Types.construct(args, Types.sha256) }
            },
            MethodSpec("sha224", doc: constructorDoc("sha224", "SHA-224")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try Types.construct(args, Types.sha224) }
            },
        ], types: [("SHA224Type", Krait_sha224_type), ("SHA256Type", Krait_sha256_type)])
    }

    static func sha512() throws(PyException) -> Value {
        // CPython 3.11 adds its sha512 type under the name SHA384Type, and no other.
        try make("_sha512", [Types.sha384, Types.sha512], functions: [
            MethodSpec("sha512", doc: constructorDoc("sha512", "SHA-512")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try Types.construct(args, Types.sha512) }
            },
            MethodSpec("sha384", doc: constructorDoc("sha384", "SHA-384")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try Types.construct(args, Types.sha384) }
            },
        ], types: [("SHA384Type", Krait_sha512_type)])
    }

    static func sha3() throws(PyException) -> Value {
        let m = try make("_sha3", Types.sha3, functions: [],
                         types: Types.sha3.map { ($0.name, $0.type) })
        // The Keccak code CPython 3.11.7 builds, which has no optimised variants.
        try NativeModule.set(m, "implementation", Str.make("tiny_sha3"))
        try NativeModule.set(m, "keccakopt", IntObject.make(0))
        return m
    }
}
