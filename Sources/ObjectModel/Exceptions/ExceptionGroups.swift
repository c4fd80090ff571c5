import ObjectLayout

/// `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), and the two operations the
/// interpreter's `except*` is built on.
public enum ExceptionGroups {
    static func configure() {
        // CPython makes ExceptionGroup as a class statement would, which gives its
        // instances a weak reference list after BaseExceptionGroup's fields.
        let group = Krait_exc_ExceptionGroup!
        group.pointee.tp_weaklistoffset = MemoryLayout<PyBaseExceptionGroupObject>.size
        group.pointee.tp_basicsize = MemoryLayout<PyBaseExceptionGroupObject>.size + MemoryLayout<PyObject?>.size
        group.pointee.tp_getset = SlotFunctions.weakrefGetSet
        let type = Krait_exc_BaseExceptionGroup!
        type.pointee.tp_new = { type, args, kwargs in
            CBoundary.object { () throws(PyException) in try ExceptionGroups.new(type!, args.map { Value($0) } ?? Tuple.make([])) }
        }
        Exceptions.setInit(type) { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                try Exceptions.noKeywords(Value(o!), kwargs)
                try Exceptions.initialize(Value(o!), args, kwargs)
            }
        }
        typealias G = PyBaseExceptionGroupObject
        type.pointee.tp_members = MemberDescriptors.memberTable([
            (name: "message", type: Int32(T_OBJECT), offset: MemoryLayout<G>.offset(of: \G.msg)!, readOnly: true, doc: "exception message"),
            (name: "exceptions", type: Int32(T_OBJECT), offset: MemoryLayout<G>.offset(of: \G.excs)!, readOnly: true, doc: "nested exceptions"),
        ])
        type.pointee.tp_str = { o in
            CBoundary.object { () throws(PyException) in
                let fields = o!.layout(PyBaseExceptionGroupObject.self).pointee
                let message = try Protocols.str(fields.msg.map { Value($0) } ?? .none)
                let count = fields.excs.map { Tuple.count(Value($0)) } ?? 0
                return Str.make("\(Str.swiftString(message)) (\(count) sub-exception\(count > 1 ? "s" : ""))")
            }
        }
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("derive") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let message = s.layout(PyBaseExceptionGroupObject.self).pointee.msg.map { Value($0) } ?? .none
                    // `PyArg_ParseTuple(args, "O")` with no function name words the complaint.
                    try args.noKeywords("BaseExceptionGroup.derive")
                    guard args.count == 1 else { throw PyException.typeError("function takes exactly 1 argument (\(args.count) given)") }
                    return try Protocols.call(Value(Krait_exc_BaseExceptionGroup), message, args[0])
                }
            },
            MethodSpec("split") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    // CPython reads the argument with `PyArg_UnpackTuple`, hence its wording.
                    try args.positional("split", min: 1, max: 1)
                    let matcher = try ExceptionGroups.matcher(args[0])
                    let parts = try ExceptionGroups.split(s, matcher, keepRest: true)
                    return Tuple.make(parts.match ?? .none, parts.rest ?? .none)
                }
            },
            MethodSpec("subgroup") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    // CPython reads the argument with `PyArg_UnpackTuple`, hence its wording.
                    try args.positional("subgroup", min: 1, max: 1)
                    let matcher = try ExceptionGroups.matcher(args[0])
                    return try ExceptionGroups.split(s, matcher, keepRest: false).match ?? .none
                }
            },
            GenericAlias.classGetItem,
        ])
    }

    public static func isGroup(_ v: Value) -> Bool { TypeObject.isSubtype(v.type, of: Krait_exc_BaseExceptionGroup) }

    /// `BaseExceptionGroup.__new__(cls, message, exceptions)`: a BaseExceptionGroup of
    /// Exceptions only becomes an ExceptionGroup; an ExceptionGroup refuses others.
    static func new(_ type: TypePointer, _ args: Value) throws(PyException) -> Value {
        guard Tuple.count(args) == 2 else {
            throw PyException.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(Tuple.count(args)) given)")
        }
        let message = Tuple.item(args, 0)
        guard TypeObject.isSubtype(message.type, of: Krait_str_type) else {
            throw PyException.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not \(TypeObject.argumentTypeName(message))")
        }
        let sequence = Tuple.item(args, 1)
        guard !TypeObject.hasFlag(sequence.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)), sequence.type.pointee.tp_as_sequence?.pointee.sq_item != nil else {
            throw PyException.typeError("second argument (exceptions) must be a sequence")
        }
        let exceptions = try Protocols.call(Value(Krait_tuple_type), sequence)
        guard Tuple.count(exceptions) > 0 else {
            throw PyException.valueError("second argument (exceptions) must be a non-empty sequence")
        }
        var nestsBaseExceptions = false
        for i in 0..<Tuple.count(exceptions) {
            let e = Tuple.item(exceptions, i)
            guard TypeObject.isSubtype(e.type, of: Krait_exc_BaseException) else {
                throw PyException.valueError("Item \(i) of second argument (exceptions) is not an exception")
            }
            if !TypeObject.isSubtype(e.type, of: Krait_exc_Exception) { nestsBaseExceptions = true }
        }
        var cls = type
        if type == Krait_exc_ExceptionGroup {
            if nestsBaseExceptions { throw PyException.typeError("Cannot nest BaseExceptions in an ExceptionGroup") }
        } else if type == Krait_exc_BaseExceptionGroup {
            if !nestsBaseExceptions { cls = Krait_exc_ExceptionGroup }
        } else if nestsBaseExceptions && TypeObject.isSubtype(type, of: Krait_exc_Exception) {
            throw PyException.typeError("Cannot nest BaseExceptions in '\(String(cString: type.pointee.tp_name))'")
        }
        let group = Exceptions.allocate(cls, arguments: args)
        group.layout(PyBaseExceptionGroupObject.self).pointee.msg = message.object
        group.layout(PyBaseExceptionGroupObject.self).pointee.excs = exceptions.object
        return group
    }

    /// What `split` and `subgroup` match leaves against.
    enum Matcher {
        /// A class or a tuple of classes, as `except` takes.
        case type(Value)
        /// A function called with each exception.
        case predicate(Value)
        /// The leaves that are in this set (of `id`s), for `prepareReraise`.
        case leaves(Value)
    }

    static func matcher(_ v: Value) throws(PyException) -> Matcher {
        if RuntimeHooks.isPythonFunction(v) { return .predicate(v) }
        if isExceptionClass(v) { return .type(v) }
        if v.isExactly(Krait_tuple_type), (0..<Tuple.count(v)).allSatisfy({ isExceptionClass(Tuple.item(v, $0)) }) { return .type(v) }
        throw PyException.typeError("expected a function, exception type or tuple of exception types")
    }

    static func isExceptionClass(_ v: Value) -> Bool {
        v.isObject && TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS))
            && TypeObject.isSubtype(v.object.layout(PyTypeObject.self), of: Krait_exc_BaseException)
    }

    /// `PyErr_GivenExceptionMatches` for a class or a tuple of classes.
    static func matchesType(_ e: Value, _ type: Value) -> Bool {
        if type.isExactly(Krait_tuple_type) { return (0..<Tuple.count(type)).contains { matchesType(e, Tuple.item(type, $0)) } }
        return isExceptionClass(type) && TypeObject.isSubtype(e.type, of: type.object.layout(PyTypeObject.self))
    }

    static func matches(_ e: Value, _ matcher: Matcher) throws(PyException) -> Bool {
        switch matcher {
        case .type(let type): return matchesType(e, type)
        case .predicate(let function): return try Protocols.isTrue(try Protocols.call(function, e))
        case .leaves(let ids):
            if isGroup(e) { return false }
            return try Protocols.contains(ids, IntObject.make(Int(bitPattern: UInt(bitPattern: e.object))))
        }
    }

    /// CPython's `exceptiongroup_split_recursive`: a group that matches as a whole is
    /// kept whole; otherwise each part is split, and the matching and the other parts
    /// become groups derived from this one.
    static func split(_ e: Value, _ matcher: Matcher, keepRest: Bool) throws(PyException) -> (match: Value?, rest: Value?) {
        if try matches(e, matcher) { return (e, nil) }
        guard isGroup(e) else { return (nil, keepRest ? e : nil) }
        let exceptions = Value(e.layout(PyBaseExceptionGroupObject.self).pointee.excs!)
        let matching = List.new()
        let rest = List.new()
        for i in 0..<Tuple.count(exceptions) {
            let parts = try Recursion.guarded(" in exceptiongroup_split_recursive") { () throws(PyException) in
                try split(Tuple.item(exceptions, i), matcher, keepRest: keepRest)
            }
            if let match = parts.match { List.append(matching, match) }
            if let other = parts.rest { List.append(rest, other) }
        }
        return (try subset(e, matching), keepRest ? try subset(e, rest) : nil)
    }

    /// A group of `parts` made by the original's `derive`, with the original's traceback,
    /// cause, context and a copy of its notes; nil when there are no parts.
    static func subset(_ original: Value, _ parts: Value) throws(PyException) -> Value? {
        guard List.count(parts) > 0 else { return nil }
        let group = try Protocols.callMethod(original, "derive", parts)
        guard isGroup(group) else { throw PyException.typeError("derive must return an instance of BaseExceptionGroup") }
        let from = Exceptions.exception(original).pointee
        let to = Exceptions.exception(group)
        if let tb = from.traceback { to.pointee.traceback = tb }
        to.pointee.context = from.context
        to.pointee.cause = from.cause
        to.pointee.suppress_context = 1
        let notesName = Interned.literal("__notes__")
        if let notes = try Protocols.lookupAttribute(original, notesName),
           !TypeObject.hasFlag(notes.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)), notes.type.pointee.tp_as_sequence?.pointee.sq_item != nil {
            try Protocols.setAttribute(group, notesName, try Protocols.call(Value(Krait_list_type), notes))
        }
        return group
    }
}
