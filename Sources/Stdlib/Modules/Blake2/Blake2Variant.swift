import CBlake2
import ObjectLayout
import ObjectModel

/// BLAKE2b or BLAKE2s: their sizes, where the fields of the parameter block lie, and
/// libb2's functions for each.
struct Blake2Variant {
    let name: String
    let type: TypePointer
    let outBytes: Int
    let keyBytes: Int
    let saltBytes: Int
    let personBytes: Int
    let blockBytes: Int
    /// The parameter block is the BLAKE2 spec's byte format (little-endian fields), so
    /// it is filled by offset; only node_offset's width and what follows it differ.
    let paramBytes: Int
    let nodeOffsetBytes: Int
    let stateBytes: Int
    let initParam: (UnsafeMutableRawPointer, UnsafeRawPointer) -> Int32
    let update: (UnsafeMutableRawPointer, UnsafeRawPointer?, Int) -> Int32
    let final: (UnsafeMutableRawPointer, UnsafeMutablePointer<UInt8>, Int) -> Int32
    /// Where the state keeps the last-node flag, which CPython sets after initialising.
    let lastNodeOffset: Int

    var nodeDepthOffset: Int { 8 + nodeOffsetBytes }
    var saltOffset: Int { paramBytes / 2 }
    var personOffset: Int { paramBytes / 2 + saltBytes }

    static let b = Blake2Variant(
        name: "blake2b", type: Krait_blake2b_type, outBytes: Int(BLAKE2B_OUTBYTES.rawValue),
        keyBytes: Int(BLAKE2B_KEYBYTES.rawValue), saltBytes: Int(BLAKE2B_SALTBYTES.rawValue),
        personBytes: Int(BLAKE2B_PERSONALBYTES.rawValue), blockBytes: Int(BLAKE2B_BLOCKBYTES.rawValue),
        paramBytes: MemoryLayout<blake2b_param>.size, nodeOffsetBytes: 8, stateBytes: MemoryLayout<blake2b_state>.size,
        initParam: { s, p in blake2b_init_param(s.assumingMemoryBound(to: blake2b_state.self), p.assumingMemoryBound(to: blake2b_param.self)) },
        update: { s, data, count in blake2b_update(s.assumingMemoryBound(to: blake2b_state.self), data?.assumingMemoryBound(to: UInt8.self), count) },
        final: { s, out, count in blake2b_final(s.assumingMemoryBound(to: blake2b_state.self), out, count) },
        lastNodeOffset: MemoryLayout<blake2b_state>.offset(of: \.last_node)!)

    static let s = Blake2Variant(
        name: "blake2s", type: Krait_blake2s_type, outBytes: Int(BLAKE2S_OUTBYTES.rawValue),
        keyBytes: Int(BLAKE2S_KEYBYTES.rawValue), saltBytes: Int(BLAKE2S_SALTBYTES.rawValue),
        personBytes: Int(BLAKE2S_PERSONALBYTES.rawValue), blockBytes: Int(BLAKE2S_BLOCKBYTES.rawValue),
        paramBytes: MemoryLayout<blake2s_param>.size, nodeOffsetBytes: 6, stateBytes: MemoryLayout<blake2s_state>.size,
        initParam: { s, p in blake2s_init_param(s.assumingMemoryBound(to: blake2s_state.self), p.assumingMemoryBound(to: blake2s_param.self)) },
        update: { s, data, count in blake2s_update(s.assumingMemoryBound(to: blake2s_state.self), data?.assumingMemoryBound(to: UInt8.self), count) },
        final: { s, out, count in blake2s_final(s.assumingMemoryBound(to: blake2s_state.self), out, count) },
        lastNodeOffset: MemoryLayout<blake2s_state>.offset(of: \.last_node)!)

    static func of(_ v: Value) -> Blake2Variant {
        TypeObject.isSubtype(v.type, of: Krait_blake2s_type) ? s : b
    }
}
