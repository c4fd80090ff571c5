import ObjectLayout
import ObjectModel

/// `EncodingMap`, what `charmap_build` makes of a decoding table whose characters are
/// all below U+10000 (with U+0000 first, as in every 8-bit codec of `encodings`): a
/// table from code point to byte that `charmap_encode` reads without Python calls.
enum EncodingMap {
    typealias Layout = KraitEncodingMapObject
    nonisolated(unsafe) static var typeReady = false

    static func setUp() throws(PyException) {
        if typeReady { return }
        typeReady = true
        let type = Krait_encodingMap_type!
        ModuleTypes.define(type, "EncodingMap", size: MemoryLayout<Layout>.size, doc: nil, base: false, traverse: { o, visit, arg in
            Trace.visit(o!.layout(KraitEncodingMapObject.self).pointee.table, visit, arg)
            return 0
        })
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("size", doc: "Return the size (in bytes) of this object.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("size")
                    return IntObject.make(s.layout(EncodingMap.Layout.self).pointee.size)
                }
            },
        ])
        try TypeSetup.ready(type)
    }

    /// `charmap_build(decoding_table)`: an EncodingMap, or a dict {code point: byte}
    /// when the table does not fit one.
    static func build(_ map: Value) throws(PyException) -> Value {
        let text = TextReader(map)
        guard text.count > 0 else { throw PyException.typeError("bad argument type for built-in operation") }
        let length = Swift.min(text.count, 256)
        var needDict = text[0] != 0
        var highBlocks = Set<UInt32>(), lowBlocks = Set<UInt32>()
        var i = 1
        while i < length && !needDict {
            let c = text[i]
            i += 1
            if c == 0 || c > 0xFFFF {
                needDict = true
            } else if c != 0xFFFE {
                highBlocks.insert(c >> 11)
                lowBlocks.insert(c >> 7)
            }
        }
        if highBlocks.count >= 0xFF || lowBlocks.count >= 0xFF { needDict = true }
        if needDict {
            let d = Dict.new()
            for i in 0..<length { try Dict.setItem(d, IntObject.make(Int(text[i])), IntObject.make(i)) }
            return d
        }
        var table = [UInt8](repeating: 0xFF, count: 256)
        var blocks = 0
        for i in 1..<length {
            let c = text[i]
            if c == 0xFFFE { continue }
            let high = Int(c >> 8)
            if table[high] == 0xFF {
                table[high] = UInt8(blocks)
                blocks += 1
                table += [UInt8](repeating: 0, count: 256)
            }
            table[256 + Int(table[high]) * 256 + Int(c & 0xFF)] = UInt8(i)
        }
        try setUp()
        let bytes = Bytes.make(table)
        let object = ModuleTypes.allocate(Krait_encodingMap_type)
        let m = object.layout(Layout.self)
        m.pointee.table = bytes
        m.pointee.size = 63 + 16 * highBlocks.count + 128 * lowBlocks.count
        return Value(object)
    }

    @inline(__always)
    static func isMap(_ v: Value) -> Bool { v.isObject && v.type == Krait_encodingMap_type }

    /// The byte `c` encodes to, or nil.
    @inline(__always)
    static func lookup(_ map: Value, _ c: UInt32) -> UInt8? {
        if c == 0 { return 0 }
        if c > 0xFFFF { return nil }
        let table = Bytes.data(map.layout(Layout.self).pointee.table).assumingMemoryBound(to: UInt8.self)
        let block = table[Int(c >> 8)]
        if block == 0xFF { return nil }
        let b = table[256 + Int(block) * 256 + Int(c & 0xFF)]
        return b == 0 ? nil : b
    }
}
