import COpenSSL
import ObjectLayout
import ObjectModel

/// `_hashlib`'s key derivation functions, PBKDF2-HMAC and scrypt, in OpenSSL.
enum HashlibKDF {
    static let intMax = Int(Int32.max)

    /// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
    static func pbkdf2(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("pbkdf2_hmac", ["hash_name", "password", "salt", "iterations", "dklen"], required: 4)
        guard ModuleTypes.isStr(p[0]!) else {
            throw PyException.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not \(TypeObject.name(p[0]!.type))")
        }
        let password = try BufferArguments.readable(p[1]!)
        let salt = try BufferArguments.readable(p[2]!)
        let iterations = try Protocols.index(p[3]!, overflow: Krait_exc_OverflowError)
        let md = try HashlibDigests.byName(Str.swiftString(p[0]!))
        if iterations < 1 { throw PyException.valueError("iteration value must be greater than 0.") }
        if iterations > intMax { throw PyException.overflowError("iteration value is too great.") }
        var length = Int(EVP_MD_get_size(md))
        if let dklen = p[4], dklen != .none {
            length = try Protocols.index(dklen, overflow: Krait_exc_OverflowError)
            if length < 1 { throw PyException.valueError("key length must be greater than 0.") }
            if length > intMax { throw PyException.overflowError("key length is too great.") }
        }
        var key = [UInt8](repeating: 0, count: length)
        let ok = PKCS5_PBKDF2_HMAC(password.data.assumingMemoryBound(to: CChar.self), Int32(password.count),
                                   salt.data.assumingMemoryBound(to: UInt8.self), Int32(salt.count),
                                   Int32(iterations), md, Int32(length), &key)
        if ok != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
        return Bytes.make(key)
    }

    /// An `unsigned long` parameter of scrypt, which must be given.
    static func unsigned(_ v: Value?, _ name: String) throws(PyException) -> UInt64 {
        let message = "\(name) is required and must be an unsigned int"
        guard let v, v != .none, (v.isSmallInt || TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_LONG_SUBCLASS))) else { throw PyException.typeError(message) }
        let n: Int
        do throws(PyException) { n = try Protocols.index(v, overflow: Krait_exc_OverflowError) } catch { throw PyException.typeError(message) }
        guard n >= 0 else { throw PyException.typeError(message) }
        return UInt64(n)
    }

    /// `scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64)`.
    static func scrypt(_ args: Arguments) throws(PyException) -> Value {
        let a = try args.parse("scrypt", ["password", "salt", "n", "r", "p", "maxmem", "dklen"], required: 1, keywordOnly: 1)
        let password = try BufferArguments.readable(a[0]!)
        guard let saltArgument = a[1], saltArgument != .none else { throw PyException.typeError("salt is required") }
        let salt = try BufferArguments.readable(saltArgument)
        let n = try unsigned(a[2], "n")
        if n < 2 || n & (n - 1) != 0 { throw PyException.valueError("n must be a power of 2.") }
        let r = try unsigned(a[3], "r")
        let p = try unsigned(a[4], "p")
        let maxmem = try a[5].map { v throws(PyException) in try Protocols.index(v, overflow: Krait_exc_OverflowError) } ?? 0
        if maxmem < 0 || maxmem > intMax {
            throw PyException.valueError("maxmem must be positive and smaller than \(intMax)")
        }
        let dklen = try a[6].map { v throws(PyException) in try Protocols.index(v, overflow: Krait_exc_OverflowError) } ?? 64
        if dklen < 1 || dklen > intMax {
            throw PyException.valueError("dklen must be greater than 0 and smaller than \(intMax)")
        }
        // A call without an output buffer only checks the parameters.
        if EVP_PBE_scrypt(nil, 0, nil, 0, n, r, p, UInt64(maxmem), nil, 0) != 1 {
            ERR_clear_error()
            throw PyException.valueError("Invalid parameter combination for n, r, p, maxmem.")
        }
        var key = [UInt8](repeating: 0, count: dklen)
        let ok = EVP_PBE_scrypt(password.data.assumingMemoryBound(to: CChar.self), password.count,
                                salt.data.assumingMemoryBound(to: UInt8.self), salt.count,
                                n, r, p, UInt64(maxmem), &key, dklen)
        if ok != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
        return Bytes.make(key)
    }
}
