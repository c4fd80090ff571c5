import ObjectLayout
import ObjectModel

/// `binascii`: CPython 3.11's binascii.c (hex, base64, uu, quoted-printable and
/// the two CRCs; 3.11 has no hqx functions). Arguments that CPython reads with
/// `ascii_buffer_converter` also take str of ASCII characters.
enum BinasciiModule {
    /// `binascii.Error` (a ValueError) and `binascii.Incomplete`, made on first import.
    nonisolated(unsafe) static var errorClass: Value = .empty
    nonisolated(unsafe) static var incompleteClass: Value = .empty

    static func error(_ message: String) -> PyException { PyException(errorClass.layout(PyTypeObject.self), message) }

    static func create() throws(PyException) -> Value {
        if errorClass.isEmpty {
            errorClass = try NativeModule.exceptionClass("binascii", "Error", base: Krait_exc_ValueError)
            incompleteClass = try NativeModule.exceptionClass("binascii", "Incomplete", base: Krait_exc_Exception)
        }
        let m = try NativeModule.make("binascii", doc: "Conversion between binary data and ASCII", functions: functions)
        try NativeModule.set(m, "Error", errorClass)
        try NativeModule.set(m, "Incomplete", incompleteClass)
        return m
    }

    static let hexlifyDoc = "\n--\n\nHexadecimal representation of binary data.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nThe return value is a bytes object.  This function is also\navailable as "
    static let unhexlifyDoc = "\n--\n\nBinary data of hexadecimal representation.\n\nhexstr must contain an even number of hex digits (upper or lower case)."
    static let b2aHexExample = "\n\nExample:\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef')\nb'b901ef'\n>>> binascii.hexlify(b'\\xb9\\x01\\xef', ':')\nb'b9:01:ef'\n>>> binascii.b2a_hex(b'\\xb9\\x01\\xef', b'_', 2)\nb'b9_01ef'"
    static let hexSignature = "($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)"

    static var functions: [MethodSpec] {
        var specs = [
            MethodSpec("a2b_uu", doc: "a2b_uu($module, data, /)\n--\n\nDecode a line of uuencoded data.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.a2bUU(args) }
            },
            MethodSpec("b2a_uu", doc: "b2a_uu($module, data, /, *, backtick=False)\n--\n\nUuencode line of data.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.b2aUU(args) }
            },
            MethodSpec("a2b_base64", doc: "a2b_base64($module, data, /, *, strict_mode=False)\n--\n\nDecode a line of base64 data.\n\n  strict_mode\n    When set to True, bytes that are not part of the base64 standard are not allowed.\n    The same applies to excess data after padding (= / ==).") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.a2bBase64(args) }
            },
            MethodSpec("b2a_base64", doc: "b2a_base64($module, data, /, *, newline=True)\n--\n\nBase64-code line of data.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.b2aBase64(args) }
            },
            MethodSpec("crc_hqx", doc: "crc_hqx($module, data, crc, /)\n--\n\nCompute CRC-CCITT incrementally.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.crcHqx(args) }
            },
            MethodSpec("crc32", doc: "crc32($module, data, crc=0, /)\n--\n\nCompute CRC-32 incrementally.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.crc32(args) }
            },
        ]
        specs.append(contentsOf: hexFunctions)
        specs.append(MethodSpec("a2b_qp", doc: "a2b_qp($module, /, data, header=False)\n--\n\nDecode a string of qp-encoded data.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.a2bQP(args) }
        })
        specs.append(MethodSpec("b2a_qp", doc: "b2a_qp($module, /, data, quotetabs=False, istext=True, header=False)\n--\n\nEncode a string using quoted-printable encoding.\n\nOn encoding, when istext is set, newlines are not encoded, and white\nspace at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\nare both encoded.  When quotetabs is set, space and tabs are encoded.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.b2aQP(args) }
        })
        return specs
    }

    static var hexFunctions: [MethodSpec] {
        let b2aHexDoc = "b2a_hex" + hexSignature + hexlifyDoc + "\"hexlify()\"." + b2aHexExample
        let hexlifyFullDoc = "hexlify" + hexSignature + hexlifyDoc + "\"b2a_hex()\"."
        let a2bHexDoc = "a2b_hex($module, hexstr, /)" + unhexlifyDoc + "\nThis function is also available as \"unhexlify()\"."
        return [
            MethodSpec("b2a_hex", doc: b2aHexDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.hexlify(args, "b2a_hex") }
            },
            MethodSpec("hexlify", doc: hexlifyFullDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.hexlify(args, "hexlify") }
            },
            MethodSpec("a2b_hex", doc: a2bHexDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.unhexlify(args, "binascii.a2b_hex") }
            },
            MethodSpec("unhexlify", doc: "unhexlify($module, hexstr, /)" + unhexlifyDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BinasciiModule.unhexlify(args, "binascii.unhexlify") }
            },
        ]
    }
}
