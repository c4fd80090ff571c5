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

    /// `sys.intern(s)`: the interned string equal to `s`, which becomes it if there is
    /// none yet. Strings with lone surrogates (not Swift text) are returned as they are.
    public static func intern(_ s: Value) -> Value {
        guard let text = Str.swiftStringIfValid(s) else { return s }
        if let v = table[text] { return v }
        _ = Heap.shared.retain(s.object)
        s.layout(PyASCIIObject.self).pointee.state.interned = 1
        table[text] = s
        return s
    }
}
