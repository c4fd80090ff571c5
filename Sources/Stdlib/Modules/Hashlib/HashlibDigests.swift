import COpenSSL
import ObjectLayout
import ObjectModel

/// The message digests `_hashlib` finds in OpenSSL, under Python's names.
enum HashlibDigests {
    /// Python's name for each digest OpenSSL spells differently (CPython's py_hashentry table).
    static let openSSLNames: [String: String] = [
        "sha512_224": "SHA512-224", "sha512_256": "SHA512-256",
        "sha3_224": "SHA3-224", "sha3_256": "SHA3-256", "sha3_384": "SHA3-384", "sha3_512": "SHA3-512",
        "shake_128": "SHAKE128", "shake_256": "SHAKE256", "blake2s": "BLAKE2S256", "blake2b": "BLAKE2B512",
    ]

    static let pythonNames: [Int32: String] = [
        NID_md5: "md5", NID_sha1: "sha1", NID_sha224: "sha224", NID_sha256: "sha256", NID_sha384: "sha384",
        NID_sha512: "sha512", NID_sha512_224: "sha512_224", NID_sha512_256: "sha512_256",
        NID_sha3_224: "sha3_224", NID_sha3_256: "sha3_256", NID_sha3_384: "sha3_384", NID_sha3_512: "sha3_512",
        NID_shake128: "shake_128", NID_shake256: "shake_256", NID_blake2s256: "blake2s", NID_blake2b512: "blake2b",
    ]

    /// `py_digest_name`: Python's name, else OpenSSL's long name.
    static func name(_ md: OpaquePointer) -> String {
        let nid = EVP_MD_get_type(md)
        if let name = pythonNames[nid] { return name }
        if let ln = OBJ_nid2ln(nid) { return String(cString: ln) }
        if let sn = OBJ_nid2sn(nid) { return String(cString: sn) }
        return "unknown"
    }

    /// Fetched digests, kept for the process as CPython's module state keeps them.
    nonisolated(unsafe) static var fetched: [String: OpaquePointer] = [:]

    /// `py_digest_by_name`: the digest, or UnsupportedDigestmodError with OpenSSL's reason.
    static func byName(_ name: String) throws(PyException) -> OpaquePointer {
        let openSSLName = openSSLNames[name] ?? name
        if let md = fetched[openSSLName] { return md }
        guard let md = EVP_MD_fetch(nil, openSSLName, nil) else { throw error(HashlibModule.unsupportedDigestmod) }
        fetched[openSSLName] = md
        return md
    }

    /// `py_digest_by_digestmod`: a name, or one of the module's constructors.
    static func byDigestmod(_ digestmod: Value) throws(PyException) -> OpaquePointer {
        if ModuleTypes.isStr(digestmod) { return try byName(Str.swiftString(digestmod)) }
        if let name = try Dict.getItem(HashlibModule.constructors, digestmod), ModuleTypes.isStr(name) {
            return try byName(Str.swiftString(name))
        }
        throw PyException(HashlibModule.unsupportedDigestmod.layout(PyTypeObject.self),
                          "Unsupported digestmod \(try Protocols.reprText(digestmod))")
    }

    /// `_setException`: OpenSSL's last error as "[library] reason", the queue cleared;
    /// `otherwise` when OpenSSL left none.
    static func error(_ type: Value) -> PyException { error(type.layout(PyTypeObject.self)) }

    static func error(_ type: TypePointer, otherwise: String = "no reason supplied") -> PyException {
        let code = ERR_peek_last_error()
        ERR_clear_error()
        guard code != 0 else { return PyException(type, otherwise) }
        let reason = ERR_reason_error_string(code).map { String(cString: $0) } ?? ""
        if let lib = ERR_lib_error_string(code) { return PyException(type, "[\(String(cString: lib))] \(reason)") }
        return PyException(type, reason)
    }

    /// The names of the digests OpenSSL provides (`openssl_md_meth_names`).
    static func available() -> [String] {
        collected = []
        EVP_MD_do_all_provided(nil, { md, _ in
            // Providers' digests without a NID (such as NULL) are left out, as CPython does.
            if let md, EVP_MD_get_type(md) != NID_undef { HashlibDigests.collected.append(HashlibDigests.name(md)) }
        }, nil)
        return collected
    }

    nonisolated(unsafe) static var collected: [String] = []

    /// Bytes to hash: str is refused with CPython's message, anything else must export a buffer.
    static func input(_ v: Value) throws(PyException) -> BufferRegion {
        if ModuleTypes.isStr(v) { throw PyException.typeError("Strings must be encoded before hashing") }
        guard let region = try BufferArguments.region(v) else {
            throw PyException.typeError("object supporting the buffer API required")
        }
        return region
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
