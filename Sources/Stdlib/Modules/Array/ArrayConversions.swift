import ObjectLayout
import ObjectModel

/// An array to and from lists, bytes, str and files.
enum ArrayConversions {
    static func toList(_ v: Value) throws(PyException) -> Value {
        let list = List.new(capacity: ArrayStorage.count(v))
        for i in 0..<ArrayStorage.count(v) { List.append(list, try ArrayItems.get(v, i)) }
        return list
    }

    /// Appends a list's items; on a bad item the array is as before.
    static func fromList(_ v: Value, _ list: Value) throws(PyException) {
        guard TypeObject.isSubtype(list.type, of: Krait_list_type) else { throw PyException.typeError("arg must be list") }
        let old = ArrayStorage.count(v)
        do throws(PyException) {
            var i = 0
            while i < List.count(list) {
                try ArrayItems.append(v, List.item(list, i))
                i += 1
            }
        } catch {
            ArrayStorage.resize(v, old)
            throw error
        }
    }

    static func toBytes(_ v: Value) -> Value { Bytes.make(ArrayStorage.bytes(v)) }

    static func fromBytes(_ v: Value, _ buffer: Value) throws(PyException) {
        let view = try BytesLike.argument(buffer)
        if view.count % ArrayStorage.itemsize(v) != 0 { throw PyException.valueError("bytes length not a multiple of item size") }
        ArrayStorage.append(v, bytes: view.raw)
    }

    static func toUnicode(_ v: Value) throws(PyException) -> Value {
        guard ArrayStorage.typecode(v) == UInt8(ascii: "u") else {
            throw PyException.valueError("tounicode() may only be called on unicode type arrays")
        }
        let p = ArrayStorage.data(v).assumingMemoryBound(to: UInt32.self)
        let codePoints = UnsafeBufferPointer(start: p, count: ArrayStorage.count(v))
        if let bad = codePoints.first(where: { $0 > 0x10FFFF }) { _ = try ArrayItems.character(bad) }
        return Str.make(codePoints: codePoints)
    }

    static func fromUnicode(_ v: Value, _ s: Value) throws(PyException) {
        guard ModuleTypes.isStr(s) else { throw PyException.typeError("fromunicode() argument must be str, not \(TypeObject.name(s.type))") }
        guard ArrayStorage.typecode(v) == UInt8(ascii: "u") else {
            throw PyException.valueError("fromunicode() may only be called on unicode type arrays")
        }
        Str.codePoints(s).withUnsafeBytes { ArrayStorage.append(v, bytes: $0) }
    }

    /// Writes the items to `f` in blocks of 64 KiB, as CPython does.
    static func toFile(_ v: Value, _ f: Value) throws(PyException) {
        let block = 64 * 1024, total = ArrayStorage.byteCount(v)
        var offset = 0
        while offset < total {
            let chunk = Bytes.make(UnsafeRawBufferPointer(start: ArrayStorage.data(v) + offset, count: Swift.min(block, total - offset)))
            _ = try Protocols.callMethod(f, "write", chunk)
            offset += block
        }
    }

    /// Reads `n` items from `f.read`; the items read are kept when there are too few.
    static func fromFile(_ v: Value, _ f: Value, _ nValue: Value) throws(PyException) {
        let n = try ModuleTypes.size(nValue)
        if n < 0 { throw PyException.valueError("negative count") }
        let size = ArrayStorage.itemsize(v)
        if n > Int.max / size { throw PyException.memoryError() }
        let data = try Protocols.callMethod(f, "read", IntObject.make(n * size))
        guard BytesLike.isBytes(data) else { throw PyException.typeError("read() didn't return bytes") }
        let notEnough = Bytes.count(data) != n * size
        try fromBytes(v, data)
        if notEnough { throw PyException(Krait_exc_EOFError, "read() didn't return enough bytes") }
    }
}
