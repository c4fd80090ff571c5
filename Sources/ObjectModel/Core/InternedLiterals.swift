import GC
import ObjectLayout

/// Interned strings for names spelled as literals in Krait's own source (`"__name__"`),
/// found by the address of the literal's bytes: a few instructions on hot paths instead
/// of hashing the text for `Interned.get`'s dictionary. Each address is cached once;
/// the same text at two addresses gets the same interned str from `Interned.get`.
extension Interned {
    @usableFromInline static let literalSlots = 4096
    @usableFromInline nonisolated(unsafe) static let literalKeys: UnsafeMutablePointer<UInt> = {
        let keys = UnsafeMutablePointer<UInt>.allocate(capacity: literalSlots)
        keys.initialize(repeating: 0, count: literalSlots)
        return keys
    }()
    @usableFromInline nonisolated(unsafe) static let literalValues = UnsafeMutablePointer<Value>.allocate(capacity: literalSlots)
    @usableFromInline nonisolated(unsafe) static var literalCount = 0

    /// The interned str of `text`, a literal.
    @inlinable @inline(__always)
    public static func literal(_ text: StaticString) -> Value {
        guard text.hasPointerRepresentation else { return get(text.description) }
        let key = UInt(bitPattern: text.utf8Start)
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 52)
        while true {
            let found = literalKeys[slot]
            if found == key { return literalValues[slot] }
            if found == 0 { return addLiteral(text, key, slot) }
            slot = (slot + 1) & (literalSlots - 1)
        }
    }

    @usableFromInline @inline(never)
    static func addLiteral(_ text: StaticString, _ key: UInt, _ slot: Int) -> Value {
        let v = get(text.description)
        // Kept at most three quarters full, so probes stay short; past that, hashing.
        guard literalCount < literalSlots * 3 / 4 else { return v }
        literalCount += 1
        literalValues[slot] = v
        literalKeys[slot] = key
        return v
    }
}
