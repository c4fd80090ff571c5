import ObjectLayout
import ObjectModel

/// `_blake2.blake2b` and `_blake2.blake2s`: libb2's parameter block and state, kept in
/// the object.
enum Blake2Object {
    typealias Layout = KraitBlake2Object

    static func param(_ v: Value) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(v.object) + MemoryLayout<Layout>.offset(of: \.param)!
    }

    static func state(_ v: Value) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(v.object) + MemoryLayout<Layout>.offset(of: \.state)!
    }

    static func digestSize(_ v: Value) -> Int { Int(param(v).load(as: UInt8.self)) }

    static func doc(_ variant: Blake2Variant) -> String {
        let title = variant.name == "blake2b" ? "BLAKE2b" : "BLAKE2s"
        return "\(variant.name)(data=b'', /, *, digest_size=_blake2.\(variant.name).MAX_DIGEST_SIZE,\n        key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0,\n        node_offset=0, node_depth=0, inner_size=0, last_node=False,\n        usedforsecurity=True)\n--\n\nReturn a new \(title) hash object."
    }

    static func setUp(_ variant: Blake2Variant) {
        precondition(variant.paramBytes <= MemoryLayout.size(ofValue: KraitBlake2Object().param)
                     && variant.stateBytes <= MemoryLayout.size(ofValue: KraitBlake2Object().state))
        let t = variant.type
        ModuleTypes.define(t, "_blake2." + variant.name, size: MemoryLayout<Layout>.size, doc: doc(variant), base: false,
                           traverse: { _, _, _ in 0 }, constructor: { type, args throws(PyException) in
                               try Blake2Object.make(type, args, variant)
                           })
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("copy", doc: "copy($self, /)\n--\n\nReturn a copy of the hash object.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none(DigestMethods.qualified(s, "copy"))
                    let copy = Value(ModuleTypes.allocate(s.type))
                    let size = MemoryLayout<Layout>.size - MemoryLayout<Layout>.offset(of: \.param)!
                    Blake2Object.param(copy).copyMemory(from: Blake2Object.param(s), byteCount: size)
                    return copy
                }
            },
            MethodSpec("digest", doc: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none(DigestMethods.qualified(s, "digest"))
                    return Bytes.make(Blake2Object.digest(s))
                }
            },
            MethodSpec("hexdigest", doc: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none(DigestMethods.qualified(s, "hexdigest"))
                    return Str.make(HashlibDigests.hex(Blake2Object.digest(s)))
                }
            },
            MethodSpec("update", doc: DigestMethods.sha3UpdateDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try Blake2Object.update(s, try args.one(DigestMethods.qualified(s, "update")), Blake2Variant.of(s))
                    return .none
                }
            },
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("name", get: { o, _ in
                CBoundary.object { () throws(PyException) in Str.make(Blake2Variant.of(Value(o!)).name) }
            }),
            GetSetSpec("block_size", get: { o, _ in
                CBoundary.object { () throws(PyException) in IntObject.make(Blake2Variant.of(Value(o!)).blockBytes) }
            }),
            GetSetSpec("digest_size", get: { o, _ in
                CBoundary.object { () throws(PyException) in IntObject.make(Blake2Object.digestSize(Value(o!))) }
            }),
        ])
    }

    /// The type's constants, once it is ready.
    static func addConstants(_ variant: Blake2Variant) throws(PyException) {
        let dict = Value(variant.type.pointee.tp_dict!)
        for (name, value) in constants(variant) { try Dict.setItem(dict, Str.make(name), IntObject.make(value)) }
    }

    static func constants(_ variant: Blake2Variant) -> [(String, Int)] {
        [("SALT_SIZE", variant.saltBytes), ("PERSON_SIZE", variant.personBytes),
         ("MAX_KEY_SIZE", variant.keyBytes), ("MAX_DIGEST_SIZE", variant.outBytes)]
    }

    static func update(_ v: Value, _ data: Value, _ variant: Blake2Variant) throws(PyException) {
        let region = try HashlibDigests.input(data)
        _ = variant.update(state(v), region.data, region.count)
    }

    /// The digest so far, from a copy of the state.
    static func digest(_ v: Value) -> [UInt8] {
        let variant = Blake2Variant.of(v)
        let size = digestSize(v)
        var out = [UInt8](repeating: 0, count: variant.outBytes)
        withUnsafeTemporaryAllocation(byteCount: variant.stateBytes, alignment: 16) { copy in
            copy.baseAddress!.copyMemory(from: state(v), byteCount: variant.stateBytes)
            _ = variant.final(copy.baseAddress!, &out, size)
        }
        return Array(out.prefix(size))
    }

    /// `blake2b(data=b'', /, *, digest_size=64, key=b'', …)` for `type`.
    static func make(_ type: TypePointer, _ args: Arguments, _ variant: Blake2Variant) throws(PyException) -> Value {
        let p = try Blake2Parameters(args, variant)
        let v = Value(ModuleTypes.allocate(type))
        p.fill(param(v), variant)
        if variant.initParam(state(v), param(v)) < 0 {
            throw PyException(Krait_exc_RuntimeError, "error initializing hash state")
        }
        state(v).storeBytes(of: p.lastNode ? 1 : 0, toByteOffset: variant.lastNodeOffset, as: UInt8.self)
        if !p.key.isEmpty {
            // The key is hashed as a first block of its own, zero-padded.
            var block = [UInt8](repeating: 0, count: variant.blockBytes)
            block.replaceSubrange(0..<p.key.count, with: p.key)
            _ = variant.update(state(v), block, block.count)
        }
        if let data = p.data { try update(v, data, variant) }
        return v
    }
}
