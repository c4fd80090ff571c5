import COpenSSL
import ObjectLayout
import ObjectModel

/// The methods and attributes every digest object on an EVP_MD_CTX shares: _hashlib's
/// HASH and the objects of the builtin _md5, _sha1, _sha256, _sha512 and _sha3, which
/// differ only in their type (its name shows in messages) and docstrings.
enum DigestMethods {
    static let fixedUpdateDoc = "update($self, obj, /)\n--\n\nUpdate this hash object's state with the provided string."
    static let sha3UpdateDoc = "update($self, data, /)\n--\n\nUpdate this hash object's state with the provided bytes-like object."

    /// "md5.update", "HASH.copy": how CPython's messages name a method.
    static func qualified(_ s: Value, _ method: String) -> String { "\(TypeObject.name(s.type)).\(method)" }

    /// Frees the context; a resurrected object is left without one.
    static let finalize: destructor = { o in
        let s = o!.layout(KraitHashlibObject.self)
        if let ctx = s.pointee.ctx { EVP_MD_CTX_free(OpaquePointer(ctx)) }
        s.pointee.ctx = nil
    }

    static let copy = MethodSpec("copy", doc: "copy($self, /)\n--\n\nReturn a copy of the hash object.") { s, a, n, k in
        MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
            try args.none(DigestMethods.qualified(s, "copy"))
            return try HashlibHash.copy(s)
        }
    }

    static func update(doc: String) -> MethodSpec {
        MethodSpec("update", doc: doc) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try HashlibHash.update(s, try args.one(DigestMethods.qualified(s, "update")))
                return .none
            }
        }
    }

    /// `digest()` and `hexdigest()` of a fixed-size digest.
    static let fixedDigests = [
        MethodSpec("digest", doc: "digest($self, /)\n--\n\nReturn the digest value as a bytes object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(DigestMethods.qualified(s, "digest"))
                return Bytes.make(try HashlibHash.digest(s, nil))
            }
        },
        MethodSpec("hexdigest", doc: "hexdigest($self, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(DigestMethods.qualified(s, "hexdigest"))
                return Str.make(HashlibDigests.hex(try HashlibHash.digest(s, nil)))
            }
        },
    ]

    /// `digest(length, /)` and `hexdigest(length, /)` of _sha3's shake_128 and shake_256.
    static let shakeDigests = [
        MethodSpec("digest", doc: "digest($self, length, /)\n--\n\nReturn the digest value as a bytes object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                Bytes.make(try HashlibHash.digest(s, try DigestMethods.shakeLength(args.one(DigestMethods.qualified(s, "digest")))))
            }
        },
        MethodSpec("hexdigest", doc: "hexdigest($self, length, /)\n--\n\nReturn the digest value as a string of hexadecimal digits.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let length = try DigestMethods.shakeLength(args.one(DigestMethods.qualified(s, "hexdigest")))
                return Str.make(HashlibDigests.hex(try HashlibHash.digest(s, length)))
            }
        },
    ]

    /// _sha3's `unsigned long` length, below the 2**29 bytes its digests allow.
    static func shakeLength(_ v: Value) throws(PyException) -> Int {
        let length = try NativeModule.unsignedLong(v, overflow: "Python int too large to convert to C unsigned long")
        if length >= 1 << 29 { throw PyException.valueError("length is too large") }
        return Int(length)
    }

    /// `name`, `digest_size` and `block_size`, all from the context's EVP_MD.
    static var attributes: [GetSetSpec] {
        [
            GetSetSpec("digest_size", get: { o, _ in
                CBoundary.object { () throws(PyException) in IntObject.make(Int(EVP_MD_get_size(try HashlibHash.md(Value(o!))))) }
            }),
            GetSetSpec("block_size", get: { o, _ in
                CBoundary.object { () throws(PyException) in IntObject.make(Int(EVP_MD_get_block_size(try HashlibHash.md(Value(o!))))) }
            }),
            GetSetSpec("name", get: { o, _ in
                CBoundary.object { () throws(PyException) in Str.make(HashlibDigests.name(try HashlibHash.md(Value(o!)))) }
            }),
        ]
    }

    /// An extendable-output digest has no fixed size: CPython reports 0.
    static let noDigestSize = GetSetSpec("digest_size", get: { _, _ in
        CBoundary.object { () throws(PyException) in IntObject.make(0) }
    })

    /// _sha3's Keccak parameters: the rate is the block size, the capacity the rest of
    /// the 1600-bit state, and the suffix the domain's padding bits.
    static let sponge = [
        GetSetSpec("_capacity_bits", get: { o, _ in
            CBoundary.object { () throws(PyException) in
                IntObject.make(1600 - 8 * Int(EVP_MD_get_block_size(try HashlibHash.md(Value(o!)))))
            }
        }),
        GetSetSpec("_rate_bits", get: { o, _ in
            CBoundary.object { () throws(PyException) in IntObject.make(8 * Int(EVP_MD_get_block_size(try HashlibHash.md(Value(o!))))) }
        }),
        GetSetSpec("_suffix", get: { o, _ in
            CBoundary.object { () throws(PyException) in
                let xof = EVP_MD_get_flags(try HashlibHash.md(Value(o!))) & UInt(EVP_MD_FLAG_XOF) != 0
                return Bytes.make([xof ? 0x1f : 0x06])
            }
        }),
    ]
}
