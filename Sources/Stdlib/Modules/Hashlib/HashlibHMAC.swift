import COpenSSL
import ObjectLayout
import ObjectModel

/// `_hashlib.HMAC`, made by `hmac_new`, on OpenSSL's HMAC_CTX; hmac.HMAC wraps it.
enum HashlibHMAC {
    typealias Layout = KraitHashlibObject

    static let doc = "The object used to calculate HMAC of a message.\n\nMethods:\n\nupdate() -- updates the current digest with an additional string\ndigest() -- return the current digest value\nhexdigest() -- return the current digest as a string of hexadecimal digits\ncopy() -- return a copy of the current hash object\n\nAttributes:\n\nname -- the name, including the hash algorithm used by this object\ndigest_size -- number of bytes in digest() output\n"

    static func context(_ v: Value) throws(PyException) -> OpaquePointer {
        guard let ctx = v.layout(Layout.self).pointee.ctx else { throw PyException.valueError("unknown reasons") }
        return OpaquePointer(ctx)
    }

    static func md(_ v: Value) throws(PyException) -> OpaquePointer { HMAC_CTX_get_md(try context(v))! }

    static func setUp() {
        let t = Krait_hashlibHMAC_type!
        ModuleTypes.define(t, "_hashlib.HMAC", size: MemoryLayout<Layout>.size, doc: doc, base: false, traverse: { _, _, _ in 0 })
        t.pointee.tp_finalize = { o in
            let s = o!.layout(Layout.self)
            if let ctx = s.pointee.ctx { HMAC_CTX_free(OpaquePointer(ctx)) }
            s.pointee.ctx = nil
        }
        t.pointee.tp_repr = { o in
            ModuleTypes.repr(o) { v throws(PyException) in
                "<\(HashlibDigests.name(try HashlibHMAC.md(v))) HMAC object @ 0x\(String(UInt(bitPattern: v.object), radix: 16))>"
            }
        }
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("update", doc: "update($self, /, msg)\n--\n\nUpdate the HMAC object with msg.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try HashlibHMAC.update(s, try args.parse("update", ["msg"], required: 1)[0]!)
                    return .none
                }
            },
            MethodSpec("copy", doc: "copy($self, /)\n--\n\nReturn a copy (\"clone\") of the HMAC object.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("copy"); return try HashlibHMAC.copy(s) }
            },
            MethodSpec("digest", doc: "digest($self, /)\n--\n\nReturn the digest of the bytes passed to the update() method so far.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("digest"); return Bytes.make(try HashlibHMAC.digest(s)) }
            },
            MethodSpec("hexdigest", doc: "hexdigest($self, /)\n--\n\nReturn hexadecimal digest of the bytes passed to the update() method so far.\n\nThis may be used to exchange the value safely in email or other non-binary\nenvironments.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("hexdigest")
                    return Str.make(HashlibDigests.hex(try HashlibHMAC.digest(s)))
                }
            },
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("digest_size", get: { o, _ in
                CBoundary.object { () throws(PyException) in IntObject.make(Int(EVP_MD_get_size(try HashlibHMAC.md(Value(o!))))) }
            }),
            GetSetSpec("block_size", get: { o, _ in
                CBoundary.object { () throws(PyException) in IntObject.make(Int(EVP_MD_get_block_size(try HashlibHMAC.md(Value(o!))))) }
            }),
            GetSetSpec("name", get: { o, _ in
                CBoundary.object { () throws(PyException) in Str.make("hmac-" + HashlibDigests.name(try HashlibHMAC.md(Value(o!)))) }
            }),
        ])
    }

    /// `hmac_new(key, msg=None, digestmod=None)`.
    static func new(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("hmac_new", ["key", "msg", "digestmod"], required: 1)
        let key = try BufferArguments.readable(p[0]!)
        guard let digestmod = p[2] else { throw PyException.typeError("Missing required parameter 'digestmod'.") }
        let md = try HashlibDigests.byDigestmod(digestmod)
        let v = Value(ModuleTypes.allocate(Krait_hashlibHMAC_type))
        guard let ctx = HMAC_CTX_new() else { throw PyException(Krait_exc_MemoryError, "") }
        v.layout(Layout.self).pointee.ctx = UnsafeMutableRawPointer(ctx)
        if HMAC_Init_ex(ctx, key.data, Int32(key.count), md, nil) != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
        if let msg = p[1], msg != .none { try update(v, msg) }
        return v
    }

    /// `hmac_digest(key, msg, digest)`: one-shot HMAC.
    static func oneShot(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("hmac_digest", ["key", "msg", "digest"], required: 3)
        let key = try BufferArguments.readable(p[0]!)
        let msg = try BufferArguments.readable(p[1]!)
        let md = try HashlibDigests.byDigestmod(p[2]!)
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var size: UInt32 = 0
        guard HMAC(md, key.data, Int32(key.count), msg.data.assumingMemoryBound(to: UInt8.self), msg.count, &out, &size) != nil else {
            throw HashlibDigests.error(Krait_exc_ValueError)
        }
        return Bytes.make(Array(out.prefix(Int(size))))
    }

    static func update(_ v: Value, _ data: Value) throws(PyException) {
        let region = try HashlibDigests.input(data)
        if HMAC_Update(try context(v), region.data.assumingMemoryBound(to: UInt8.self), region.count) != 1 {
            throw HashlibDigests.error(Krait_exc_ValueError)
        }
    }

    static func copy(_ v: Value) throws(PyException) -> Value {
        let copy = Value(ModuleTypes.allocate(Krait_hashlibHMAC_type))
        guard let ctx = HMAC_CTX_new() else { throw PyException(Krait_exc_MemoryError, "") }
        copy.layout(Layout.self).pointee.ctx = UnsafeMutableRawPointer(ctx)
        if HMAC_CTX_copy(ctx, try context(v)) != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
        return copy
    }

    static func digest(_ v: Value) throws(PyException) -> [UInt8] {
        guard let temp = HMAC_CTX_new() else { throw PyException(Krait_exc_MemoryError, "") }
        defer { HMAC_CTX_free(temp) }
        if HMAC_CTX_copy(temp, try context(v)) != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var size: UInt32 = 0
        if HMAC_Final(temp, &out, &size) != 1 { throw HashlibDigests.error(Krait_exc_ValueError) }
        return Array(out.prefix(Int(size)))
    }
}
