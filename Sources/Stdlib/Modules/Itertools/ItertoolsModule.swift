import ObjectLayout
import ObjectModel

/// The `itertools` module.
enum ItertoolsModule {
    nonisolated(unsafe) static var typesReady = false

    static let types: [TypePointer] = [
        Krait_count_type, Krait_cycle_type, Krait_repeat_type, Krait_accumulate_type, Krait_chain_type,
        Krait_compress_type, Krait_dropwhile_type, Krait_takewhile_type, Krait_filterfalse_type, Krait_starmap_type,
        Krait_groupby_type, Krait_grouper_type, Krait_islice_type, Krait_pairwise_type, Krait_tee_type,
        Krait_teeDataObject_type, Krait_zipLongest_type, Krait_product_type, Krait_combinations_type,
        Krait_combinationsWithReplacement_type, Krait_permutations_type,
    ]

    static func setUpTypes() throws(PyException) {
        if typesReady { return }
        typesReady = true
        Counting.setUp()
        Chaining.setUp()
        Filtering.setUp()
        GroupBy.setUp()
        ISlice.setUp()
        Tee.setUp()
        ZipLongest.setUp()
        Product.setUp()
        Combinations.setUp()
        Permutations.setUp()
        for type in types { try TypeSetup.ready(type) }
    }

    static func create() throws(PyException) -> Value {
        try setUpTypes()
        let names = ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "takewhile", "filterfalse",
                     "starmap", "groupby", "_grouper", "islice", "pairwise", "_tee", "_tee_dataobject", "zip_longest",
                     "product", "combinations", "combinations_with_replacement", "permutations"]
        let m = try NativeModule.make("itertools", doc: "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n", functions: [
            MethodSpec("tee", doc: "tee($module, iterable, n=2, /)\n--\n\nReturns a tuple of n independent iterators.") { _, a, n, k in
                MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in try Tee.tee(args) }
            },
        ])
        return try ModuleTypes.add(m, Array(zip(names, types)))
    }
}
