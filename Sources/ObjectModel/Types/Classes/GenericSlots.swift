import ObjectLayout

/// The generic slot functions: one per slot, calling the dunder of the instance's type.
extension SlotFunctions {
    static func raw<T>(_ f: T) -> UnsafeRawPointer { unsafeBitCast(f, to: UnsafeRawPointer.self) }

    /// The generic function for the slot `definition` names, or nil for slots classes
    /// defined in Python do not fill (`sq_concat`, `sq_repeat`, …: `__add__` and
    /// `__mul__` go through the number slots).
    static func genericFunction(for definition: SlotDefinition) -> UnsafeRawPointer? {
        switch definition.table {
        case .type: return typeSlot(definition.offset)
        case .async: return asyncSlot(definition.offset)
        case .number: return numberSlot(definition.offset)
        case .mapping: return mappingSlot(definition.offset)
        case .sequence:
            switch definition.offset {
            case MemoryLayout<PySequenceMethods>.offset(of: \.sq_length)!: return raw(length)
            case MemoryLayout<PySequenceMethods>.offset(of: \.sq_contains)!: return raw(contains)
            case MemoryLayout<PySequenceMethods>.offset(of: \.sq_item)!: return raw(sequenceItem)
            default: return nil
            }
        }
    }

    static func offset(_ path: PartialKeyPath<PyTypeObject>) -> Int { MemoryLayout<PyTypeObject>.offset(of: path)! }

    static func typeSlot(_ offset: Int) -> UnsafeRawPointer? {
        switch offset {
        case self.offset(\.tp_repr): return raw(repr)
        case self.offset(\.tp_str): return raw(str)
        case self.offset(\.tp_hash): return raw(hash)
        case self.offset(\.tp_call): return raw(call)
        case self.offset(\.tp_getattro): return raw(getAttribute)
        case self.offset(\.tp_setattro): return raw(setAttribute)
        case self.offset(\.tp_richcompare): return raw(richCompare)
        case self.offset(\.tp_iter): return raw(iter)
        case self.offset(\.tp_iternext): return raw(iterNext)
        case self.offset(\.tp_descr_get): return raw(descriptorGet)
        case self.offset(\.tp_descr_set): return raw(descriptorSet)
        case self.offset(\.tp_init): return raw(initialize)
        case self.offset(\.tp_finalize): return raw(finalize)
        default: return nil
        }
    }

    static func asyncSlot(_ offset: Int) -> UnsafeRawPointer? {
        switch offset {
        case MemoryLayout<PyAsyncMethods>.offset(of: \.am_await)!: return raw(`await`)
        case MemoryLayout<PyAsyncMethods>.offset(of: \.am_aiter)!: return raw(aiter)
        case MemoryLayout<PyAsyncMethods>.offset(of: \.am_anext)!: return raw(anext)
        default: return nil
        }
    }

    static func mappingSlot(_ offset: Int) -> UnsafeRawPointer? {
        switch offset {
        case MemoryLayout<PyMappingMethods>.offset(of: \.mp_length)!: return raw(length)
        case MemoryLayout<PyMappingMethods>.offset(of: \.mp_subscript)!: return raw(getItem)
        case MemoryLayout<PyMappingMethods>.offset(of: \.mp_ass_subscript)!: return raw(setItem)
        default: return nil
        }
    }

    // MARK: Type slots

