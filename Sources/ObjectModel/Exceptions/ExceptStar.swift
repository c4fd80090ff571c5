import ObjectLayout

/// What `try … except* T` needs from the object model (CPython 3.11's
/// `exception_group_match` in ceval.c and `_PyExc_PrepReraiseStar`).
///
/// The interpreter runs an `except*` statement as:
/// 1. `split(caught, matching: T)` for each clause in order, on what the previous
///    clauses left (`rest`); a clause runs only when `match` is not nil, with `match`
///    as the handled exception (`sys.exc_info()`, the `as` name).
/// 2. It collects, in clause order, what each clause raised or re-raised (a bare
///    `raise` re-raises that clause's `match`), and appends the last `rest` if any.
/// 3. `prepareReraise(original: caught, raised: collected)` gives what to raise after
///    the statement, or nil to continue normally.
extension ExceptionGroups {
    /// The part of `group` that `type` (a class or a tuple of classes) matches, and the
    /// rest. An exception group is split as its `split` method does; a naked exception
    /// that matches is wrapped in `ExceptionGroup("", [exc])` (without a traceback, as
    /// in 3.11); one that does not match is all rest. Raises TypeError for a type
    /// `except*` may not name (a non-exception class, or an exception group class).
    public static func split(_ group: Value, matching type: Value) throws(PyException) -> (match: Value?, rest: Value?) {
        try checkStarType(type)
        if matchesType(group, type) {
            if isGroup(group) { return (group, nil) }
            return (try Protocols.call(Value(Krait_exc_BaseExceptionGroup), Str.make(""), Tuple.make(group)), nil)
        }
        guard isGroup(group) else { return (nil, group) }
        let parts = try Protocols.callMethod(group, "split", type)
        let match = Tuple.item(parts, 0), rest = Tuple.item(parts, 1)
        return (match == .none ? nil : match, rest == .none ? nil : rest)
    }

    /// CPython's `check_except_star_type_valid`.
    public static func checkStarType(_ type: Value) throws(PyException) {
        let classes = type.isExactly(Krait_tuple_type) ? (0..<Tuple.count(type)).map { Tuple.item(type, $0) } : [type]
        for c in classes where !isExceptionClass(c) {
            throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        for c in classes where TypeObject.isSubtype(c.object.layout(PyTypeObject.self), of: Krait_exc_BaseExceptionGroup) {
            throw PyException.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
    }

    /// What to raise at the end of a `try … except*` that caught `original`, given
    /// what its clauses raised, in order (`raised`, which may hold None for "nothing").
    ///
    /// An exception with the original's traceback, cause and context was re-raised
    /// (a bare `raise`, or the unhandled rest): all those re-raised leaves come back
    /// as one group with the original's nesting (its projection onto them). New
    /// exceptions are raised next to it, in `ExceptionGroup("", [new…, reraised])`;
    /// a single one is raised as it is. Nil when nothing is left to raise. For a
    /// naked `original`, at most one clause ran, and what it raised is the result.
    public static func prepareReraise(original: Value, raised: [Value]) throws(PyException) -> Value? {
        let excs = List.make(raised)
        guard List.count(excs) > 0 else { return nil }
        if !isGroup(original) {
            let e = List.item(excs, 0)
            return e == .none ? nil : e
        }
        let newlyRaised = List.new()
        let leaves = Dict.new()
        for i in 0..<List.count(excs) {
            let e = List.item(excs, i)
            if e == .none { continue }
            if sameMetadata(e, original) {
                try collectLeaves(e, into: leaves)
            } else {
                List.append(newlyRaised, e)
            }
        }
        let reraised = Dict.count(leaves) > 0 ? try split(original, .leaves(leaves), keepRest: false).match : nil
        if let reraised { List.append(newlyRaised, reraised) }
        switch List.count(newlyRaised) {
        case 0: return nil
        case 1: return List.item(newlyRaised, 0)
        default: return try Protocols.call(Value(Krait_exc_BaseExceptionGroup), Str.make(""), newlyRaised)
        }
    }

    /// Whether `a` is `b` or a part split from it: the same notes, traceback, cause
    /// and context.
    static func sameMetadata(_ a: Value, _ b: Value) -> Bool {
        let x = Exceptions.exception(a).pointee, y = Exceptions.exception(b).pointee
        return x.notes == y.notes && x.traceback == y.traceback && x.cause == y.cause && x.context == y.context
    }

    /// The `id`s of every leaf below `e`.
    static func collectLeaves(_ e: Value, into ids: Value) throws(PyException) {
        guard isGroup(e) else {
            try Dict.setItem(ids, IntObject.make(Int(bitPattern: UInt(bitPattern: e.object))), .none)
            return
        }
        let exceptions = Value(e.layout(PyBaseExceptionGroupObject.self).pointee.excs!)
        for i in 0..<Tuple.count(exceptions) {
            try Recursion.guarded(" in collect_exception_group_leaf_ids") { () throws(PyException) in
                try collectLeaves(Tuple.item(exceptions, i), into: ids)
            }
        }
    }
}
