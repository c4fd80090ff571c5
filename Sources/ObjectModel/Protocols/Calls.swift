import GC
import ObjectLayout

extension Protocols {
    /// `callable(*args)` with vectorcall-style arguments.
    public static func call(_ callable: Value, _ args: Arguments) throws(PyException) -> Value {
        let type = callable.type
        if let call = type.pointee.kr_call {
            return try CBoundary.check(call(callable, args.base, args.count, args.kwnames))
        }
        return try callThroughTuple(callable, args)
    }

    /// `call` through `tp_call`. A frame of its own: the words it leaves (the arguments
    /// it packed) die with it, instead of staying in `call`'s frame, where the next
    /// builtin call through the same frame, say `gc.collect()`, would have them scanned.
    @inline(never)
    static func callThroughTuple(_ callable: Value, _ args: Arguments) throws(PyException) -> Value {
        let type = callable.type
        guard let call = type.pointee.tp_call else {
            throw PyException.typeError("'\(TypeObject.fullName(type))' object is not callable")
        }
        let tuple = Tuple.make(UnsafeBufferPointer(start: args.base, count: args.count))
        let kwargs = try SlotWrapper.keywordDict(args)
        return try Recursion.guarded(" while calling a Python object") { () throws(PyException) in
            try CBoundary.check(call(Boxing.object(callable), tuple.object, kwargs?.object))
        }
    }

    /// `callable(*arguments)` with positional arguments only.
    public static func call(_ callable: Value, _ arguments: Value...) throws(PyException) -> Value {
        try arguments.withUnsafeBufferPointer { buffer throws(PyException) in
            try Heap.shared.withTemporaryRoots(UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 8)!), words: buffer.count) {
                () throws(PyException) in try call(callable, Arguments(buffer.baseAddress, buffer.count, .empty))
            }
        }
    }

    /// `obj.name(*arguments)`.
    public static func callMethod(_ v: Value, _ name: String, _ arguments: Value...) throws(PyException) -> Value {
        let method = try getAttribute(v, name)
        return try arguments.withUnsafeBufferPointer { buffer throws(PyException) in
            try Heap.shared.withTemporaryRoots(UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 8)!), words: buffer.count) {
                () throws(PyException) in try call(method, Arguments(buffer.baseAddress, buffer.count, .empty))
            }
        }
    }
}

extension Protocols {
    /// `callable(*arguments)` from an array (rooted while the call runs).
    public static func callArray(_ callable: Value, _ arguments: [Value]) throws(PyException) -> Value {
        try arguments.withUnsafeBufferPointer { buffer throws(PyException) in
            try Heap.shared.withTemporaryRoots(UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 8)!), words: buffer.count) {
                () throws(PyException) in try call(callable, Arguments(buffer.baseAddress, buffer.count, .empty))
            }
        }
    }

    /// `callable(*positional, **keywords)` with the keywords in a dict of str keys.
    public static func callWithKeywords(_ callable: Value, _ positional: [Value], _ keywords: Value) throws(PyException) -> Value {
        var all = positional
        var names: [Value] = []
        var position = 0
        while let (key, value, next) = Dict.next(keywords, from: position) {
            guard TypeObject.hasFlag(key.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
                throw PyException.typeError("keywords must be strings")
            }
            names.append(key)
            all.append(value)
            position = next
        }
        return try all.withUnsafeBufferPointer { buffer throws(PyException) in
            try Heap.shared.withTemporaryRoots(UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 8)!), words: buffer.count) {
                () throws(PyException) in
                // Made while the arguments are rooted: it allocates.
                let kwnames = names.isEmpty ? Value.empty : Tuple.make(names)
                return try call(callable, Arguments(buffer.baseAddress, positional.count, kwnames))
            }
        }
    }
}
