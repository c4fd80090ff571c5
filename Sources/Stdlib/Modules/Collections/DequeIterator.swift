import ObjectLayout
import ObjectModel

/// `_deque_iterator` and `_deque_reverse_iterator`: a position in the deque, valid
/// while the deque's state is the one they started with.
enum DequeIterator {
    static func setUp() {
        for (type, name) in [(Krait_dequeIterator_type!, "_collections._deque_iterator"),
                             (Krait_dequeReverseIterator_type!, "_collections._deque_reverse_iterator")] {
            ModuleTypes.define(type, name, size: MemoryLayout<KraitDequeIterObject>.size, doc: nil, base: false,
                               traverse: { o, visit, arg in
                                   Trace.visit(o!.layout(KraitDequeIterObject.self).pointee.deque, visit, arg)
                                   return 0
                               }, constructor: { type, args throws(PyException) in try DequeIterator.construct(type, args) })
            ModuleTypes.iterator(type) { o in ModuleTypes.iternext(o) { v throws(PyException) in try DequeIterator.next(v) } }
            type.pointee.tp_methods = TypeSetup.methodTable([
                MethodSpec("__length_hint__", doc: "Private method returning an estimate of len(list(it)).") { s, a, n, k in
                    MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                        try args.none("__length_hint__")
                        return IntObject.make(s.layout(KraitDequeIterObject.self).pointee.counter)
                    }
                },
                MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                    MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                        try args.none("__reduce__")
                        let it = s.layout(KraitDequeIterObject.self).pointee
                        return Tuple.make(Value(s.type), Tuple.make(it.deque, IntObject.make(Deque.count(it.deque) - it.counter)))
                    }
                },
            ])
        }
    }

    static func make(_ deque: Value, reverse: Bool) -> Value {
        let object = ModuleTypes.allocate(reverse ? Krait_dequeReverseIterator_type : Krait_dequeIterator_type)
        let it = object.layout(KraitDequeIterObject.self)
        it.pointee.deque = deque
        it.pointee.state = Deque.deque(deque).pointee.state
        it.pointee.counter = Deque.count(deque)
        return Value(object)
    }

    /// `_deque_iterator(deque, index=0)`: an iterator advanced `index` items.
    static func construct(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords(TypeObject.name(type))
        if args.count < 1 || args.count > 2 {
            throw PyException.typeError("function takes \(args.count < 1 ? "at least 1" : "at most 2") argument\(args.count < 1 ? "" : "s") (\(args.count) given)")
        }
        guard Deque.isDeque(args[0]) else {
            throw PyException.typeError("argument 1 must be collections.deque, not \(TypeObject.name(args[0].type))")
        }
        let index = try args.optional(1).map { v throws(PyException) in try ModuleTypes.size(v) } ?? 0
        let it = make(args[0], reverse: type == Krait_dequeReverseIterator_type)
        var i = 0
        while i < index, try next(it) != nil { i += 1 }
        return it
    }

    static func next(_ v: Value) throws(PyException) -> Value? {
        let it = v.layout(KraitDequeIterObject.self)
        let deque = it.pointee.deque
        if Deque.deque(deque).pointee.state != it.pointee.state {
            it.pointee.counter = 0
            throw PyException(Krait_exc_RuntimeError, "deque mutated during iteration")
        }
        if it.pointee.counter == 0 { return nil }
        let i = it.pointee.index
        it.pointee.index = i + 1
        it.pointee.counter -= 1
        return Deque.item(deque, v.isExactly(Krait_dequeIterator_type) ? i : Deque.count(deque) - 1 - i)
    }
}
