import ObjectLayout
import ObjectModel

/// `collections.deque`'s storage: a ring buffer in a collected value-array block whose
/// capacity is a power of two. Every mutation that moves items bumps `state`, which
/// iterators compare to detect changes made under them.
enum Deque {
    typealias Object = UnsafeMutablePointer<KraitDequeObject>

    static let header = MemoryLayout<PyVarObject>.size
    static let minimumCapacity = 8

    @inline(__always)
    static func deque(_ v: Value) -> Object { v.layout(KraitDequeObject.self) }

    @inline(__always)
    static func isDeque(_ v: Value) -> Bool { v.isObject && TypeObject.isSubtype(v.type, of: Krait_deque_type) }

    @inline(__always)
    static func count(_ v: Value) -> Int { deque(v).pointee.count }

    @inline(__always)
    static func capacity(_ d: Object) -> Int {
        d.pointee.block.isEmpty ? 0 : d.pointee.block.layout(PyVarObject.self).pointee.ob_size
    }

    @inline(__always)
    static func cells(_ d: Object) -> UnsafeMutablePointer<Value> {
        (UnsafeMutableRawPointer(d.pointee.block.object) + header).assumingMemoryBound(to: Value.self)
    }

    /// The cell of item `i` (0 ≤ i < count).
    @inline(__always)
    static func slot(_ d: Object, _ i: Int) -> UnsafeMutablePointer<Value> {
        cells(d) + ((d.pointee.head + i) & (capacity(d) - 1))
    }

    @inline(__always)
    static func item(_ v: Value, _ i: Int) -> Value { slot(deque(v), i).pointee }

    static func newBlock(_ capacity: Int) -> Value {
        Value(Allocation.varObject(Krait_valueArray_type, size: header + capacity * 8, count: capacity))
    }

    /// Moves the items into a new block of `capacity` cells, the first at cell 0.
    static func resize(_ d: Object, _ capacity: Int) {
        let block = newBlock(capacity)
        let target = (UnsafeMutableRawPointer(block.object) + header).assumingMemoryBound(to: Value.self)
        for i in 0..<d.pointee.count { target[i] = slot(d, i).pointee }
        d.pointee.block = block
        d.pointee.head = 0
    }

    @inline(__always)
    static func reserveOne(_ d: Object) {
        let capacity = capacity(d)
        if d.pointee.count == capacity { resize(d, Swift.max(capacity * 2, minimumCapacity)) }
    }

    /// Gives memory back once the deque has drained to a quarter of its block.
    @inline(__always)
    static func shrinkIfSparse(_ d: Object) {
        let capacity = capacity(d)
        if capacity > 64 && d.pointee.count * 4 < capacity { resize(d, capacity / 2) }
    }

    static func append(_ v: Value, _ item: Value) {
        let d = deque(v)
        reserveOne(d)
        d.pointee.count += 1
        slot(d, d.pointee.count - 1).pointee = item
        d.pointee.state &+= 1
        if d.pointee.maxlen >= 0 && d.pointee.count > d.pointee.maxlen { _ = popLeft(v) }
    }

    static func appendLeft(_ v: Value, _ item: Value) {
        let d = deque(v)
        reserveOne(d)
        d.pointee.head = (d.pointee.head - 1) & (capacity(d) - 1)
        d.pointee.count += 1
        slot(d, 0).pointee = item
        d.pointee.state &+= 1
        if d.pointee.maxlen >= 0 && d.pointee.count > d.pointee.maxlen { _ = pop(v) }
    }

    /// The last item, removed; nil when empty.
    static func pop(_ v: Value) -> Value? {
        let d = deque(v)
        guard d.pointee.count > 0 else { return nil }
        let cell = slot(d, d.pointee.count - 1)
        let item = cell.pointee
        cell.pointee = .empty
        d.pointee.count -= 1
        d.pointee.state &+= 1
        shrinkIfSparse(d)
        return item
    }

    static func popLeft(_ v: Value) -> Value? {
        let d = deque(v)
        guard d.pointee.count > 0 else { return nil }
        let cell = slot(d, 0)
        let item = cell.pointee
        cell.pointee = .empty
        d.pointee.head = (d.pointee.head + 1) & (capacity(d) - 1)
        d.pointee.count -= 1
        d.pointee.state &+= 1
        shrinkIfSparse(d)
        return item
    }

    static func clear(_ v: Value) {
        let d = deque(v)
        d.pointee.block = .empty
        d.pointee.head = 0
        d.pointee.count = 0
        d.pointee.state &+= 1
    }

