import ObjectLayout

/// The methods of `set` and `frozenset` (frozenset has those that do not mutate).
enum SetMethods {
    /// The type whose method is running, as CPython names it in argument errors.
    static func owner(_ s: Value, _ method: String) -> String { (Sets.isFrozen(s) ? "frozenset." : "set.") + method }

    static func table(frozen: Bool) -> [MethodSpec] {
        let mutating: Set<String> = [
            "add", "clear", "discard", "difference_update", "intersection_update", "pop", "remove",
            "symmetric_difference_update", "update",
        ]
        return all.filter { !frozen || !mutating.contains($0.name) }
    }

    static let all: [MethodSpec] = [
        MethodSpec("add", doc: "Add an element to a set.\n\nThis has no effect if the element is already present.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try Sets.add(s, args.one("set.add"))
                return .none
            }
        },
        MethodSpec("clear", doc: "Remove all elements from this set.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("set.clear")
                Sets.clear(s)
                return .none
            }
        },
        MethodSpec("__contains__", flags: Int32(METH_COEXIST), doc: "x.__contains__(y) <==> y in x.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                .bool(try Sets.containsKey(s, args.one(SetMethods.owner(s, "__contains__"))))
            }
        },
        MethodSpec("copy", doc: "Return a shallow copy of a set.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(SetMethods.owner(s, "copy"))
                if s.isExactly(Krait_frozenset_type) { return s }
                return try SetOperations.copy(s)
            }
        },
        MethodSpec("discard", doc: "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                _ = try Sets.discardKey(s, args.one("set.discard"))
                return .none
            }
        },
        MethodSpec("difference", doc: "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords(SetMethods.owner(s, "difference"))
                return try SetOperations.difference(s, args)
            }
        },
        MethodSpec("difference_update", doc: "Remove all elements of another set from this set.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("set.difference_update")
                try SetOperations.differenceUpdate(s, args)
                return .none
            }
        },
        MethodSpec("intersection", doc: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords(SetMethods.owner(s, "intersection"))
                return try SetOperations.intersection(s, args)
            }
        },
        MethodSpec("intersection_update", doc: "Update a set with the intersection of itself and another.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("set.intersection_update")
                try SetOperations.intersectionUpdate(s, args)
                return .none
            }
        },
        MethodSpec("isdisjoint", doc: "Return True if two sets have a null intersection.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                .bool(try SetOperations.isDisjoint(s, args.one(SetMethods.owner(s, "isdisjoint"))))
            }
        },
        MethodSpec("issubset", doc: "Report whether another set contains this set.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                .bool(try SetOperations.isSubset(s, args.one(SetMethods.owner(s, "issubset"))))
            }
        },
        MethodSpec("issuperset", doc: "Report whether this set contains another set.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                .bool(try SetOperations.isSuperset(s, args.one(SetMethods.owner(s, "issuperset"))))
            }
        },
        MethodSpec("pop", doc: "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("set.pop")
                return try SetOperations.pop(s)
            }
        },
        MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(SetMethods.owner(s, "__reduce__"))
                let keys = List.new(capacity: Sets.count(s))
                try ListMethods.extend(keys, s)
                // `__getstate__`, as CPython's `_PyObject_GetState`: slots too, beside the dict.
                let state = try Protocols.callMethod(s, "__getstate__")
                let result = Tuple.allocate(count: 3)
                Tuple.items(result)[0] = Value(s.type)
                Tuple.items(result)[1] = Tuple.make(keys)
                Tuple.items(result)[2] = state
                return result
            }
        },
        MethodSpec("remove", doc: "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let key = try args.one("set.remove")
                if !(try Sets.discardKey(s, key)) { throw PyException.keyError(key) }
                return .none
            }
        },
        MethodSpec("__sizeof__", doc: "S.__sizeof__() -> size of S in memory, in bytes") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(SetMethods.owner(s, "__sizeof__"))
                // CPython 3.11 keeps a subclass instance's `__dict__` before the object.
                let type = s.type
                var size = type.pointee.tp_basicsize - (type.pointee.tp_dictoffset > 0 ? 8 : 0)
                let so = Sets.set(s)
                if Sets.block(so) != nil { size += (so.pointee.mask + 1) * MemoryLayout<setentry>.stride }
                return Value(smallInt: size)
            }
        },
        MethodSpec("symmetric_difference", doc: "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try SetOperations.symmetricDifference(s, args.one(SetMethods.owner(s, "symmetric_difference")))
            }
        },
        MethodSpec("symmetric_difference_update", doc: "Update a set with the symmetric difference of itself and another.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try SetOperations.symmetricDifferenceUpdate(s, args.one("set.symmetric_difference_update"))
                return .none
            }
        },
        MethodSpec("union", doc: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords(SetMethods.owner(s, "union"))
                return try SetOperations.union(s, args)
            }
        },
        MethodSpec("update", doc: "Update a set with the union of itself and others.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("set.update")
                for i in 0..<args.count { try SetOperations.update(s, args[i]) }
                return .none
            }
        },
    ]
}
