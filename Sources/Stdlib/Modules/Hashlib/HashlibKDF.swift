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

    /// scrypt's `n`, `r` and `p`: Argument Clinic lets only ints through (`given`
    /// checked that), then `PyLong_AsUnsignedLong` must take them.
    static func unsigned(_ v: Value?, _ name: String) throws(PyException) -> UInt64 {
        guard let v, IntObject.sign(v) >= 0, let u = IntObject.unsignedWord(v) else {
            throw PyException.typeError("\(name) is required and must be an unsigned int")
        }
        return u
    }

    /// Clinic's `object(subclass_of='&PyLong_Type')`, for an argument given at all.
    static func given(_ v: Value?, _ name: String) throws(PyException) -> Value? {
        guard let v else { return nil }
        guard IntObject.check(v) else {
            throw PyException.typeError("scrypt() argument '\(name)' must be int, not \(TypeObject.argumentTypeName(v))")
        }
        return v
    }

    /// Clinic's `long` converter.
    static func long(_ v: Value?, default value: Int) throws(PyException) -> Int {
        guard let v else { return value }
        guard let i = IntObject.machineValue(try Protocols.indexValue(v)) else {
            throw PyException.overflowError("Python int too large to convert to C long")
        }
        return i
    }

    /// `scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64)`.
    static func scrypt(_ args: Arguments) throws(PyException) -> Value {
        let a = try args.parse("scrypt", ["password", "salt", "n", "r", "p", "maxmem", "dklen"], required: 1, keywordOnly: 1)
        // Clinic converts every argument first, in order.
        let password = try BufferArguments.readable(a[0]!)
        let salt = try a[1].map { v throws(PyException) in try BufferArguments.readable(v) }
        let nArgument = try given(a[2], "n"), rArgument = try given(a[3], "r"), pArgument = try given(a[4], "p")
        let maxmem = try long(a[5], default: 0)
        let dklen = try long(a[6], default: 64)
        guard let salt else { throw PyException.typeError("salt is required") }
        let n = try unsigned(nArgument, "n")
        if n < 2 || n & (n - 1) != 0 { throw PyException.valueError("n must be a power of 2.") }
        let r = try unsigned(rArgument, "r")
        let p = try unsigned(pArgument, "p")
        if maxmem < 0 || maxmem > intMax {
            throw PyException.valueError("maxmem must be positive and smaller than \(intMax)")
        }
        if dklen < 1 || dklen > intMax {
            throw PyException.valueError("dklen must be greater than 0 and smaller than \(intMax)")
        }
        // A call without an output buffer only checks the parameters; OpenSSL's reason
        // (a memory limit, a too-large parameter) is the message when it gives one.
        if EVP_PBE_scrypt(nil, 0, nil, 0, n, r, p, UInt64(maxmem), nil, 0) != 1 {
            throw HashlibDigests.error(Krait_exc_ValueError, otherwise: "Invalid parameter combination for n, r, p, maxmem.")
        }
        var key = [UInt8](repeating: 0, count: dklen)
        let ok = EVP_PBE_scrypt(password.data.assumingMemoryBound(to: CChar.self), password.count,
                                salt.data.assumingMemoryBound(to: UInt8.self), salt.count,
                                n, r, p, UInt64(maxmem), &key, dklen)
        if ok != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
        return Bytes.make(key)
    }
}
