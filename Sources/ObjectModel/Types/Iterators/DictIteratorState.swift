import ObjectLayout

/// `__length_hint__` and `__reduce__` of the dict iterators: the entries left while the
/// dict keeps its size (0 once it changed), and `iter(list of what is left)`.
extension DictIterator {
    static let stateMethods = TypeSetup.methodTable([
        MethodSpec("__length_hint__", doc: IteratorState.hintDoc) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(IteratorState.qualified(s, "__length_hint__"))
                let st = DictIterator.state(s.object)
                let live = !st.pointee.di_dict.isEmpty && st.pointee.di_used == Dict.count(st.pointee.di_dict)
                return IntObject.make(live ? st.pointee.len : 0)
            }
        },
        MethodSpec("__reduce__", doc: IteratorState.reduceDoc) { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(IteratorState.qualified(s, "__reduce__"))
                return try IteratorState.reduceByCopy(s)
            }
        },
    ])
}
