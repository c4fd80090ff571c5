import GC
import Interpreter
import ObjectLayout
import ObjectModel

/// The `gc` module over Krait's collector (DESIGN.md section 3). Krait's collections
/// are always full ones, so generations exist only in the interface: a collection
/// asked for any generation collects everything, automatic collections are counted
/// as generation 0's, and every object counts as being in generation 2. Collections
/// start by allocation volume, not object counts: `get_count()[0]` is the kibibytes
/// allocated since the last collection, and of the thresholds only "threshold 0 is
/// zero" has an effect (no automatic collections), as in CPython.
enum GCModule {
    nonisolated(unsafe) static var callbacks: Value = .empty
    nonisolated(unsafe) static var garbage: Value = .empty
    nonisolated(unsafe) static var enabled = true
    nonisolated(unsafe) static var thresholds = (700, 10, 10)
    nonisolated(unsafe) static var debugFlags = 0
    /// Per generation: explicit collections and what they found unreachable.
    nonisolated(unsafe) static var explicitCollections = [0, 0, 0]
    nonisolated(unsafe) static var explicitUnreachable = [0, 0, 0]

    static let debugSaveAll = 32

    static var heap: Heap { Heap.shared }

    static func updateAutomaticCollection() {
        heap.isAutomaticCollectionEnabled = enabled && thresholds.0 != 0
    }

    /// `gc.collect()`: a full collection, the finalizers and callbacks it leaves, and —
    /// since a finalized object is freed only by the next collection — further
    /// collections while finalizers ran, so what they finalized is gone on return, as
    /// in CPython (bounded, for finalizers that keep making finalizable garbage).
    /// Returns what the first collection found unreachable.
    static func collect(generation: Int) throws(PyException) -> Int {
        try runCallbacks("start", generation: generation, collected: 0)
        // The loop frames' stale words stay unscanned for the whole call, finalizers'
        // collections included: those frames stay suspended in this CALL meanwhile.
        let outer = heap.preciseStackRanges
        heap.preciseStackRanges = NativeLoopFrames.preciseRanges()
        defer { heap.preciseStackRanges = outer }
        let found = collectUntilQuiet()
        if Heap.reportsRetention { heap.reportRetention() }
        let saved = list(heap.takeSavedUnreachable())
        for i in 0..<List.count(saved) { List.append(garbage, List.item(saved, i)) }
        explicitCollections[generation] += 1
        explicitUnreachable[generation] += found
        try runCallbacks("stop", generation: generation, collected: found)
        return found
    }

    @discardableResult
    static func collectUntilQuiet() -> Int {
        heap.runPendingWork()
        heap.collectExplicitly()
        let found = heap.statistics.lastUnreachable
        var rounds = 0
        while heap.runPendingWork() > 0 && rounds < 3 {
            heap.collectExplicitly()
            rounds += 1
        }
        heap.runPendingWork()
        return found
    }

    static func runCallbacks(_ phase: String, generation: Int, collected: Int) throws(PyException) {
        let count = List.count(callbacks)
        guard count > 0 else { return }
        let info = Dict.new()
        try Dict.setItem(info, Str.make("generation"), IntObject.make(generation))
        try Dict.setItem(info, Str.make("collected"), IntObject.make(collected))
        try Dict.setItem(info, Str.make("uncollectable"), IntObject.make(0))
        let snapshot = try Protocols.call(Value(Krait_list_type), callbacks)
        let phaseValue = Str.make(phase)
        for i in 0..<List.count(snapshot) {
            let callback = List.item(snapshot, i)
            do throws(PyException) {
                _ = try Protocols.call(callback, phaseValue, info)
            } catch {
                RuntimeHooks.writeUnraisable?(error, nil, callback)
            }
        }
    }

    /// Krait's own item blocks (a list's items, a dict's table): seen through, as
    /// CPython's containers hold their items directly.
    static func isBlock(_ type: TypePointer) -> Bool {
        type == Krait_valueArray_type || type == Krait_dictKeys_type || type == Krait_setTable_type || type == Krait_byteBlock_type
    }

