import ObjectLayout
import ObjectModel

/// The arguments of the blake2b and blake2s constructors, converted and checked in
/// CPython's order and with its messages.
struct Blake2Parameters {
    static let names = ["", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
                        "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"]

    var data: Value?
    var digestSize: Int
    var key: [UInt8] = []
    var salt: [UInt8] = []
    var person: [UInt8] = []
    var fanout = 1
    var depth = 1
    var leafSize: UInt64 = 0
    var nodeOffset: UInt64 = 0
    var nodeDepth = 0
    var innerSize = 0
    var lastNode = false

    init(_ args: Arguments, _ variant: Blake2Variant) throws(PyException) {
        // The data is positional only: its empty name matches no keyword.
        let slots = try args.bind(variant.name, Self.names, keywordOnly: 1)
        func given(_ i: Int) -> Value? { args.value(at: slots[i]) }
        func bytes(_ i: Int) throws(PyException) -> [UInt8] {
            guard let v = given(i) else { return [] }
            let region = try BufferArguments.readable(v)
            return Array(UnsafeRawBufferPointer(start: region.data, count: region.count))
        }
        func unsigned(_ i: Int, overflow: String) throws(PyException) -> UInt64 {
            guard let v = given(i) else { return 0 }
            return try NativeModule.unsignedLong(v, overflow: overflow)
        }
        // Argument Clinic converts every argument before the checks below.
        data = given(0)
        digestSize = try given(1).map { v throws(PyException) in try Protocols.cInt(v) } ?? variant.outBytes
        key = try bytes(2)
        salt = try bytes(3)
        person = try bytes(4)
        fanout = try given(5).map { v throws(PyException) in try Protocols.cInt(v) } ?? 1
        depth = try given(6).map { v throws(PyException) in try Protocols.cInt(v) } ?? 1
        leafSize = try unsigned(7, overflow: "Python int too large to convert to C unsigned long")
        nodeOffset = try unsigned(8, overflow: "int too big to convert")
        nodeDepth = try given(9).map { v throws(PyException) in try Protocols.cInt(v) } ?? 0
        innerSize = try given(10).map { v throws(PyException) in try Protocols.cInt(v) } ?? 0
        lastNode = try given(11).map { v throws(PyException) in try Protocols.isTrue(v) } ?? false
        if let v = given(12) { _ = try Protocols.isTrue(v) }
        try check(variant)
    }

    func check(_ variant: Blake2Variant) throws(PyException) {
        if digestSize <= 0 || digestSize > variant.outBytes {
            throw PyException.valueError("digest_size must be between 1 and \(variant.outBytes) bytes")
        }
        if salt.count > variant.saltBytes { throw PyException.valueError("maximum salt length is \(variant.saltBytes) bytes") }
        if person.count > variant.personBytes {
            throw PyException.valueError("maximum person length is \(variant.personBytes) bytes")
        }
        if fanout < 0 || fanout > 255 { throw PyException.valueError("fanout must be between 0 and 255") }
        if depth <= 0 || depth > 255 { throw PyException.valueError("depth must be between 1 and 255") }
        if leafSize > 0xFFFF_FFFF { throw PyException.overflowError("leaf_size is too large") }
        if variant.nodeOffsetBytes < 8 && nodeOffset >> (8 * variant.nodeOffsetBytes) != 0 {
            throw PyException.overflowError("node_offset is too large")
        }
        if nodeDepth < 0 || nodeDepth > 255 { throw PyException.valueError("node_depth must be between 0 and 255") }
        if innerSize < 0 || innerSize > variant.outBytes {
            throw PyException.valueError("inner_size must be between 0 and is \(variant.outBytes)")
        }
        if key.count > variant.keyBytes { throw PyException.valueError("maximum key length is \(variant.keyBytes) bytes") }
    }

    /// Writes the spec's parameter block, zeroed first.
    func fill(_ block: UnsafeMutableRawPointer, _ variant: Blake2Variant) {
        block.initializeMemory(as: UInt8.self, repeating: 0, count: variant.paramBytes)
        func little(_ value: UInt64, at offset: Int, bytes: Int) {
            for i in 0..<bytes { block.storeBytes(of: UInt8(truncatingIfNeeded: value >> (8 * i)), toByteOffset: offset + i, as: UInt8.self) }
        }
        little(UInt64(digestSize), at: 0, bytes: 1)
        little(UInt64(key.count), at: 1, bytes: 1)
        little(UInt64(fanout), at: 2, bytes: 1)
        little(UInt64(depth), at: 3, bytes: 1)
        little(leafSize, at: 4, bytes: 4)
        little(nodeOffset, at: 8, bytes: variant.nodeOffsetBytes)
        little(UInt64(nodeDepth), at: variant.nodeDepthOffset, bytes: 1)
        little(UInt64(innerSize), at: variant.nodeDepthOffset + 1, bytes: 1)
        (block + variant.saltOffset).copyMemory(from: salt, byteCount: salt.count)
        (block + variant.personOffset).copyMemory(from: person, byteCount: person.count)
    }
}
