import ObjectLayout

/// Iterators over sequences by position. One layout serves the generic sequence-
/// protocol iterator and the list, tuple and str iterators; each type has its own
/// `tp_iternext` reading its sequence directly.
enum SequenceIterator {
    @inline(__always)
    static func state(_ it: ObjectPointer) -> UnsafeMutablePointer<KraitSequenceIterator> { it.layout(KraitSequenceIterator.self) }

    static func make(_ sequence: Value, type: TypePointer = Krait_sequenceIterator_type) -> Value {
        let object = Allocation.object(type, size: MemoryLayout<KraitSequenceIterator>.size)
        state(object).pointee.it_seq = sequence
        return Value(object)
    }

    /// Advances past the item returned, or drops the sequence at the end (nil, no
    /// exception pending: CPython's exhausted-iterator convention).
    @inline(__always)
    static func step(_ it: ObjectPointer, count: Int, _ item: (Value, Int) -> Value) -> ObjectPointer? {
        let s = state(it)
        let sequence = s.pointee.it_seq
        guard !sequence.isEmpty, s.pointee.it_index < count else {
            s.pointee.it_seq = .empty
            return nil
        }
        let i = s.pointee.it_index
        s.pointee.it_index = i + 1
        return Boxing.object(item(sequence, i))
    }

    static let traverse: traverseproc = { object, visit, arg in
        Trace.visit(state(object!).pointee.it_seq, visit, arg)
        return 0
    }

    /// Sets up an iterator type of this layout with its `tp_iternext`, and, unless it
    /// has none in CPython (`memory_iterator`), the state methods.
    static func define(_ type: TypePointer, _ name: String, stateMethods: Bool = true, _ next: iternextfunc) {
        TypeSetup.begin(type, name: name, basicSize: MemoryLayout<KraitSequenceIterator>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        type.pointee.tp_iter = { o in o }
        type.pointee.tp_getattro = Krait_object_type.pointee.tp_getattro
        type.pointee.tp_iternext = next
        type.pointee.tp_traverse = traverse
        if stateMethods { type.pointee.tp_methods = SequenceIterator.stateMethods }
    }

    static func setUp() {
        define(Krait_listIterator_type, "list_iterator") { o in
            let sequence = SequenceIterator.state(o!).pointee.it_seq
            return SequenceIterator.step(o!, count: sequence.isEmpty ? 0 : List.count(sequence)) { l, i in List.item(l, i) }
        }
        define(Krait_tupleIterator_type, "tuple_iterator") { o in
            let sequence = SequenceIterator.state(o!).pointee.it_seq
            return SequenceIterator.step(o!, count: sequence.isEmpty ? 0 : Tuple.count(sequence)) { t, i in Tuple.item(t, i) }
        }
        define(Krait_bytesIterator_type, "bytes_iterator") { o in
            let sequence = SequenceIterator.state(o!).pointee.it_seq
            return SequenceIterator.step(o!, count: sequence.isEmpty ? 0 : Bytes.count(sequence)) { b, i in
                Value(smallInt: Int(Bytes.data(b).load(fromByteOffset: i, as: UInt8.self)))
            }
        }
        define(Krait_bytearrayIterator_type, "bytearray_iterator") { o in
            let sequence = SequenceIterator.state(o!).pointee.it_seq
            return SequenceIterator.step(o!, count: sequence.isEmpty ? 0 : ByteArray.count(sequence)) { b, i in
                Value(smallInt: Int(ByteArray.data(b).load(fromByteOffset: i, as: UInt8.self)))
            }
        }
        define(Krait_strIterator_type, "str_iterator") { o in
            let sequence = SequenceIterator.state(o!).pointee.it_seq
            return SequenceIterator.step(o!, count: sequence.isEmpty ? 0 : Str.length(sequence)) { s, i in Str.character(s, at: i) }
        }
        define(Krait_strASCIIIterator_type, "str_ascii_iterator") { o in
            let sequence = SequenceIterator.state(o!).pointee.it_seq
            return SequenceIterator.step(o!, count: sequence.isEmpty ? 0 : Str.length(sequence)) { s, i in Str.character(s, at: i) }
        }
        define(Krait_sequenceIterator_type, "iterator") { o in
            // The generic iterator ends at the first IndexError or StopIteration.
            let s = SequenceIterator.state(o!)
            let sequence = s.pointee.it_seq
            if sequence.isEmpty { return nil }
            let getItem = sequence.type.pointee.tp_as_sequence!.pointee.sq_item!
            if let item = getItem(Boxing.object(sequence), s.pointee.it_index) {
                s.pointee.it_index += 1
                return item
            }
            let error = CBoundary.takePending()
            if error.matches(Krait_exc_IndexError) || error.matches(Krait_exc_StopIteration) {
                s.pointee.it_seq = .empty
                return nil
            }
            CBoundary.setPending(error)
            return nil
        }
    }
}
