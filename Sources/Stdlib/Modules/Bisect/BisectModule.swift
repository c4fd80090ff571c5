import ObjectLayout
import ObjectModel

/// `_bisect`: CPython's `_bisectmodule.c`, so the comparisons made (`item < x` or
/// `x < item`, one per step) are the same calls in the same order.
enum BisectModule {
    static let doc = "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n"

    static let signature = "($module, /, a, x, lo=0, hi=None, *, key=None)\n--\n\n"
    static let bounds = "\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched."

    static func create() throws(PyException) -> Value {
        try NativeModule.make("_bisect", doc: doc, functions: [
            MethodSpec("bisect_right", doc: "bisect_right" + signature + "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\ninsert just after the rightmost x already there." + bounds) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BisectModule.bisect(args, "bisect_right", right: true, insert: false) }
            },
            MethodSpec("insort_right", doc: "insort_right" + signature + "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the right of the rightmost x." + bounds) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BisectModule.bisect(args, "insort_right", right: true, insert: true) }
            },
            MethodSpec("bisect_left", doc: "bisect_left" + signature + "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\ninsert just before the leftmost x already there." + bounds) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BisectModule.bisect(args, "bisect_left", right: false, insert: false) }
            },
            MethodSpec("insort_left", doc: "insort_left" + signature + "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the left of the leftmost x." + bounds) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try BisectModule.bisect(args, "insort_left", right: false, insert: true) }
            },
        ])
    }

    /// One of the four functions: the insertion point of `x` (right of equal items
    /// when `right`), or None after inserting `x` there.
    static func bisect(_ args: Arguments, _ name: String, right: Bool, insert: Bool) throws(PyException) -> Value {
        let p = try args.parse(name, ["a", "x", "lo", "hi", "key"], required: 2, keywordOnly: 4)
        let a = p[0]!, x = p[1]!
        let lo = try p[2].map { v throws(PyException) in try NativeModule.ssize(v) } ?? 0
        // hi=None, like -1, means len(a).
        var hi = -1
        if let v = p[3], v != .none {
            guard Protocols.isIndex(v) else {
                throw PyException.typeError("argument should be integer or None, not '\(TypeObject.fullName(v.type))'")
            }
            hi = try Protocols.index(v, overflow: Krait_exc_OverflowError)
        }
        let key = p[4] ?? .none
        // insort compares key(x) with the keys of the items, and inserts x itself.
        let probe = insert && key != .none ? try Protocols.call(key, x) : x
        let index = try search(a, probe, lo, hi, key, right: right)
        guard insert else { return IntObject.make(index) }
        if a.isExactly(Krait_list_type) {
            List.insert(a, at: index, x)
        } else {
            _ = try Protocols.callMethod(a, "insert", IntObject.make(index), x)
        }
        return .none
    }

    /// `internal_bisect_right` / `internal_bisect_left`.
    static func search(_ a: Value, _ x: Value, _ low: Int, _ high: Int, _ key: Value, right: Bool) throws(PyException) -> Int {
        if low < 0 { throw PyException.valueError("lo must be non-negative") }
        var lo = low, hi = high
        if hi == -1 { hi = try length(a) }
        while lo < hi {
            // The unsigned sum cannot overflow, as CPython's `((size_t)lo + hi) / 2`.
            let mid = Int((UInt(lo) &+ UInt(hi)) / 2)
            var item = try sequenceItem(a, mid)
            if key != .none { item = try Protocols.call(key, item) }
            if right {
                if try lessThan(x, item) { hi = mid } else { lo = mid + 1 }
            } else {
                if try lessThan(item, x) { lo = mid + 1 } else { hi = mid }
            }
        }
        return lo
    }

    /// `PyObject_RichCompareBool(a, b, Py_LT)`.
    @inline(__always)
    static func lessThan(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        if a.isSmallInt && b.isSmallInt { return a.smallInt < b.smallInt }
        return try Protocols.isTrue(Protocols.richCompare(a, b, .lt))
    }

    /// `PySequence_Size`.
    static func length(_ a: Value) throws(PyException) -> Int {
        if a.isExactly(Krait_list_type) { return List.count(a) }
        if let slot = a.type.pointee.tp_as_sequence?.pointee.sq_length { return try CBoundary.check(integer: slot(a.object)) }
        if a.type.pointee.tp_as_mapping?.pointee.mp_length != nil {
            throw PyException.typeError("\(TypeObject.fullName(a.type)) is not a sequence")
        }
        throw PyException.typeError("object of type '\(TypeObject.fullName(a.type))' has no len()")
    }

    /// `PySequence_GetItem` at an index that is not negative.
    static func sequenceItem(_ a: Value, _ i: Int) throws(PyException) -> Value {
        if a.isExactly(Krait_list_type) {
            // A key function or a comparison may have shrunk the list.
            guard i < List.count(a) else { throw PyException(Krait_exc_IndexError, "list index out of range") }
            return List.item(a, i)
        }
        if let slot = a.type.pointee.tp_as_sequence?.pointee.sq_item { return try CBoundary.check(slot(a.object, i)) }
        if a.type.pointee.tp_as_mapping?.pointee.mp_subscript != nil {
            throw PyException.typeError("\(TypeObject.fullName(a.type)) is not a sequence")
        }
        throw PyException.typeError("'\(TypeObject.fullName(a.type))' object does not support indexing")
    }
}
