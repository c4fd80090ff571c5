import ObjectLayout

/// What the builtin iterators share for `__length_hint__`, `__reduce__` and
/// `__setstate__`: the index argument of `__setstate__`, the shapes of reductions, and
/// CPython's docstrings.
enum IteratorState {
    static let hintDoc = "Private method returning an estimate of len(list(it))."
    static let reduceDoc = "Return state information for pickling."
    static let setStateDoc = "Set state information for unpickling."

    /// `PyLong_AsSsize_t` of a `__setstate__` argument: an int, without `__index__`.
    static func index(_ state: Value) throws(PyException) -> Int {
        guard IntObject.check(state) else { throw PyException.typeError("an integer is required") }
        guard let i = IntObject.machineValue(state) else {
            throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        return i
    }

    /// `(callable, (argument,), state)`, or `(callable, (argument,))` without a state.
    static func reduction(_ callable: Value, _ argument: Value, _ state: Value? = nil) -> Value {
        let arguments = Tuple.make(argument)
        guard let state else { return Tuple.make(callable, arguments) }
        let result = Tuple.allocate(count: 3)
        Tuple.items(result)[0] = callable
        Tuple.items(result)[1] = arguments
        Tuple.items(result)[2] = state
        return result
    }

    /// The method name as CPython's argument errors spell it: `list_iterator.__reduce__`.
    static func qualified(_ s: Value, _ method: String) -> String { "\(TypeObject.name(s.type)).\(method)" }
}

extension IteratorState {
    /// `(iter, (list,))` of the items an iterator has left, found by running a copy of it
    /// so the iterator itself stays where it is (CPython's `dictiter_reduce` and
    /// `setiter_reduce`). The iterator's fields after the header are copied as they are.
    static func reduceByCopy(_ it: Value) throws(PyException) -> Value {
        let size = it.type.pointee.tp_basicsize
        let copy = Allocation.object(it.type, size: size)
        let header = MemoryLayout<PyObject>.size
        UnsafeMutableRawPointer(copy).advanced(by: header)
            .copyMemory(from: UnsafeRawPointer(it.object).advanced(by: header), byteCount: size - header)
        let remaining = List.new()
        while let item = try Protocols.next(Value(copy)) { List.append(remaining, item) }
        return reduction(try BuiltinNames.get("iter"), remaining)
    }
}
