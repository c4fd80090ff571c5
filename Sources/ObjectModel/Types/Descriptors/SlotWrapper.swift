import ObjectLayout

/// `wrapper_descriptor` (`int.__add__`) and `method-wrapper` (`(1).__add__`): a type's
/// slot seen as a method, so Python code can call and override slots by name.
enum SlotWrapper {
    @inline(__always)
    static func descriptor(_ v: Value) -> UnsafeMutablePointer<KraitWrapperDescrObject> { v.layout(KraitWrapperDescrObject.self) }

    static func make(_ type: TypePointer, _ slot: Int, _ function: UnsafeRawPointer) -> Value {
        let object = Allocation.object(Krait_wrapperDescriptor_type, size: MemoryLayout<KraitWrapperDescrObject>.size)
        let d = object.layout(KraitWrapperDescrObject.self)
        d.pointee.d_type = type
        d.pointee.d_name = Interned.get(SlotDefinitions.all[slot].name).object
        d.pointee.d_slot = slot
        d.pointee.d_wrapped = UnsafeMutableRawPointer(mutating: function)
        return Value(object)
    }

    /// Adds a wrapper for each slot `type` itself fills (before inheritance, as CPython's
    /// `add_operators`), unless its dict already has the name.
    static func addWrappers(_ type: TypePointer, to dict: Value) throws(PyException) {
        for (i, definition) in SlotDefinitions.all.enumerated() {
            guard let function = definition.function(in: type) else { continue }
            let name = Interned.get(definition.name)
            if Dict.getItem(dict, string: name) != nil { continue }
            if definition.kind.isHash, UInt(bitPattern: function) == unsafeBitCast(Hashing.notImplemented, to: UInt.self) {
                try Dict.setItem(dict, name, .none)
                continue
            }
            try Dict.setItem(dict, name, make(type, i, function))
        }
    }

    static func name(_ d: UnsafeMutablePointer<KraitWrapperDescrObject>) -> String {
        SlotDefinitions.all[d.pointee.d_slot].name
    }

    /// Checks that `bound` may use the slot of the descriptor's type.
    static func checkSelf(_ d: UnsafeMutablePointer<KraitWrapperDescrObject>, _ bound: Value) throws(PyException) {
        let type = d.pointee.d_type!
        guard TypeObject.isSubtype(bound.type, of: type) else {
            throw PyException.typeError(
                "descriptor '\(name(d))' requires a '\(TypeObject.fullName(type))' object but received a '\(TypeObject.fullName(bound.type))'")
        }
    }

    /// `int.__add__(1, 2)`: the first argument is `self`.
    static func callDescriptor(_ v: Value, _ args: Arguments) throws(PyException) -> Value {
        let d = descriptor(v)
        guard args.count >= 1 else {
            throw PyException.typeError("descriptor '\(name(d))' of '\(TypeObject.name(d.pointee.d_type))' object needs an argument")
        }
        try checkSelf(d, args[0])
        return try call(d, args[0], Arguments(args.base.unsafelyUnwrapped + 1, args.count - 1, args.kwnames))
    }