    /// Rotates right by `n` (left when negative): the last n items move to the front.
    static func rotate(_ v: Value, _ n: Int) {
        let d = deque(v)
        let count = d.pointee.count
        guard count > 1 else { return }
        var k = n % count
        if k < 0 { k += count }
        if k == 0 { return }
        d.pointee.state &+= 1
        let capacity = capacity(d), mask = capacity - 1
        if count == capacity {
            // A full ring only moves its start.
            d.pointee.head = (d.pointee.head - k) & mask
            return
        }
        if k <= count / 2 {
            for _ in 0..<k {
                let last = slot(d, count - 1)
                let item = last.pointee
                last.pointee = .empty
                d.pointee.head = (d.pointee.head - 1) & mask
                slot(d, 0).pointee = item
            }
        } else {
            for _ in 0..<count - k {
                let first = slot(d, 0)
                let item = first.pointee
                first.pointee = .empty
                d.pointee.head = (d.pointee.head + 1) & mask
                slot(d, count - 1).pointee = item
            }
        }
    }

    static func reverse(_ v: Value) {
        let d = deque(v)
        var i = 0, j = d.pointee.count - 1
        while i < j {
            let a = slot(d, i), b = slot(d, j)
            let t = a.pointee
            a.pointee = b.pointee
            b.pointee = t
            i += 1
            j -= 1
        }
    }

    /// Removes item `i` (0 ≤ i < count), closing the gap from the nearer end.
    static func remove(_ v: Value, at i: Int) {
        let d = deque(v)
        let count = d.pointee.count
        if i < count / 2 {
            var j = i
            while j > 0 {
                slot(d, j).pointee = slot(d, j - 1).pointee
                j -= 1
            }
            _ = popLeft(v)
        } else {
            for j in i..<count - 1 { slot(d, j).pointee = slot(d, j + 1).pointee }
            _ = pop(v)
        }
    }

    /// Appends every item of `iterable` (a copy first when it is the deque itself).
    static func extend(_ v: Value, _ iterable: Value, left: Bool) throws(PyException) {
        let source = iterable == v ? try Protocols.call(Value(Krait_list_type), iterable) : iterable
        let it = try Protocols.iterator(source)
        if deque(v).pointee.maxlen == 0 {
            while try Protocols.next(it) != nil {}
            return
        }
        while let item = try Protocols.next(it) {
            if left { appendLeft(v, item) } else { append(v, item) }
        }
    }

    /// A deque of `type` (or a subclass) with no items.
    static func make(_ type: TypePointer, maxlen: Int) -> Value {
        let object = ModuleTypes.allocate(type)
        object.layout(KraitDequeObject.self).pointee.maxlen = maxlen
        return Value(object)
    }

    /// `d.copy()`: a plain deque copies directly; a subclass is called as
    /// `type(d)(d)` or `type(d)(d, maxlen)`, as CPython's `deque_copy`.
    static func copy(_ v: Value) throws(PyException) -> Value {
        let d = deque(v)
        if v.isExactly(Krait_deque_type) {
            let result = make(Krait_deque_type, maxlen: d.pointee.maxlen)
            for i in 0..<d.pointee.count { append(result, item(v, i)) }
            return result
        }
        if d.pointee.maxlen < 0 { return try Protocols.call(Value(v.type), v) }
        return try Protocols.call(Value(v.type), v, IntObject.make(d.pointee.maxlen))
    }

    /// The items as a new tuple.
    static func snapshot(_ v: Value) -> Value {
        let t = Tuple.allocate(count: count(v))
        for i in 0..<count(v) { Tuple.items(t)[i] = item(v, i) }
        return t
    }

    /// `d *= n`: the items repeated, only the last `maxlen` of them kept.
    static func repeatInPlace(_ v: Value, _ n: Int) throws(PyException) -> Value {
        let d = deque(v)
        let count = d.pointee.count
        if n <= 0 || count == 0 {
            clear(v)
            return v
        }
        if n == 1 { return v }
        let (total, overflow) = count.multipliedReportingOverflow(by: n)
        let items = snapshot(v)
        if d.pointee.maxlen < 0 {
            if overflow { throw PyException.memoryError() }
            try Allocation.check(count: total, itemSize: 8)
            for j in count..<total { append(v, Tuple.item(items, j % count)) }
        } else {
            // Only the last maxlen items of the repetition remain.
            let kept = overflow ? d.pointee.maxlen : Swift.min(total, d.pointee.maxlen)
            let end = overflow ? kept + (count - kept % count) % count : total
            clear(v)
            for j in end - kept..<end { append(v, Tuple.item(items, j % count)) }
        }
        return v
    }
}
