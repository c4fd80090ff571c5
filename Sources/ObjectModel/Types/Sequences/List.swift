import GC
import ObjectLayout

/// `list`: the items live in a separate collected block (`KraitValueArray`) that
/// `ob_item` points into, so C code sees CPython's `ob_item`/`allocated` fields.
public enum List {
    static let arrayHeader = MemoryLayout<PyVarObject>.size

    @inline(__always)
    static func list(_ l: Value) -> UnsafeMutablePointer<PyListObject> { l.layout(PyListObject.self) }

    public static func new(capacity: Int = 0) -> Value {
        let object = Allocation.varObject(Krait_list_type, size: MemoryLayout<PyListObject>.size, count: 0)
        if capacity > 0 { setCapacity(Value(object), capacity) }
        return Value(object)
    }

    @inline(__always)
    public static func count(_ l: Value) -> Int { list(l).pointee.ob_base.ob_size }

    @inline(__always)
    public static func items(_ l: Value) -> UnsafeMutablePointer<Value> { list(l).pointee.ob_item }

    @inline(__always)
    public static func item(_ l: Value, _ i: Int) -> Value { list(l).pointee.ob_item[i] }

    /// The items in place (an empty list may have no item block).
    @inline(__always)
    public static func buffer(_ l: Value) -> UnsafeBufferPointer<Value> {
        let p = list(l).pointee
        return UnsafeBufferPointer(start: p.ob_base.ob_size == 0 ? nil : p.ob_item, count: p.ob_base.ob_size)
    }

    /// Gives the list room for `capacity` items (at least its count).
    static func setCapacity(_ l: Value, _ capacity: Int) {
        let n = count(l)
        let block = Allocation.varObject(Krait_valueArray_type, size: arrayHeader + capacity * 8, count: 0)
        let items = (UnsafeMutableRawPointer(block) + arrayHeader).assumingMemoryBound(to: Value.self)
        if n > 0 { items.update(from: list(l).pointee.ob_item, count: n) }
        list(l).pointee.ob_item = items
        list(l).pointee.allocated = capacity
        syncBlockCount(l)
    }

    /// The block's `ob_size` bounds what its trace visits: the list's count.
    @inline(__always)
    static func syncBlockCount(_ l: Value) {
        if let items = list(l).pointee.ob_item {
            let block = (UnsafeMutableRawPointer(items) - arrayHeader).assumingMemoryBound(to: PyVarObject.self)
            block.pointee.ob_size = count(l)
        }
    }

    /// Sets the count, growing the block as CPython's `list_resize` does (so the
    /// over-allocation, visible through `sys.getsizeof`, matches).
    static func resize(_ l: Value, _ newCount: Int) {
        let allocated = list(l).pointee.allocated
        if allocated >= newCount && newCount >= allocated >> 1 {
            list(l).pointee.ob_base.ob_size = newCount
            syncBlockCount(l)
            return
        }
        var capacity = (newCount + (newCount >> 3) + 6) & ~3
        if newCount - count(l) > capacity - newCount { capacity = (newCount + 3) & ~3 }
        if newCount == 0 { capacity = 0 }
        if capacity > allocated || capacity < allocated >> 1 {
            if capacity == 0 {
                list(l).pointee.ob_item = nil
                list(l).pointee.allocated = 0
            } else {
                list(l).pointee.ob_base.ob_size = Swift.min(count(l), newCount)
                setCapacity(l, capacity)
            }
        }
        list(l).pointee.ob_base.ob_size = newCount
        syncBlockCount(l)
    }

    public static func append(_ l: Value, _ v: Value) {
        let n = count(l)
        if n < list(l).pointee.allocated {
            list(l).pointee.ob_item[n] = v
            list(l).pointee.ob_base.ob_size = n + 1
            syncBlockCount(l)
            return
        }
        resize(l, n + 1)
        list(l).pointee.ob_item[n] = v
    }

    /// Removes the item at `i`, shifting the later ones down.
    public static func removeLast(_ l: Value, from i: Int) {
        let n = count(l)
        let items = self.items(l)
        (items + i).update(from: items + i + 1, count: n - i - 1)
        resize(l, n - 1)
    }

    /// Removes every item.
    public static func clear(_ l: Value) { resize(l, 0) }

    /// `l.insert(index, v)`, as `PyList_Insert`.
    public static func insert(_ l: Value, at index: Int, _ v: Value) { ListMethods.insert(l, at: index, v) }

    /// A list of the array's values; they are roots while the list is allocated.
    /// A list of new strings, each appended as soon as it is made (so each is alive
    /// while the next is allocated, which `[String].map(Str.make)` does not ensure).
    public static func make(strings: [String]) -> Value {
        let l = new(capacity: strings.count)
        for s in strings { append(l, Str.make(s)) }
        return l
    }

    public static func make(_ values: [Value]) -> Value {
        values.withUnsafeBufferPointer { buffer in
            Heap.shared.withTemporaryRoots(UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 8)!), words: buffer.count) {
                let l = new(capacity: buffer.count)
                for v in buffer { append(l, v) }
                return l
            }
        }
    }

    static let traverse: traverseproc = { object, visit, arg in
        let l = Value(object!)
        if let items = list(l).pointee.ob_item {
            Trace.visit((UnsafeMutableRawPointer(items) - arrayHeader).assumingMemoryBound(to: PyObject.self), visit, arg)
        }
        return 0
    }

    static let traverseArray: traverseproc = { object, visit, arg in
        let block = object!.layout(PyVarObject.self)
        let items = (UnsafeMutableRawPointer(block) + arrayHeader).assumingMemoryBound(to: Value.self)
        Trace.visit(items, count: block.pointee.ob_size, visit, arg)
        return 0
    }
}
