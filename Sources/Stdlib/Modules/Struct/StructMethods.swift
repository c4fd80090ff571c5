import ObjectLayout
import ObjectModel

/// The methods of `_struct.Struct`.
enum StructMethods {
    static let table: [MethodSpec] = [
        MethodSpec("iter_unpack", doc: "iter_unpack($self, buffer, /)\n--\n\nReturn an iterator yielding tuples.\n\nTuples are unpacked from the given bytes source, like a repeated\ninvocation of unpack_from().\n\nRequires that the bytes length be a multiple of the struct size.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try StructType.iterUnpack(s, args.one("Struct.iter_unpack")) }
        },
        MethodSpec("pack", doc: "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("Struct.pack")
                return try StructType.pack(s, args.base, args.count)
            }
        },
        MethodSpec("pack_into", doc: "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("Struct.pack_into")
                return try StructType.packInto(s, args, from: 0)
            }
        },
        MethodSpec("unpack", doc: "unpack($self, buffer, /)\n--\n\nReturn a tuple containing unpacked values.\n\nUnpack according to the format string Struct.format. The buffer's size\nin bytes must be Struct.size.\n\nSee help(struct) for more on format strings.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try StructType.unpackAll(s, args.one("Struct.unpack")) }
        },
        MethodSpec("unpack_from", doc: "unpack_from($self, /, buffer, offset=0)\n--\n\nReturn a tuple containing unpacked values.\n\nValues are unpacked according to the format string Struct.format.\n\nThe buffer's size in bytes, starting at position offset, must be\nat least Struct.size.\n\nSee help(struct) for more on format strings.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let p = try args.parse("unpack_from", ["buffer", "offset"], required: 1)
                return try StructType.unpackFrom(s, p[0]!, p[1])
            }
        },
        MethodSpec("__sizeof__", doc: "S.__sizeof__() -> size of S in memory, in bytes") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("Struct.__sizeof__")
                return IntObject.make(StructType.sizeOf(s))
            }
        },
    ]
}
