import COpenSSL
import ObjectLayout
import ObjectModel

/// `_hashlib.HASH` and its extendable-output subtype `HASHXOF` (shake_128/256), on an
/// EVP_MD_CTX.
enum HashlibHash {
    typealias Layout = KraitHashlibObject

    static let doc = "A hash is an object used to calculate a checksum of a string of information.\n\nMethods:\n\nupdate() -- updates the current digest with an additional string\ndigest() -- return the current digest value\nhexdigest() -- return the current digest as a string of hexadecimal digits\ncopy() -- return a copy of the current hash object\n\nAttributes:\n\nname -- the hash algorithm being used by this object\ndigest_size -- number of bytes in this hashes output"
    static let xofDoc = "A hash is an object used to calculate a checksum of a string of information.\n\nMethods:\n\nupdate() -- updates the current digest with an additional string\ndigest(length) -- return the current digest value\nhexdigest(length) -- return the current digest as a string of hexadecimal digits\ncopy() -- return a copy of the current hash object\n\nAttributes:\n\nname -- the hash algorithm being used by this object\ndigest_size -- number of bytes in this hashes output"

    /// The object's context; a resurrected object whose finalizer ran has none.
    static func context(_ v: Value) throws(PyException) -> OpaquePointer {
        guard let ctx = v.layout(Layout.self).pointee.ctx else { throw PyException.valueError("unknown reasons") }
        return OpaquePointer(ctx)
    }

    static func md(_ v: Value) throws(PyException) -> OpaquePointer { EVP_MD_CTX_get0_md(try context(v))! }

    static func setUp() {
        let hash = Krait_hashlibHash_type!, xof = Krait_hashlibHashXOF_type!
        ModuleTypes.define(hash, "_hashlib.HASH", size: MemoryLayout<Layout>.size, doc: doc, traverse: { _, _, _ in 0 })
        ModuleTypes.define(xof, "_hashlib.HASHXOF", size: MemoryLayout<Layout>.size, doc: xofDoc, traverse: { _, _, _ in 0 })
        xof.pointee.tp_base = hash
        for t in [hash, xof] {
            t.pointee.tp_finalize = DigestMethods.finalize
            t.pointee.tp_repr = { o in
                ModuleTypes.repr(o) { v throws(PyException) in
                    "<\(HashlibDigests.name(try HashlibHash.md(v))) \(String(cString: v.type.pointee.tp_name)) object @ 0x\(String(UInt(bitPattern: v.object), radix: 16))>"
                }
            }
        }
        hash.pointee.tp_methods = TypeSetup.methodTable(
            [DigestMethods.copy] + DigestMethods.fixedDigests + [DigestMethods.update(doc: DigestMethods.fixedUpdateDoc)])
        xof.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("digest", doc: "digest($self, /, length)\n--\n\nReturn the digest value as a bytes object.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    Bytes.make(try HashlibHash.digest(s, try HashlibHash.length(args, "digest")))
                }
            },
            MethodSpec("hexdigest", doc: "hexdigest($self, /, length)\n--\n\nReturn the digest value as a string of hexadecimal digits.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    Str.make(HashlibDigests.hex(try HashlibHash.digest(s, try HashlibHash.length(args, "hexdigest"))))
                }
            },
        ])
        hash.pointee.tp_getset = MemberDescriptors.getSetTable(DigestMethods.attributes)
        xof.pointee.tp_getset = MemberDescriptors.getSetTable([DigestMethods.noDigestSize])
    }

    /// An XOF's `length` argument (Clinic's `Py_ssize_t`).
    static func length(_ args: Arguments, _ name: String) throws(PyException) -> Int {
        let p = try args.parse(name, ["length"], required: 1)
        let n = try Protocols.index(p[0]!, overflow: Krait_exc_OverflowError)
        // CPython passes a negative length on to PyBytes_FromStringAndSize.
        if n < 0 { throw PyException(Krait_exc_SystemError, "Negative size passed to PyBytes_FromStringAndSize") }
        return n
    }

    /// `EVPnew`: a HASH (or HASHXOF for an extendable-output digest) fed `data`.
    static func make(_ md: OpaquePointer, _ data: Value?) throws(PyException) -> Value {
        let xof = EVP_MD_get_flags(md) & UInt(EVP_MD_FLAG_XOF) != 0
        return try make(md, data, type: xof ? Krait_hashlibHashXOF_type : Krait_hashlibHash_type)
    }

    /// An object of `type` (laid out as KraitHashlibObject) on a new context for `md`.
    static func make(_ md: OpaquePointer, _ data: Value?, type: TypePointer) throws(PyException) -> Value {
        let v = Value(ModuleTypes.allocate(type))
        guard let ctx = EVP_MD_CTX_new() else { throw PyException(Krait_exc_MemoryError, "") }
        v.layout(Layout.self).pointee.ctx = UnsafeMutableRawPointer(ctx)
        if EVP_DigestInit_ex(ctx, md, nil) != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
        if let data { try update(v, data) }
        return v
    }

    static func update(_ v: Value, _ data: Value) throws(PyException) {
        let region = try HashlibDigests.input(data)
        let ctx = try context(v)
        if EVP_DigestUpdate(ctx, region.data, region.count) != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
    }

    static func copy(_ v: Value) throws(PyException) -> Value {
        let copy = Value(ModuleTypes.allocate(v.type))
        guard let ctx = EVP_MD_CTX_new() else { throw PyException(Krait_exc_MemoryError, "") }
        copy.layout(Layout.self).pointee.ctx = UnsafeMutableRawPointer(ctx)
        if EVP_MD_CTX_copy_ex(ctx, try context(v)) != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
        return copy
    }

    /// The digest so far (of `length` bytes for an XOF), from a copy of the context.
    static func digest(_ v: Value, _ length: Int?) throws(PyException) -> [UInt8] {
        guard let temp = EVP_MD_CTX_new() else { throw PyException(Krait_exc_MemoryError, "") }
        defer { EVP_MD_CTX_free(temp) }
        if EVP_MD_CTX_copy_ex(temp, try context(v)) != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
        if let length {
            var out = [UInt8](repeating: 0, count: Swift.max(length, 1))
            if length > 0, EVP_DigestFinalXOF(temp, &out, length) != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
            return Array(out.prefix(length))
        }
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var size: UInt32 = 0
        if EVP_DigestFinal_ex(temp, &out, &size) != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
        return Array(out.prefix(Int(size)))
    }
}
