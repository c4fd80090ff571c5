import COpenSSL
import ObjectLayout
import ObjectModel

/// `_hashlib`: CPython 3.11's _hashopenssl.c on OpenSSL's libcrypto, which hashlib
/// and hmac build on.
enum HashlibModule {
    nonisolated(unsafe) static var unsupportedDigestmod: Value = .empty
    /// `_constructors`' dict: each `openssl_*` function to its digest's name.
    nonisolated(unsafe) static var constructors: Value = .empty

    /// The `openssl_*` constructors: Python's name and the docstring's spelling.
    static let constructorNames: [(String, String)] = [
        ("md5", "md5"), ("sha1", "sha1"), ("sha224", "sha224"), ("sha256", "sha256"), ("sha384", "sha384"),
        ("sha512", "sha512"), ("sha3_224", "sha3-224"), ("sha3_256", "sha3-256"), ("sha3_384", "sha3-384"),
        ("sha3_512", "sha3-512"), ("shake_128", "shake-128"), ("shake_256", "shake-256"),
    ]

    static func create() throws(PyException) -> Value {
        if unsupportedDigestmod.isEmpty {
            unsupportedDigestmod = try NativeModule.exceptionClass("_hashlib", "UnsupportedDigestmodError", base: Krait_exc_ValueError)
            HashlibHash.setUp()
            HashlibHMAC.setUp()
            try TypeSetup.ready(Krait_hashlibHash_type)
            try TypeSetup.ready(Krait_hashlibHashXOF_type)
            try TypeSetup.ready(Krait_hashlibHMAC_type)
        }
        let m = try NativeModule.make("_hashlib", doc: "OpenSSL interface for hashlib module", functions: functions)
        try NativeModule.set(m, "UnsupportedDigestmodError", unsupportedDigestmod)
        let names = Sets.new(type: Krait_frozenset_type)
        for name in HashlibDigests.available() { try Sets.add(names, Str.make(name)) }
        try NativeModule.set(m, "openssl_md_meth_names", names)
        constructors = Dict.new()
        for (name, _) in constructorNames {
            try Dict.setItem(constructors, try Protocols.getAttribute(m, "openssl_" + name), Str.make(name))
        }
        try NativeModule.set(m, "_constructors", MappingProxy.make(constructors))
        return try ModuleTypes.add(m, [
            ("HASH", Krait_hashlibHash_type), ("HASHXOF", Krait_hashlibHashXOF_type), ("HMAC", Krait_hashlibHMAC_type),
        ])
    }

    /// `new(name, string=b'', *, usedforsecurity=True)`.
    static func new(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("new", ["name", "string", "usedforsecurity"], required: 1, keywordOnly: 2)
        guard ModuleTypes.isStr(p[0]!) else { throw PyException.typeError("name must be a string") }
        if let data = p[1] { _ = try HashlibDigests.input(data) }
        return try HashlibHash.make(try HashlibDigests.byName(Str.swiftString(p[0]!)), p[1])
    }

    /// `openssl_<name>(string=b'', *, usedforsecurity=True)`.
    static func construct(_ args: Arguments, _ name: String) throws(PyException) -> Value {
        let p = try args.parse("openssl_" + name, ["string", "usedforsecurity"], keywordOnly: 1)
        return try HashlibHash.make(try HashlibDigests.byName(name), p[0])
    }

    static func constructorDoc(_ name: String) -> String {
        let spelling = constructorNames.first { $0.0 == name }!.1
        return "openssl_\(name)($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturns a \(spelling) hash object; optionally initialized with a string"
    }

    /// One entry each: a C function pointer cannot capture the name.
    static var constructorFunctions: [MethodSpec] {
        [
            MethodSpec("openssl_md5", doc: constructorDoc("md5")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "md5") }
            },
            MethodSpec("openssl_sha1", doc: constructorDoc("sha1")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "sha1") }
            },
            MethodSpec("openssl_sha224", doc: constructorDoc("sha224")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "sha224") }
            },
            MethodSpec("openssl_sha256", doc: constructorDoc("sha256")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "sha256") }
            },
            MethodSpec("openssl_sha384", doc: constructorDoc("sha384")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "sha384") }
            },
            MethodSpec("openssl_sha512", doc: constructorDoc("sha512")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "sha512") }
            },
            MethodSpec("openssl_sha3_224", doc: constructorDoc("sha3_224")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "sha3_224") }
            },
            MethodSpec("openssl_sha3_256", doc: constructorDoc("sha3_256")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "sha3_256") }
            },
            MethodSpec("openssl_sha3_384", doc: constructorDoc("sha3_384")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "sha3_384") }
            },
            MethodSpec("openssl_sha3_512", doc: constructorDoc("sha3_512")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "sha3_512") }
            },
            MethodSpec("openssl_shake_128", doc: constructorDoc("shake_128")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "shake_128") }
            },
            MethodSpec("openssl_shake_256", doc: constructorDoc("shake_256")) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.construct(args, "shake_256") }
            },
        ]
    }

    static var functions: [MethodSpec] {
        constructorFunctions + [
            MethodSpec("new", doc: "new($module, /, name, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new hash object using the named algorithm.\n\nAn optional string argument may be provided and will be\nautomatically hashed.\n\nThe MD5 and SHA1 algorithms are always supported.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibModule.new(args) }
            },
            MethodSpec("pbkdf2_hmac", doc: "pbkdf2_hmac($module, /, hash_name, password, salt, iterations,\n            dklen=None)\n--\n\nPassword based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibKDF.pbkdf2(args) }
            },
            MethodSpec("scrypt", doc: "scrypt($module, /, password, *, salt=None, n=None, r=None, p=None,\n       maxmem=0, dklen=64)\n--\n\nscrypt password-based key derivation function.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibKDF.scrypt(args) }
            },
            MethodSpec("hmac_digest", doc: "hmac_digest($module, /, key, msg, digest)\n--\n\nSingle-shot HMAC.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibHMAC.oneShot(args) }
            },
            MethodSpec("hmac_new", doc: "hmac_new($module, /, key, msg=b'', digestmod=None)\n--\n\nReturn a new hmac object.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try HashlibHMAC.new(args) }
            },
            MethodSpec("get_fips_mode", doc: "get_fips_mode($module, /)\n--\n\nDetermine the OpenSSL FIPS mode of operation.\n\nFor OpenSSL 3.0.0 and newer it returns the state of the default provider\nin the default OSSL context. It's not quite the same as FIPS_mode() but good\nenough for unittests.\n\nEffectively any non-zero return value indicates FIPS mode;\nvalues other than 1 may have additional significance.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("get_fips_mode")
                    return IntObject.make(Int(EVP_default_properties_is_fips_enabled(nil)))
                }
            },
            MethodSpec("compare_digest", doc: "compare_digest($module, a, b, /)\n--\n\nReturn 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    let p = try args.parse("compare_digest", ["a", "b"], required: 2, positionalOnly: 2)
                    return .bool(try OperatorModule.compareDigest(p[0]!, p[1]!))
                }
            },
        ]
    }
}