    static func checkString(_ v: Value, _ what: String) throws(PyException) -> Value {
        guard TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("\(what) returned non-string (type \(TypeObject.name(v.type)))")
        }
        return v
    }

    static let repr: reprfunc = { o in
        CBoundary.object { () throws(PyException) in
            try SlotFunctions.checkString(try SlotFunctions.require(Value(o!), "__repr__", []), "__repr__")
        }
    }

    static let str: reprfunc = { o in
        CBoundary.object { () throws(PyException) in
            try SlotFunctions.checkString(try SlotFunctions.require(Value(o!), "__str__", []), "__str__")
        }
    }

    static let hash: hashfunc = { o in
        CBoundary.integer { () throws(PyException) in
            let v = Value(o!)
            guard let method = SlotFunctions.lookupSpecial(v, "__hash__"), method != .none else { throw Protocols.unhashable(v) }
            let result = try SlotFunctions.callUnbound(method, v, [])
            guard IntObject.check(result) else { throw PyException.typeError("__hash__ method should return an integer") }
            // A result in the machine range is kept, so `return hash(y)` hashes as y does;
            // only bigger ones go through int's hash (CPython's slot_tp_hash).
            let h = IntObject.machineValue(result) ?? IntObject.hash(result)
            return h == -1 ? -2 : h
        }
    }

    static let call: ternaryfunc = { o, args, kwargs in
        CBoundary.object { () throws(PyException) in
            let positional = args.map { t in (0..<Tuple.count(Value(t))).map { Tuple.item(Value(t), $0) } } ?? []
            let method = try SlotFunctions.lookupSpecial(Value(o!), "__call__").unwrap {
                PyException.typeError("'\(TypeObject.name(Value(o!).type))' object is not callable")
            }
            if let kwargs, Dict.count(Value(kwargs)) > 0 {
                var bound = method
                if let get = method.type.pointee.tp_descr_get {
                    bound = try CBoundary.check(get(Boxing.object(method), o, Value(o!).type.asObject))
                }
                return try Protocols.callWithKeywords(bound, positional, Value(kwargs))
            }
            return try SlotFunctions.callUnbound(method, Value(o!), positional)
        }
    }

    /// `__getattribute__`, then `__getattr__` on AttributeError.
    static let getAttribute: getattrofunc = { o, name in
        CBoundary.object { () throws(PyException) in
            let v = Value(o!), key = Value(name!)
            let getattr = SlotFunctions.lookupSpecial(v, "__getattr__")
            let getattribute = SlotFunctions.lookupSpecial(v, "__getattribute__")
            func primary() throws(PyException) -> Value {
                if let getattribute, !getattribute.isExactly(Krait_wrapperDescriptor_type) {
                    return try SlotFunctions.callUnbound(getattribute, v, [key])
                }
                return try inheritedGet(v, key)
            }
            guard let getattr else { return try primary() }
            do throws(PyException) {
                return try primary()
            } catch where error.matches(Krait_exc_AttributeError) {
                return try SlotFunctions.callUnbound(getattr, v, [key])
            }
        }
    }

    /// The lookup the object's type inherits from its nearest native base: `type`'s
    /// for a metaclass (the MRO, binding classmethods), the generic one otherwise.
    static func inheritedGet(_ v: Value, _ key: Value) throws(PyException) -> Value {
        let hook = unsafeBitCast(getAttribute, to: UInt.self)
        var type: TypePointer? = v.type
        while let t = type, let get = t.pointee.tp_getattro, unsafeBitCast(get, to: UInt.self) == hook { type = t.pointee.tp_base }
        guard let get = type?.pointee.tp_getattro else { return try Attributes.genericGet(v, key) }
        return try CBoundary.check(get(Boxing.object(v), key.object))
    }

    static let setAttribute: setattrofunc = { o, name, value in
        CBoundary.status { () throws(PyException) in
            let v = Value(o!), key = Value(name!)
            if let value {
                _ = try SlotFunctions.require(v, "__setattr__", [key, Value(value)])
            } else {
                _ = try SlotFunctions.require(v, "__delattr__", [key])
            }
        }
    }

    /// The comparison methods in the order of `Py_LT` ... `Py_GE`.
    static let comparisonNames: [StaticString] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]

    static let richCompare: richcmpfunc = { a, b, op in
        CBoundary.object { () throws(PyException) in
            guard let method = SlotFunctions.lookupSpecial(Value(a!), comparisonNames[Int(op)]) else { return .notImplemented }
            // Method descriptors are called unbound, so their own check of self speaks.
            if RuntimeHooks.isPythonFunction(method) || method.isExactly(Krait_methodDescriptor_type)
                || method.isExactly(Krait_wrapperDescriptor_type) {
                return try SlotFunctions.callUnbound(method, Value(a!), [Value(b!)])
            }
            // As CPython's `slot_tp_richcompare`: a method that fails to bind (a property
            // that raises) is no method, so the comparison falls back.
            var bound = method
            if let get = method.type.pointee.tp_descr_get {
                guard let result = get(Boxing.object(method), a, Value(a!).type.asObject) else {
                    _ = CBoundary.takePending()
                    return .notImplemented
                }
                bound = Value(normalizing: result)
            }
            return try Protocols.call(bound, Value(b!))
        }
    }

    static let iter: getiterfunc = { o in
        CBoundary.object { () throws(PyException) in
            let v = Value(o!)
            guard let method = SlotFunctions.lookupSpecial(v, "__iter__"), method != .none else {
                throw PyException.typeError("'\(TypeObject.name(v.type))' object is not iterable")
            }
            return try SlotFunctions.callUnbound(method, v, [])
        }
    }

    static let iterNext: iternextfunc = { o in
        CBoundary.object { () throws(PyException) in try SlotFunctions.require(Value(o!), "__next__", []) }
    }

    static let descriptorGet: descrgetfunc = { d, instance, owner in
        CBoundary.object { () throws(PyException) in
            try SlotFunctions.require(Value(d!), "__get__", [instance.map { Value($0) } ?? .none, owner.map { Value($0) } ?? .none])
        }
    }

    static let descriptorSet: descrsetfunc = { d, instance, value in
        CBoundary.status { () throws(PyException) in
            if let value {
                _ = try SlotFunctions.require(Value(d!), "__set__", [Value(instance!), Value(value)])
            } else {
                _ = try SlotFunctions.require(Value(d!), "__delete__", [Value(instance!)])
            }
        }
    }

    static let initialize: initproc = { o, args, kwargs in
        CBoundary.status { () throws(PyException) in
            let v = Value(o!)
            let positional = args.map { t in (0..<Tuple.count(Value(t))).map { Tuple.item(Value(t), $0) } } ?? []
            let method = try SlotFunctions.lookupSpecial(v, "__init__").unwrap { PyException.attributeError("__init__") }
            let result: Value
            if let kwargs, Dict.count(Value(kwargs)) > 0 {
                result = try Protocols.callWithKeywords(method, [v] + positional, Value(kwargs))
            } else {
                result = try SlotFunctions.callUnbound(method, v, positional)
            }
            if result != .none {
                throw PyException.typeError("__init__() should return None, not '\(TypeObject.name(result.type))'")
            }
        }
    }

    /// `__del__`; an exception is reported against the method, as CPython's
    /// `slot_tp_finalize` does (`Exception ignored in: <function A.__del__ at 0x…>`).
    static let finalize: destructor = { o in
        let v = Value(o!)
        guard let method = SlotFunctions.lookupSpecial(v, "__del__") else { return }
        do throws(PyException) {
            _ = try SlotFunctions.callUnbound(method, v, [])
        } catch {
            RuntimeHooks.writeUnraisable?(error, nil, method)
        }
    }

    // MARK: Async slots

    static let `await`: unaryfunc = { o in
        CBoundary.object { () throws(PyException) in try SlotFunctions.require(Value(o!), "__await__", []) }
    }
    static let aiter: unaryfunc = { o in
        CBoundary.object { () throws(PyException) in try SlotFunctions.require(Value(o!), "__aiter__", []) }
    }
    static let anext: unaryfunc = { o in
        CBoundary.object { () throws(PyException) in try SlotFunctions.require(Value(o!), "__anext__", []) }
    }

    // MARK: Container slots

    static let length: lenfunc = { o in
        CBoundary.integer { () throws(PyException) in
            try SlotFunctions.lengthResult(try SlotFunctions.require(Value(o!), "__len__", []))
        }
    }

    static let contains: objobjproc = { o, item in
        Int32(CBoundary.integer { () throws(PyException) in
            let v = Value(o!)
            guard let method = SlotFunctions.lookupSpecial(v, "__contains__"), method != .none else {
                throw PyException.typeError("'\(TypeObject.name(v.type))' object is not a container")
            }
            return try Protocols.isTrue(try SlotFunctions.callUnbound(method, v, [Value(item!)])) ? 1 : 0
        })
    }

    static let getItem: binaryfunc = { o, key in
        CBoundary.object { () throws(PyException) in try SlotFunctions.require(Value(o!), "__getitem__", [Value(key!)]) }
    }

    /// `sq_item` makes a class with `__getitem__` a sequence: iterable, reversible.
    static let sequenceItem: ssizeargfunc = { o, i in
        CBoundary.object { () throws(PyException) in try SlotFunctions.require(Value(o!), "__getitem__", [IntObject.make(i)]) }
    }

    static let setItem: objobjargproc = { o, key, value in
        CBoundary.status { () throws(PyException) in
            if let value {
                _ = try SlotFunctions.require(Value(o!), "__setitem__", [Value(key!), Value(value)])
            } else {
                _ = try SlotFunctions.require(Value(o!), "__delitem__", [Value(key!)])
            }
        }
    }
}

extension Optional {
    /// The value, or the error `make` builds.
    func unwrap<E: Error>(_ make: () -> E) throws(E) -> Wrapped {
        guard let value = self else { throw make() }
        return value
    }
}
