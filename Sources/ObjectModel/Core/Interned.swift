import GC
import ObjectLayout

/// Interned strings: one str object per distinct text, so identifier lookups in dicts
/// usually succeed on the identity test. Each is held by a handle (a root) for the
/// life of the process, as CPython's interned strings are.
public enum Interned {
    nonisolated(unsafe) static var table: [String: Value] = [:]

    public static func get(_ text: String) -> Value {
        if let v = table[text] { return v }
        let v = Str.make(text)
        _ = Heap.shared.retain(v.object)
        v.layout(PyASCIIObject.self).pointee.state.interned = 1
        table[text] = v
        return v
    }
}