    static func isHeapObject(_ v: Value) -> Bool { v.isObject && heap.isLive(v.object) }

    /// CPython's `_PyObject_GC_MAY_BE_TRACKED`: a collected container, and for a tuple
    /// one that is itself tracked.
    static func mayBeTracked(_ v: Value, depth: Int) -> Bool {
        guard isHeapObject(v), TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_HAVE_GC)) else { return false }
        return !v.isExactly(Krait_tuple_type) || isTracked(v, depth: depth + 1)
    }

    /// Tuples nested deeper than this count as tracked: CPython untracks a nest of
    /// tuples from the inside out, one level per collection, and the walk must end (on
    /// a long chain, or a tuple garbage left half-built).
    static let untrackingDepth = 100

    /// `gc.is_tracked`, by CPython's rules as they stand after a full collection:
    /// atoms and static objects are untracked; a tuple or dict is tracked when an item
    /// may be (CPython untracks the others lazily, during collections).
    static func isTracked(_ v: Value, depth: Int = 0) -> Bool {
        guard isHeapObject(v), TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_HAVE_GC)) else { return false }
        if depth > untrackingDepth { return true }
        if v.isExactly(Krait_tuple_type) {
            return (0..<Tuple.count(v)).contains { mayBeTracked(Tuple.item(v, $0), depth: depth) }
        }
        if v.isExactly(Krait_dict_type) {
            var position = 0
            while let (key, value, next) = Dict.next(v, from: position) {
                if mayBeTracked(key, depth: depth) || mayBeTracked(value, depth: depth) { return true }
                position = next
            }
            return false
        }
        return true
    }

    /// What `object` refers to, as CPython's `tp_traverse` would report it.
    static func referents(_ object: ObjectPointer) -> [ObjectPointer] {
        var found: [ObjectPointer] = []
        for child in heap.referents(of: object) {
            if let type = child.pointee.ob_type, isBlock(type) {
                found += referents(child)
            } else {
                found.append(child)
            }
        }
        return found
    }

    /// A list of `objects`, built with automatic collection off: the pointers sit in a
    /// Swift array the collector does not scan.
    static func list(_ objects: [ObjectPointer]) -> Value {
        let wasEnabled = heap.isAutomaticCollectionEnabled
        heap.isAutomaticCollectionEnabled = false
        defer { heap.isAutomaticCollectionEnabled = wasEnabled }
        let result = List.new()
        for object in objects { List.append(result, Value(normalizing: object)) }
        return result
    }

    static func generation(_ v: Value, _ what: String) throws(PyException) -> Int {
        guard IntObject.check(v) else {
            throw PyException.typeError("'\(TypeObject.name(v.type))' object cannot be interpreted as an integer")
        }
        return IntObject.machineValue(v) ?? Int.max
    }

    static func create() throws(PyException) -> Value {
        callbacks = List.new()
        garbage = List.new()
        Allocation.makeImmortal(callbacks.object)
        Allocation.makeImmortal(garbage.object)
        return try NativeModule.make("gc", doc: "This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n", functions: functions, constants: [
            ("callbacks", { callbacks }), ("garbage", { garbage }),
            ("DEBUG_STATS", { IntObject.make(1) }), ("DEBUG_COLLECTABLE", { IntObject.make(2) }),
            ("DEBUG_UNCOLLECTABLE", { IntObject.make(4) }), ("DEBUG_SAVEALL", { IntObject.make(32) }),
            ("DEBUG_LEAK", { IntObject.make(38) }),
        ])
    }

    static let functions: [MethodSpec] = [
        MethodSpec("enable", doc: "enable($module, /)\n--\n\nEnable automatic garbage collection.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("enable")
                GCModule.enabled = true
                GCModule.updateAutomaticCollection()
                return .none
            }
        },
        MethodSpec("disable", doc: "disable($module, /)\n--\n\nDisable automatic garbage collection.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("disable")
                GCModule.enabled = false
                GCModule.updateAutomaticCollection()
                return .none
            }
        },
        MethodSpec("isenabled", doc: "isenabled($module, /)\n--\n\nReturns true if automatic garbage collection is enabled.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("isenabled")
                return .bool(GCModule.enabled)
            }
        },
        MethodSpec("collect", flags: Int32(METH_KRAIT_CLEAN_STACK), doc: "collect($module, /, generation=2)\n--\n\nRun the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                guard args.count + args.keywordCount <= 1, args.keywordCount == 0 || args.keyword("generation") != nil else {
                    if let name = args.keywordCount > 0 ? Str.swiftString(Tuple.item(args.kwnames, 0)) : nil, name != "generation" {
                        throw PyException.typeError("'\(name)' is an invalid keyword argument for collect()")
                    }
                    throw PyException.typeError("collect() takes at most 1 argument (\(args.count + args.keywordCount) given)")
                }
                let given = args.optional(0) ?? args.keyword("generation")
                let generation = try given.map { v throws(PyException) in try GCModule.generation(v, "collect") } ?? 2
                guard (0...2).contains(generation) else { throw PyException.valueError("invalid generation") }
                if let a { Interpreter.clearDeadStack(above: a + args.count + args.keywordCount) }
                return IntObject.make(try GCModule.collect(generation: generation))
            }
        },
        MethodSpec("get_count", doc: "get_count($module, /)\n--\n\nReturn a three-tuple of the current collection counts.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("get_count")
                return Tuple.make([IntObject.make(GCModule.heap.bytesSinceCollection / 1024), IntObject.make(0), IntObject.make(0)])
            }
        },
        MethodSpec("get_threshold", doc: "get_threshold($module, /)\n--\n\nReturn the current collection thresholds.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("get_threshold")
                let t = GCModule.thresholds
                return Tuple.make([IntObject.make(t.0), IntObject.make(t.1), IntObject.make(t.2)])
            }
        },
        MethodSpec("set_threshold", doc: "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.noKeywords("set_threshold")
                guard args.count >= 1 else { throw PyException.typeError("set_threshold() takes at least 1 argument (0 given)") }
                guard args.count <= 3 else { throw PyException.typeError("set_threshold() takes at most 3 arguments (\(args.count) given)") }
                var values = [GCModule.thresholds.0, GCModule.thresholds.1, GCModule.thresholds.2]
                for i in 0..<args.count {
                    let v = try GCModule.generation(args[i], "set_threshold")
                    guard v <= Int(Int32.max), v >= Int(Int32.min) else {
                        throw PyException.overflowError("signed integer is \(v > 0 ? "greater than maximum" : "less than minimum")")
                    }
                    values[i] = v
                }
                GCModule.thresholds = (values[0], values[1], values[2])
                GCModule.updateAutomaticCollection()
                return .none
            }
        },
        MethodSpec("get_stats", doc: "get_stats($module, /)\n--\n\nReturn a list of dictionaries containing per-generation statistics.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("get_stats")
                let stats = GCModule.heap.statistics
                var collections = GCModule.explicitCollections, collected = GCModule.explicitUnreachable
                // Explicit collections are counted by the heap too; the rest were automatic.
                collections[0] += stats.collections - GCModule.explicitCollections.reduce(0, +)
                collected[0] += stats.unreachable - GCModule.explicitUnreachable.reduce(0, +)
                let result = List.new()
                for g in 0..<3 {
                    let d = Dict.new()
                    try Dict.setItem(d, Str.make("collections"), IntObject.make(collections[g]))
                    try Dict.setItem(d, Str.make("collected"), IntObject.make(collected[g]))
                    try Dict.setItem(d, Str.make("uncollectable"), IntObject.make(0))
                    List.append(result, d)
                }
                return result
            }
        },
        MethodSpec("set_debug", doc: "set_debug($module, flags, /)\n--\n\nSet the garbage collection debugging flags.\n\n  flags\n    An integer that can have the following bits turned on:\n      DEBUG_STATS - Print statistics during collection.\n      DEBUG_COLLECTABLE - Print collectable objects found.\n      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n        found.\n      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\nDebugging information is written to sys.stderr.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                GCModule.debugFlags = try GCModule.generation(try Arguments(a, n, k).one("gc.set_debug"), "set_debug")
                GCModule.heap.savesUnreachable = GCModule.debugFlags & GCModule.debugSaveAll != 0
                return .none
            }
        },
        MethodSpec("get_debug", doc: "get_debug($module, /)\n--\n\nGet the garbage collection debugging flags.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("get_debug")
                return IntObject.make(GCModule.debugFlags)
            }
        },
        MethodSpec("get_objects", doc: "get_objects($module, /, generation=None)\n--\n\nReturn a list of objects tracked by the collector (excluding the list returned).\n\n  generation\n    Generation to extract the objects from.\n\nIf generation is not None, return only the objects tracked by the collector\nthat are in that generation.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                let given = args.optional(0) ?? args.keyword("generation")
                if let given, given != .none {
                    let g = try GCModule.generation(given, "get_objects")
                    if g >= 3 { throw PyException.valueError("generation parameter must be less than the number of available generations (3)") }
                    if g < 0 { throw PyException.valueError("generation parameter cannot be negative") }
                    // Every object Krait keeps counts as an old one.
                    if g < 2 { return List.new() }
                }
                var found: [ObjectPointer] = []
                GCModule.heap.forEachLiveObject { raw in
                    let object = raw.assumingMemoryBound(to: PyObject.self)
                    if GCModule.isTracked(Value(object)) { found.append(object) }
                }
                return GCModule.list(found)
            }
        },
        MethodSpec("get_referrers", doc: "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.noKeywords("get_referrers")
                let targets = Set((0..<args.count).compactMap { args[$0].isObject ? UInt(bitPattern: args[$0].object) : nil })
                var found: [ObjectPointer] = []
                GCModule.heap.forEachLiveObject { raw in
                    let object = raw.assumingMemoryBound(to: PyObject.self)
                    guard GCModule.isTracked(Value(object)) else { return }
                    if GCModule.referents(object).contains(where: { targets.contains(UInt(bitPattern: $0)) }) { found.append(object) }
                }
                return GCModule.list(found)
            }
        },
        MethodSpec("get_referents", doc: "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.noKeywords("get_referents")
                var found: [ObjectPointer] = []
                for i in 0..<args.count where args[i].isObject && TypeObject.hasFlag(args[i].type, UInt(Py_TPFLAGS_HAVE_GC)) {
                    found += GCModule.referents(args[i].object)
                }
                return GCModule.list(found)
            }
        },
        MethodSpec("is_tracked", doc: "is_tracked($module, obj, /)\n--\n\nReturns true if the object is tracked by the garbage collector.\n\nSimple atomic objects will return false.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in .bool(GCModule.isTracked(try Arguments(a, n, k).one("gc.is_tracked"))) }
        },
        MethodSpec("is_finalized", doc: "is_finalized($module, obj, /)\n--\n\nReturns true if the object has been already finalized by the GC.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let v = try Arguments(a, n, k).one("gc.is_finalized")
                return .bool(v.isObject && GCModule.heap.isFinalized(v.object))
            }
        },
        MethodSpec("freeze", doc: "freeze($module, /)\n--\n\nFreeze all current tracked objects and ignore them for future collections.\n\nThis can be used before a POSIX fork() call to make the gc copy-on-write friendly.\nNote: collection before a POSIX fork() call may free pages for future allocation\nwhich can cause copy-on-write.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("freeze")
                GCModule.heap.freeze()
                return .none
            }
        },
        MethodSpec("unfreeze", doc: "unfreeze($module, /)\n--\n\nUnfreeze all objects in the permanent generation.\n\nPut all objects in the permanent generation back into oldest generation.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("unfreeze")
                GCModule.heap.unfreeze()
                return .none
            }
        },
        MethodSpec("get_freeze_count", doc: "get_freeze_count($module, /)\n--\n\nReturn the number of objects in the permanent generation.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("get_freeze_count")
                return IntObject.make(GCModule.heap.frozenCount)
            }
        },
    ]
}
