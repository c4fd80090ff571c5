import GC
import ObjectLayout

/// `tuple`: the items follow the header.
public enum Tuple {
    static let headerSize = MemoryLayout<PyVarObject>.size

    /// A tuple of `count` empty items, to be filled before it escapes.
    public static func allocate(count: Int) -> Value {
        Value(Allocation.varObject(Krait_tuple_type, size: headerSize + Swift.max(count, 1) * 8, count: count))
    }

    @inline(__always)
    public static func count(_ t: Value) -> Int { t.layout(PyVarObject.self).pointee.ob_size }

    @inline(__always)
    public static func items(_ t: Value) -> UnsafeMutablePointer<Value> {
        (UnsafeMutableRawPointer(t.object) + headerSize).assumingMemoryBound(to: Value.self)
    }

    @inline(__always)
    public static func item(_ t: Value, _ i: Int) -> Value { items(t)[i] }

    public static func make(_ values: UnsafeBufferPointer<Value>) -> Value {
        let t = allocate(count: values.count)
        if let base = values.baseAddress { items(t).update(from: base, count: values.count) }
        return t
    }

    /// A tuple of the array's values; they are roots while the tuple is allocated.
    public static func make(_ values: [Value]) -> Value {
        values.withUnsafeBufferPointer { buffer in
            Heap.shared.withTemporaryRoots(UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 8)!), words: buffer.count) {
                make(buffer)
            }
        }
    }

    /// A tuple of new strings, made safely (see `List.make(strings:)`).
    public static func make(strings: [String]) -> Value {
        let l = List.make(strings: strings)
        return withExtendedLifetime(l) { make(List.buffer(l)) }
    }

    public static func make(_ a: Value) -> Value {
        let t = allocate(count: 1)
        items(t)[0] = a
        return t
    }

    public static func make(_ a: Value, _ b: Value) -> Value {
        let t = allocate(count: 2)
        items(t)[0] = a
        items(t)[1] = b
        return t
    }

    static let traverse: traverseproc = { object, visit, arg in
        let t = Value(object!)
        Trace.visit(items(t), count: count(t), visit, arg)
        return 0
    }
}