    /// Calls the wrapped slot with `bound` as self.
    static func call(_ d: UnsafeMutablePointer<KraitWrapperDescrObject>, _ bound: Value, _ args: Arguments) throws(PyException) -> Value {
        let definition = SlotDefinitions.all[d.pointee.d_slot]
        let f = UnsafeRawPointer(d.pointee.d_wrapped!)
        let me = Boxing.object(bound)
        if case .call = definition.kind {
        } else if case .initialize = definition.kind {
        } else if args.keywordCount > 0 {
            throw PyException.typeError("wrapper \(definition.name)() takes no keyword arguments")
        }
        // CPython's wrappers count their arguments in one of two ways: `check_num_args`
        // here, and `PyArg_UnpackTuple` with an empty name in `unpack`, whose messages so
        // begin with a space.
        func expect(_ n: Int) throws(PyException) {
            if args.count != n {
                throw PyException.typeError("expected \(n) argument\(n == 1 ? "" : "s"), got \(args.count)")
            }
        }
        func unpack(_ min: Int, _ max: Int) throws(PyException) {
            guard args.count < min || args.count > max else { return }
            let bound = args.count < min ? min : max
            let quantifier = min == max ? "" : args.count < min ? "at least " : "at most "
            throw PyException.typeError(" expected \(quantifier)\(bound) argument\(bound == 1 ? "" : "s"), got \(args.count)")
        }
        switch definition.kind {
        case .unary:
            try expect(0)
            return try CBoundary.check(unsafeBitCast(f, to: unaryfunc.self)(me))
        case .binary:
            try expect(1)
            return try CBoundary.check(unsafeBitCast(f, to: binaryfunc.self)(me, Boxing.object(args[0])))
        case .binaryReflected:
            try expect(1)
            return try CBoundary.check(unsafeBitCast(f, to: binaryfunc.self)(Boxing.object(args[0]), me))
        case .ternary:
            try unpack(1, 2)
            let third = args.optional(1) ?? .none
            return try CBoundary.check(unsafeBitCast(f, to: ternaryfunc.self)(me, Boxing.object(args[0]), Boxing.object(third)))
        case .ternaryReflected:
            try unpack(1, 2)
            let third = args.optional(1) ?? .none
            return try CBoundary.check(unsafeBitCast(f, to: ternaryfunc.self)(Boxing.object(args[0]), me, Boxing.object(third)))
        case .richCompare(let op):
            try expect(1)
            return try CBoundary.check(unsafeBitCast(f, to: richcmpfunc.self)(me, Boxing.object(args[0]), op.rawValue))
        case .inquiry:
            try expect(0)
            return .bool(try CBoundary.check(integer: Int(unsafeBitCast(f, to: inquiry.self)(me))) != 0)
        case .length:
            try expect(0)
            return IntObject.make(try CBoundary.check(integer: unsafeBitCast(f, to: lenfunc.self)(me)))
        case .hash:
            try expect(0)
            return IntObject.make(try CBoundary.check(integer: unsafeBitCast(f, to: hashfunc.self)(me)))
        case .call:
            let tuple = Tuple.make(UnsafeBufferPointer(start: args.base, count: args.count))
            let kwargs = try keywordDict(args)
            return try CBoundary.check(unsafeBitCast(f, to: ternaryfunc.self)(me, tuple.object, kwargs?.object))
        case .initialize:
            let tuple = Tuple.make(UnsafeBufferPointer(start: args.base, count: args.count))
            let kwargs = try keywordDict(args)
            try CBoundary.check(status: unsafeBitCast(f, to: initproc.self)(me, tuple.object, kwargs?.object))
            return .none
        case .setAttribute:
            try unpack(2, 2)
            try hackCheck(bound, f, "__setattr__")
            try CBoundary.check(status: unsafeBitCast(f, to: setattrofunc.self)(me, Boxing.object(args[0]), Boxing.object(args[1])))
            return .none
        case .deleteAttribute:
            try expect(1)
            try hackCheck(bound, f, "__delattr__")
            try CBoundary.check(status: unsafeBitCast(f, to: setattrofunc.self)(me, Boxing.object(args[0]), nil))
            return .none
        case .descriptorGet:
            try unpack(1, 2)
            let instance = args[0], owner = args.optional(1) ?? .none
            if instance == .none && owner == .none {
                throw PyException.typeError("__get__(None, None) is invalid")
            }
            return try CBoundary.check(unsafeBitCast(f, to: descrgetfunc.self)(
                me, instance == .none ? nil : Boxing.object(instance), owner == .none ? nil : Boxing.object(owner)))
        case .descriptorSet:
            try unpack(2, 2)
            try CBoundary.check(status: unsafeBitCast(f, to: descrsetfunc.self)(me, Boxing.object(args[0]), Boxing.object(args[1])))
            return .none
        case .descriptorDelete:
            try expect(1)
            try CBoundary.check(status: unsafeBitCast(f, to: descrsetfunc.self)(me, Boxing.object(args[0]), nil))
            return .none
        case .sequenceItem:
            try expect(1)
            var i = try Protocols.index(args[0])
            if i < 0, let length = bound.type.pointee.tp_as_sequence?.pointee.sq_length {
                i += try CBoundary.check(integer: length(me))
            }
            return try CBoundary.check(unsafeBitCast(f, to: ssizeargfunc.self)(me, i))
        case .sequenceSetItem, .sequenceDeleteItem:
            let deleting: Bool
            if case .sequenceDeleteItem = definition.kind { deleting = true } else { deleting = false }
            if deleting { try expect(1) } else { try unpack(2, 2) }
            var i = try Protocols.index(args[0])
            if i < 0, let length = bound.type.pointee.tp_as_sequence?.pointee.sq_length {
                i += try CBoundary.check(integer: length(me))
            }
            try CBoundary.check(status: unsafeBitCast(f, to: ssizeobjargproc.self)(me, i, deleting ? nil : Boxing.object(args[1])))
            return .none
        case .repetition:
            try unpack(1, 1)
            let n = try Protocols.index(args[0], overflow: Krait_exc_OverflowError)
            return try CBoundary.check(unsafeBitCast(f, to: ssizeargfunc.self)(me, n))
        case .mappingSetItem:
            try unpack(2, 2)
            try CBoundary.check(status: unsafeBitCast(f, to: objobjargproc.self)(me, Boxing.object(args[0]), Boxing.object(args[1])))
            return .none
        case .mappingDeleteItem:
            try expect(1)
            try CBoundary.check(status: unsafeBitCast(f, to: objobjargproc.self)(me, Boxing.object(args[0]), nil))
            return .none
        case .contains:
            try expect(1)
            return .bool(try CBoundary.check(integer: Int(unsafeBitCast(f, to: objobjproc.self)(me, Boxing.object(args[0])))) != 0)
        case .iterNext:
            try expect(0)
            if let result = unsafeBitCast(f, to: iternextfunc.self)(me) { return Value(normalizing: result) }
            if CBoundary.hasPending { throw CBoundary.takePending() }
            throw PyException(Krait_exc_StopIteration, arguments: [])
        case .finalize:
            try expect(0)
            unsafeBitCast(f, to: destructor.self)(me)
            if CBoundary.hasPending { throw CBoundary.takePending() }
            return .none
        }
    }

