import GC
import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// Interned strings: one str object per distinct text, so identifier lookups in dicts
/// usually succeed on the identity test. Each is held by a handle (a root) for the
/// life of the process, as CPython's interned strings are.
///
/// The table is open-addressed over the str objects themselves, probed by a hash of
/// their stored code units: unmarshalling a module interns every name in it, and
/// going through Swift strings (a copy, validation and Unicode-aware hashing each time)
/// made that a large part of an import. The hash is the table's own, not `hash(s)`,
/// so interning never fixes a str's hash before the hash key is configured.
public enum Interned {
    nonisolated(unsafe) static var slots = UnsafeMutablePointer<Value>.allocate(capacity: 0)
    nonisolated(unsafe) static var capacity = 0
    nonisolated(unsafe) static var count = 0

    /// The interned str of `text`. An ASCII text already interned is found from its
    /// UTF-8 bytes, without making a str to look it up with.
    public static func get(_ text: String) -> Value {
        var text = text
        let found: Value?? = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, capacity > 0, !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let mask = capacity - 1
            var slot = bytesHash(base, bytes.count, kind: 1) & mask
            while true {
                let candidate = slots[slot]
                if candidate == .empty { return .some(nil) }
                if Str.kind(candidate) == 1 && Str.length(candidate) == bytes.count
                    && memcmp(Str.data(candidate), base, bytes.count) == 0 {
                    return .some(candidate)
                }
                slot = (slot + 1) & mask
            }
        }
        if let found = found ?? nil { return found }
        return intern(Str.make(text))
    }

    /// `sys.intern(s)`: the interned str equal to `s` (an exact str), which becomes it if
    /// there is none yet.
    public static func intern(_ s: Value) -> Value {
        if s.layout(PyASCIIObject.self).pointee.state.interned != 0 { return s }
        if count * 3 >= capacity * 2 { grow() }
        let mask = capacity - 1
        var slot = textHash(s) & mask
        while true {
            let found = slots[slot]
            if found == .empty { break }
            if Str.equal(found, s) { return found }
            slot = (slot + 1) & mask
        }
        _ = Heap.shared.retain(s.object)
        s.layout(PyASCIIObject.self).pointee.state.interned = 1
        slots[slot] = s
        count += 1
        return s
    }

    static func textHash(_ s: Value) -> Int {
        bytesHash(UnsafeRawPointer(Str.data(s)).assumingMemoryBound(to: UInt8.self), Str.length(s) * Str.kind(s), kind: Str.kind(s))
    }

    /// FNV-1a over the code units as stored, with the width mixed in.
    static func bytesHash(_ bytes: UnsafePointer<UInt8>, _ n: Int, kind: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(kind)
        for i in 0..<n { h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    static func grow() {
        let old = slots, oldCapacity = capacity
        capacity = max(4096, oldCapacity * 2)
        slots = UnsafeMutablePointer<Value>.allocate(capacity: capacity)
        slots.initialize(repeating: .empty, count: capacity)
        let mask = capacity - 1
        for i in 0..<oldCapacity where old[i] != .empty {
            var slot = textHash(old[i]) & mask
            while slots[slot] != .empty { slot = (slot + 1) & mask }
            slots[slot] = old[i]
        }
        old.deallocate()
    }
}
