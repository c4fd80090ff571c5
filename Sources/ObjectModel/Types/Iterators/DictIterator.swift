import ObjectLayout

/// Iterators over a dict's keys, values or items, in insertion order. A dict that
/// changes size or keys while iterated raises RuntimeError, as in CPython.
enum DictIterator {
    @inline(__always)
    static func state(_ it: ObjectPointer) -> UnsafeMutablePointer<KraitDictIterator> { it.layout(KraitDictIterator.self) }

    static func make(_ d: Value, type: TypePointer) -> Value {
        let object = Allocation.object(type, size: MemoryLayout<KraitDictIterator>.size)
        let s = state(object)
        s.pointee.di_dict = d
        s.pointee.di_used = Dict.count(d)
        s.pointee.len = Dict.count(d)
        return Value(object)
    }

    /// The dict still to iterate, or nil when exhausted or (with RuntimeError pending)
    /// when it changed size.
    static func liveDict(_ s: UnsafeMutablePointer<KraitDictIterator>) -> Value? {
        let d = s.pointee.di_dict
        if d.isEmpty { return nil }
        if s.pointee.di_used != Dict.count(d) {
            s.pointee.di_used = -1
            CBoundary.setPending(PyException(Krait_exc_RuntimeError, "dictionary changed size during iteration"))
            return nil
        }
        return d
    }

    /// The next entry, or nil at the end (with RuntimeError pending if the dict changed size).
    static func nextEntry(_ it: ObjectPointer) -> (key: Value, value: Value)? {
        let s = state(it)
        guard let d = liveDict(s) else { return nil }
        guard let (key, value, next) = Dict.next(d, from: s.pointee.di_pos) else {
            s.pointee.di_dict = .empty
            return nil
        }
        // Deleting and adding keys keeps the size but leaves more entries than were
        // counted at the start (CPython's dictiter `len` check).
        if s.pointee.len == 0 {
            s.pointee.di_dict = .empty
            CBoundary.setPending(PyException(Krait_exc_RuntimeError, "dictionary keys changed during iteration"))
            return nil
        }
        s.pointee.di_pos = next
        s.pointee.len -= 1
        return (key, value)
    }

    /// `reversed(d)` and the views' `__reversed__`: positions count down from the last entry.
    static func makeReversed(_ d: Value, type: TypePointer) -> Value {
        let it = make(d, type: type)
        state(it.object).pointee.di_pos = Dict.entryCount(d) - 1
        return it
    }

    static func previousEntry(_ it: ObjectPointer) -> (key: Value, value: Value)? {
        let s = state(it)
        guard let d = liveDict(s) else { return nil }
        // A resize of the same size may have compacted the entries.
        var i = min(s.pointee.di_pos, Dict.entryCount(d) - 1)
        while i >= 0 {
            if let e = Dict.entry(d, i) {
                s.pointee.di_pos = i - 1
                s.pointee.len -= 1
                return (e.key, e.value)
            }
            i -= 1
        }
        s.pointee.di_dict = .empty
        return nil
    }

    static let traverse: traverseproc = { object, visit, arg in
        Trace.visit(state(object!).pointee.di_dict, visit, arg)
        return 0
    }

    static func setUp() {
        func define(_ type: TypePointer, _ name: String, _ next: iternextfunc) {
            TypeSetup.begin(type, name: name, basicSize: MemoryLayout<KraitDictIterator>.size,
                            flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
            type.pointee.tp_iter = { o in o }
            type.pointee.tp_getattro = Krait_object_type.pointee.tp_getattro
            type.pointee.tp_iternext = next
            type.pointee.tp_traverse = traverse
            type.pointee.tp_methods = stateMethods
        }
        define(Krait_dictKeyIterator_type, "dict_keyiterator") { o in
            DictIterator.nextEntry(o!).map { Boxing.object($0.key) }
        }
        define(Krait_dictValueIterator_type, "dict_valueiterator") { o in
            DictIterator.nextEntry(o!).map { Boxing.object($0.value) }
        }
        define(Krait_dictItemIterator_type, "dict_itemiterator") { o in
            DictIterator.nextEntry(o!).map { Tuple.make($0.key, $0.value).object }
        }
        define(Krait_dictReverseKeyIterator_type, "dict_reversekeyiterator") { o in
            DictIterator.previousEntry(o!).map { Boxing.object($0.key) }
        }
        define(Krait_dictReverseValueIterator_type, "dict_reversevalueiterator") { o in
            DictIterator.previousEntry(o!).map { Boxing.object($0.value) }
        }
        define(Krait_dictReverseItemIterator_type, "dict_reverseitemiterator") { o in
            DictIterator.previousEntry(o!).map { Tuple.make($0.key, $0.value).object }
        }
    }
}