    /// CPython's `hackcheck`: a `__setattr__` wrapper may not jump over the C-level
    /// `tp_setattro` of a type between the object's type and the wrapper's, so
    /// `object.__setattr__(int, "a", 1)` cannot get round type's refusal.
    static func hackCheck(_ bound: Value, _ function: UnsafeRawPointer, _ what: String) throws(PyException) {
        let type = bound.type
        guard let mro = type.pointee.tp_mro else { return }
        func setter(_ t: TypePointer) -> UnsafeRawPointer? { t.pointee.tp_setattro.map { SlotFunctions.raw($0) } }
        // Classes defined in Python only ever have the generic slot, which calls their
        // `__setattr__`; the C-level setter is found past them.
        let generic = SlotFunctions.raw(SlotFunctions.setAttribute)
        let own = setter(type)
        var defining = type
        let bases = Value(mro)
        for i in stride(from: Tuple.count(bases) - 1, through: 0, by: -1) {
            let base = Tuple.item(bases, i).object.layout(PyTypeObject.self)
            if setter(base) != generic && setter(base) == own {
                defining = base
                break
            }
        }
        var base: TypePointer? = defining
        while let b = base {
            if setter(b) == function { return }
            if setter(b) != generic {
                throw PyException.typeError("can't apply this \(what) to \(TypeObject.fullName(type)) object")
            }
            base = b.pointee.tp_base
        }
    }

    /// The keyword arguments as a dict, or nil when there are none.
    static func keywordDict(_ args: Arguments) throws(PyException) -> Value? {
        guard args.keywordCount > 0 else { return nil }
        let d = Dict.new()
        for i in 0..<args.keywordCount {
            try Dict.setItem(d, Tuple.item(args.kwnames, i), args.base.unsafelyUnwrapped[args.count + i])
        }
        return d
    }

    // MARK: The types

    static func setUp() {
        let d = Krait_wrapperDescriptor_type!
        TypeSetup.begin(d, name: "wrapper_descriptor", basicSize: MemoryLayout<KraitWrapperDescrObject>.size,
                        flags: UInt(Py_TPFLAGS_METHOD_DESCRIPTOR) | UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        d.pointee.tp_getset = BuiltinAttributes.wrapperDescriptorGetSet
        d.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let d = SlotWrapper.descriptor(Value(o!))
                return Str.make("<slot wrapper '\(SlotWrapper.name(d))' of '\(TypeObject.fullName(d.pointee.d_type))' objects>")
            }
        }
        d.pointee.tp_descr_get = { descriptor, instance, _ in
            CBoundary.object { () throws(PyException) in
                let v = Value(descriptor!)
                guard let instance else { return v }
                try SlotWrapper.checkSelf(SlotWrapper.descriptor(v), Value(instance))
                let object = Allocation.object(Krait_methodWrapper_type, size: MemoryLayout<KraitMethodWrapperObject>.size)
                object.layout(KraitMethodWrapperObject.self).pointee.descr = SlotWrapper.descriptor(v)
                object.layout(KraitMethodWrapperObject.self).pointee.`self` = Value(instance)
                return Value(object)
            }
        }
        d.pointee.kr_call = { d, a, n, k in CBoundary.value { () throws(PyException) in try SlotWrapper.callDescriptor(d, Arguments(a, n, k)) } }
        d.pointee.tp_traverse = { object, visit, arg in
            let d = object!.layout(KraitWrapperDescrObject.self)
            Trace.visit(d.pointee.d_name, visit, arg)
            Trace.visit(d.pointee.d_qualname, visit, arg)
            return 0
        }
        let m = Krait_methodWrapper_type!
        TypeSetup.begin(m, name: "method-wrapper", basicSize: MemoryLayout<KraitMethodWrapperObject>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        m.pointee.tp_getset = BuiltinAttributes.methodWrapperGetSet
        m.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let w = Value(o!).layout(KraitMethodWrapperObject.self)
                let bound = w.pointee.`self`
                let address = String(UInt(bitPattern: Boxing.object(bound)), radix: 16)
                return Str.make("<method-wrapper '\(SlotWrapper.name(w.pointee.descr))' of \(TypeObject.name(bound.type)) object at 0x\(address)>")
            }
        }
        m.pointee.kr_call = { w, a, n, k in CBoundary.value { () throws(PyException) in try SlotWrapper.callBound(w, Arguments(a, n, k)) } }
        m.pointee.tp_traverse = { object, visit, arg in
            let w = object!.layout(KraitMethodWrapperObject.self)
            Trace.visit(w.pointee.descr, visit, arg)
            Trace.visit(w.pointee.`self`, visit, arg)
            return 0
        }
    }

    static func callBound(_ v: Value, _ args: Arguments) throws(PyException) -> Value {
        let w = v.layout(KraitMethodWrapperObject.self)
        return try call(w.pointee.descr, w.pointee.`self`, args)
    }
}

extension SlotWrapperKind {
    var isHash: Bool {
        if case .hash = self { return true }
        return false
    }
}
