import ObjectLayout

/// `__length_hint__`, `__reduce__` and `__setstate__` of the iterators by position
/// (list, tuple, str, bytes, bytearray and the sequence-protocol iterator), and of
/// `reversed(list)`. They reduce to `iter(sequence)` and the index, or to `iter` of an
/// empty sequence once exhausted, as CPython's.
extension SequenceIterator {
    /// The length of the iterated sequence; nil for a generic sequence without `__len__`.
    static func sequenceLength(_ it: Value, _ sequence: Value) throws(PyException) -> Int? {
        let t = it.type
        if t == Krait_listIterator_type { return List.count(sequence) }
        if t == Krait_tupleIterator_type { return Tuple.count(sequence) }
        if t == Krait_strIterator_type || t == Krait_strASCIIIterator_type { return Str.length(sequence) }
        if t == Krait_bytesIterator_type { return Bytes.count(sequence) }
        if t == Krait_bytearrayIterator_type { return ByteArray.count(sequence) }
        // CPython's _PyObject_HasLen.
        let type = sequence.type
        guard type.pointee.tp_as_sequence?.pointee.sq_length != nil || type.pointee.tp_as_mapping?.pointee.mp_length != nil else {
            return nil
        }
        return try Protocols.length(sequence)
    }

    /// What an exhausted iterator reduces to: `iter([])`, `iter('')` or `iter(())`.
    static func emptySequence(_ it: Value) -> Value {
        if it.type == Krait_listIterator_type { return List.new() }
        if it.type == Krait_strIterator_type || it.type == Krait_strASCIIIterator_type { return Str.make("") }
        return Tuple.allocate(count: 0)
    }

    static let stateMethods = TypeSetup.methodTable([
        MethodSpec("__length_hint__", doc: IteratorState.hintDoc) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(IteratorState.qualified(s, "__length_hint__"))
                let st = SequenceIterator.state(s.object)
                let sequence = st.pointee.it_seq
                if sequence.isEmpty { return Value(smallInt: 0) }
                guard let count = try SequenceIterator.sequenceLength(s, sequence) else { return .notImplemented }
                return IntObject.make(max(0, count - st.pointee.it_index))
            }
        },
        MethodSpec("__reduce__", doc: IteratorState.reduceDoc) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(IteratorState.qualified(s, "__reduce__"))
                let iter = try BuiltinNames.get("iter")
                let st = SequenceIterator.state(s.object)
                if st.pointee.it_seq.isEmpty {
                    // CPython's list iterator looks `iter` up again for this case.
                    let empty = s.type == Krait_listIterator_type ? try BuiltinNames.get("iter") : iter
                    return IteratorState.reduction(empty, SequenceIterator.emptySequence(s))
                }
                return IteratorState.reduction(iter, st.pointee.it_seq, IntObject.make(st.pointee.it_index))
            }
        },
        MethodSpec("__setstate__", doc: IteratorState.setStateDoc) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                var index = try IteratorState.index(try args.one(IteratorState.qualified(s, "__setstate__")))
                let st = SequenceIterator.state(s.object)
                let sequence = st.pointee.it_seq
                guard !sequence.isEmpty else { return .none }
                // Out-of-range indices are clipped; the generic iterator clips only below.
                if index < 0 {
                    index = 0
                } else if s.type != Krait_sequenceIterator_type, let count = try SequenceIterator.sequenceLength(s, sequence), index > count {
                    index = count
                }
                st.pointee.it_index = index
                return .none
            }
        },
    ])
}

extension ReverseIterator {
    static let stateMethods = TypeSetup.methodTable([
        MethodSpec("__length_hint__", doc: IteratorState.hintDoc) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("list_reverseiterator.__length_hint__")
                let st = SequenceIterator.state(s.object)
                let remaining = st.pointee.it_index + 1
                if st.pointee.it_seq.isEmpty || List.count(st.pointee.it_seq) < remaining { return Value(smallInt: 0) }
                return IntObject.make(remaining)
            }
        },
        MethodSpec("__reduce__", doc: IteratorState.reduceDoc) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("list_reverseiterator.__reduce__")
                // The lookup may run code that exhausts the iterator, so it comes first.
                let reversed = try BuiltinNames.get("reversed")
                let st = SequenceIterator.state(s.object)
                if st.pointee.it_seq.isEmpty { return IteratorState.reduction(try BuiltinNames.get("iter"), List.new()) }
                return IteratorState.reduction(reversed, st.pointee.it_seq, IntObject.make(st.pointee.it_index))
            }
        },
        MethodSpec("__setstate__", doc: IteratorState.setStateDoc) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let index = try IteratorState.index(try args.one("list_reverseiterator.__setstate__"))
                let st = SequenceIterator.state(s.object)
                guard !st.pointee.it_seq.isEmpty else { return .none }
                st.pointee.it_index = min(max(index, -1), List.count(st.pointee.it_seq) - 1)
                return .none
            }
        },
    ])
}
