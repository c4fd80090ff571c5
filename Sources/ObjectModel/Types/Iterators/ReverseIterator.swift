import ObjectLayout

/// `reversed(list)`: the sequence-iterator layout, its index counting down.
enum ReverseIterator {
    static func make(_ sequence: Value, type: TypePointer) -> Value {
        let it = SequenceIterator.make(sequence, type: type)
        SequenceIterator.state(it.object).pointee.it_index = List.count(sequence) - 1
        return it
    }

    static func setUp() {
        let t = Krait_listReverseIterator_type!
        TypeSetup.begin(t, name: "list_reverseiterator", basicSize: MemoryLayout<KraitSequenceIterator>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        t.pointee.tp_iter = { o in o }
        t.pointee.tp_getattro = Krait_object_type.pointee.tp_getattro
        t.pointee.tp_traverse = SequenceIterator.traverse
        t.pointee.tp_methods = stateMethods
        t.pointee.tp_iternext = { o in
            let s = SequenceIterator.state(o!)
            let l = s.pointee.it_seq
            let i = s.pointee.it_index
            // The list may have shrunk since the last step.
            guard !l.isEmpty, i >= 0, i < List.count(l) else {
                s.pointee.it_seq = .empty
                return nil
            }
            s.pointee.it_index = i - 1
            return Boxing.object(List.item(l, i))
        }
    }
}
