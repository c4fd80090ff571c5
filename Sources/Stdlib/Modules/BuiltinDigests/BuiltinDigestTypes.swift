import COpenSSL
import ObjectLayout
import ObjectModel

/// The hash objects of the builtin _md5, _sha1, _sha256, _sha512 and _sha3: CPython
/// implements each algorithm itself, Krait runs each on OpenSSL's EVP_MD of the same
/// name, with _hashlib.HASH's context handling. Only the type differs per algorithm.
enum BuiltinDigestTypes {
    enum Family {
        /// md5, sha1, the SHA-2s: made by a module function, not by their type.
        case fixed
        /// sha3_*: their own constructors, with the Keccak attributes.
        case sha3
        /// shake_*: as sha3, and `digest(length)`.
        case shake
    }

    struct Algorithm {
        let type: TypePointer
        /// tp_name, "_md5.md5".
        let qualifiedName: String
        /// Python's name, which HashlibDigests maps to OpenSSL's.
        let name: String
        let family: Family
    }

    static let md5 = Algorithm(type: Krait_md5_type, qualifiedName: "_md5.md5", name: "md5", family: .fixed)
    static let sha1 = Algorithm(type: Krait_sha1_type, qualifiedName: "_sha1.sha1", name: "sha1", family: .fixed)
    static let sha224 = Algorithm(type: Krait_sha224_type, qualifiedName: "_sha256.sha224", name: "sha224", family: .fixed)
    static let sha256 = Algorithm(type: Krait_sha256_type, qualifiedName: "_sha256.sha256", name: "sha256", family: .fixed)
    static let sha384 = Algorithm(type: Krait_sha384_type, qualifiedName: "_sha512.sha384", name: "sha384", family: .fixed)
    static let sha512 = Algorithm(type: Krait_sha512_type, qualifiedName: "_sha512.sha512", name: "sha512", family: .fixed)
    static let sha3 = [
        Algorithm(type: Krait_sha3_224_type, qualifiedName: "_sha3.sha3_224", name: "sha3_224", family: .sha3),
        Algorithm(type: Krait_sha3_256_type, qualifiedName: "_sha3.sha3_256", name: "sha3_256", family: .sha3),
        Algorithm(type: Krait_sha3_384_type, qualifiedName: "_sha3.sha3_384", name: "sha3_384", family: .sha3),
        Algorithm(type: Krait_sha3_512_type, qualifiedName: "_sha3.sha3_512", name: "sha3_512", family: .sha3),
        Algorithm(type: Krait_shake128_type, qualifiedName: "_sha3.shake_128", name: "shake_128", family: .shake),
        Algorithm(type: Krait_shake256_type, qualifiedName: "_sha3.shake_256", name: "shake_256", family: .shake),
    ]

    nonisolated(unsafe) static var prepared: Set<String> = []

    /// Sets up and readies the types of `algorithms`, each once.
    static func prepare(_ algorithms: [Algorithm]) throws(PyException) {
        for algorithm in algorithms where !prepared.contains(algorithm.name) {
            prepared.insert(algorithm.name)
            define(algorithm)
            try TypeSetup.ready(algorithm.type)
        }
    }

    static func define(_ algorithm: Algorithm) {
        let t = algorithm.type
        let constructor: NativeConstructors.Constructor? = algorithm.family == .fixed ? nil : { type, args throws(PyException) in
            try BuiltinDigestTypes.constructSHA3(type, args, algorithm.name)
        }
        ModuleTypes.define(t, algorithm.qualifiedName, size: MemoryLayout<KraitHashlibObject>.size, doc: doc(algorithm),
                           base: false, traverse: { _, _, _ in 0 }, constructor: constructor)
        t.pointee.tp_finalize = DigestMethods.finalize
        switch algorithm.family {
        case .fixed:
            t.pointee.tp_methods = TypeSetup.methodTable(
                [DigestMethods.copy] + DigestMethods.fixedDigests + [DigestMethods.update(doc: DigestMethods.fixedUpdateDoc)])
            t.pointee.tp_getset = MemberDescriptors.getSetTable(DigestMethods.attributes)
        case .sha3:
            t.pointee.tp_methods = TypeSetup.methodTable(
                [DigestMethods.copy] + DigestMethods.fixedDigests + [DigestMethods.update(doc: DigestMethods.sha3UpdateDoc)])
            t.pointee.tp_getset = MemberDescriptors.getSetTable(DigestMethods.attributes + DigestMethods.sponge)
        case .shake:
            t.pointee.tp_methods = TypeSetup.methodTable(
                [DigestMethods.copy] + DigestMethods.shakeDigests + [DigestMethods.update(doc: DigestMethods.sha3UpdateDoc)])
            t.pointee.tp_getset = MemberDescriptors.getSetTable(
                DigestMethods.attributes.filter { $0.name != "digest_size" } + [DigestMethods.noDigestSize] + DigestMethods.sponge)
        }
    }

    static func doc(_ algorithm: Algorithm) -> String? {
        switch algorithm.family {
        case .fixed: return nil
        case .sha3:
            let bytes = algorithm.name.dropFirst("sha3_".count).description
            return "\(algorithm.name)([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of \(Int(bytes)! / 8) bytes."
        case .shake:
            return "\(algorithm.name)([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object."
        }
    }

    /// A module function's `md5(string=b'', *, usedforsecurity=True)`.
    static func construct(_ args: Arguments, _ algorithm: Algorithm) throws(PyException) -> Value {
        let p = try args.parse(algorithm.name, ["string", "usedforsecurity"], keywordOnly: 1)
        return try HashlibHash.make(try HashlibDigests.byName(algorithm.name), p[0], type: algorithm.type)
    }

    /// `sha3_256(data=b'', /, *, usedforsecurity=True)`; CPython's parser of all six
    /// types is sha3_224's, so its messages name sha3_224.
    static func constructSHA3(_ type: TypePointer, _ args: Arguments, _ name: String) throws(PyException) -> Value {
        let p = try args.parse("sha3_224", ["data", "usedforsecurity"], positionalOnly: 1, keywordOnly: 1)
        return try HashlibHash.make(try HashlibDigests.byName(name), p[0], type: type)
    }
}
