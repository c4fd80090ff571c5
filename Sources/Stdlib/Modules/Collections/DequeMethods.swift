import ObjectLayout
import ObjectModel

/// The methods of `collections.deque`.
enum DequeMethods {
    static let copyDoc = "Return a shallow copy of a deque."

    static let table: [MethodSpec] = [
        MethodSpec("append", doc: "Add an element to the right side of the deque.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                Deque.append(s, try args.one("deque.append"))
                return .none
            }
        },
        MethodSpec("appendleft", doc: "Add an element to the left side of the deque.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                Deque.appendLeft(s, try args.one("deque.appendleft"))
                return .none
            }
        },
        MethodSpec("clear", doc: "Remove all elements from the deque.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("deque.clear")
                Deque.clear(s)
                return .none
            }
        },
        MethodSpec("__copy__", doc: copyDoc) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("deque.__copy__")
                return try Deque.copy(s)
            }
        },
        MethodSpec("copy", doc: copyDoc) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("deque.copy")
                return try Deque.copy(s)
            }
        },
        MethodSpec("count", doc: "D.count(value) -- return number of occurrences of value") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let item = try args.one("deque.count")
                var count = 0, i = 0
                while let found = try DequeType.find(s, item, from: i, to: Int.max) {
                    count += 1
                    i = found + 1
                }
                return IntObject.make(count)
            }
        },
        MethodSpec("extend", doc: "Extend the right side of the deque with elements from the iterable") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try Deque.extend(s, try args.one("deque.extend"), left: false)
                return .none
            }
        },
        MethodSpec("extendleft", doc: "Extend the left side of the deque with elements from the iterable") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try Deque.extend(s, try args.one("deque.extendleft"), left: true)
                return .none
            }
        },
        MethodSpec("index", doc: "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try DequeMethods.index(s, args) }
        },
        MethodSpec("insert", doc: "D.insert(index, object) -- insert object before index") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("insert")
                guard args.count == 2 else { throw PyException.typeError("insert() takes exactly 2 arguments (\(args.count) given)") }
                try DequeMethods.insert(s, try ModuleTypes.size(args[0]), args[1])
                return .none
            }
        },
        MethodSpec("pop", doc: "Remove and return the rightmost element.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("deque.pop")
                guard let item = Deque.pop(s) else { throw PyException.indexError("pop from an empty deque") }
                return item
            }
        },
        MethodSpec("popleft", doc: "Remove and return the leftmost element.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("deque.popleft")
                guard let item = Deque.popLeft(s) else { throw PyException.indexError("pop from an empty deque") }
                return item
            }
        },
        MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("deque.__reduce__")
                let state = try Protocols.callMethod(s, "__getstate__")
                let maxlen = Deque.deque(s).pointee.maxlen
                let arguments = maxlen < 0 ? Tuple.make([]) : Tuple.make(Tuple.make([]), IntObject.make(maxlen))
                return Tuple.make([Value(s.type), arguments, state, DequeIterator.make(s, reverse: false)])
            }
        },
        MethodSpec("remove", doc: "D.remove(value) -- remove first occurrence of value.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let item = try args.one("deque.remove")
                let d = Deque.deque(s)
                let state = d.pointee.state
                for i in 0..<d.pointee.count {
                    let equal = try Protocols.equal(Deque.item(s, i), item)
                    if d.pointee.state != state { throw PyException.indexError("deque mutated during remove().") }
                    if equal {
                        Deque.remove(s, at: i)
                        return .none
                    }
                }
                throw PyException.valueError("\(try Protocols.reprText(item)) is not in deque")
            }
        },
        MethodSpec("__reversed__", doc: "D.__reversed__() -- return a reverse iterator over the deque") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("deque.__reversed__")
                return DequeIterator.make(s, reverse: true)
            }
        },
        MethodSpec("reverse", doc: "D.reverse() -- reverse *IN PLACE*") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("deque.reverse")
                Deque.reverse(s)
                return .none
            }
        },
        MethodSpec("rotate", doc: "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("deque.rotate", min: 0, max: 1)
                let steps = try args.optional(0).map { v throws(PyException) in try DequeMethods.ssize(v) } ?? 1
                Deque.rotate(s, steps)
                return .none
            }
        },
        MethodSpec("__sizeof__", doc: "D.__sizeof__() -- size of D in memory, in bytes") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("deque.__sizeof__")
                return IntObject.make(s.type.pointee.tp_basicsize + Deque.header + Deque.capacity(Deque.deque(s)) * 8)
            }
        },
        GenericAlias.classGetItem,
    ]

    /// An int argument as `PyLong_AsSsize_t` reads it (rotate's n).
    static func ssize(_ v: Value) throws(PyException) -> Int {
        let i = try Protocols.indexValue(v)
        guard let n = IntObject.machineValue(i) else { throw PyException.overflowError("Python int too large to convert to C ssize_t") }
        return n
    }

    static func index(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("index")
        if args.count < 1 { throw PyException.typeError("index() takes at least 1 argument (0 given)") }
        if args.count > 3 { throw PyException.typeError("index() takes at most 3 arguments (\(args.count) given)") }
        let count = Deque.count(s)
        let start = try args.optional(1).map { v throws(PyException) in try ModuleTypes.sliceBound(v, count) } ?? 0
        let stop = try args.optional(2).map { v throws(PyException) in try ModuleTypes.sliceBound(v, count) } ?? count
        guard let found = try DequeType.find(s, args[0], from: start, to: Swift.min(stop, count)) else {
            throw PyException.valueError("\(try Protocols.reprText(args[0])) is not in deque")
        }
        return IntObject.make(found)
    }

    static func insert(_ s: Value, _ index: Int, _ item: Value) throws(PyException) {
        let d = Deque.deque(s)
        let count = d.pointee.count
        if d.pointee.maxlen == count { throw PyException.indexError("deque already at its maximum size") }
        if index >= count { return Deque.append(s, item) }
        if index <= -count || index == 0 { return Deque.appendLeft(s, item) }
        let i = index < 0 ? index + count : index
        Deque.rotate(s, -i)
        Deque.appendLeft(s, item)
        Deque.rotate(s, i)
    }
}
