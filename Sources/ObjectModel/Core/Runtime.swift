import GC
import ObjectLayout

/// Start-up of the object model: the hash key, then every builtin type.
public enum ObjectModelRuntime {
    nonisolated(unsafe) static var initialized = false

    /// Sets up the builtin types and singletons; safe to call more than once.
    public static func initialize() {
        if initialized { return }
        initialized = true
        Hashing.configure()
        GIL.start()
        Heap.shared.registerThread(krait_thread_state())
        ObjectType.setUp()
        TypeType.setUp()
        Singletons.setUp()
        IntType.setUp()
        FloatType.setUp()
        ComplexType.setUp()
        Boxing.createCache()
        StrType.setUp()
        Str.createLatin1Cache()
        TupleType.setUp()
        ListType.setUp()
        DictType.setUp()
        SetType.setUp()
        FunctionTypes.setUp()
        SlotWrapper.setUp()
        MemberDescriptors.setUp()
        Slice.setUp()
        ClassMethods.setUp()
        Property.setUp()
        BytesType.setUp()
        ByteArrayType.setUp()
        MemoryViewType.setUp()
        SequenceIterator.setUp()
        BuiltinIterators.setUp()
        DictIterator.setUp()
        ReverseIterator.setUp()
        CallableIterator.setUp()
        BuiltinIterators.setUpState()
        DescriptorReduction.setUp()
        BoundMethodEquality.setUp()
        DictViews.setUp()
        WeakReferences.setUp()
        UnionType.setUp()
        GenericAlias.setUp()
        MappingProxy.setUp()
        SimpleNamespace.setUp()
        for type in [Krait_dict_type!, Krait_enumerate_type!, Krait_frozenset_type!, Krait_list_type!, Krait_set_type!,
                     Krait_tuple_type!, Krait_weakref_type!] {
            TypeSetup.appendMethods(type, [GenericAlias.classGetItem])
        }
        do {
            for type in [Krait_object_type!, Krait_type_type!, Krait_none_type!, Krait_notImplemented_type!,
                         Krait_ellipsis_type!, Krait_int_type!, Krait_bool_type!, Krait_float_type!, Krait_complex_type!, Krait_str_type!, Krait_tuple_type!,
                         Krait_list_type!, Krait_dict_type!, Krait_valueArray_type!, Krait_dictKeys_type!,
                         Krait_builtinFunction_type!, Krait_methodDescriptor_type!, Krait_classmethodDescriptor_type!, Krait_wrapperDescriptor_type!,
                         Krait_memberDescriptor_type!, Krait_getsetDescriptor_type!, Krait_slice_type!,
                         Krait_classmethod_type!, Krait_staticmethod_type!, Krait_property_type!, Krait_method_type!,
                         Krait_bytes_type!, Krait_bytearray_type!, Krait_memoryview_type!, Krait_byteBlock_type!,
                         Krait_bytesIterator_type!, Krait_bytearrayIterator_type!, Krait_memoryIterator_type!,
                         Krait_methodWrapper_type!, Krait_sequenceIterator_type!,
                         Krait_enumerate_type!, Krait_zip_type!, Krait_map_type!, Krait_filter_type!, Krait_reversed_type!, Krait_callableIterator_type!,
                         Krait_listIterator_type!, Krait_tupleIterator_type!, Krait_strIterator_type!,
                         Krait_strASCIIIterator_type!, Krait_dictKeyIterator_type!, Krait_dictValueIterator_type!,
                         Krait_dictItemIterator_type!, Krait_listReverseIterator_type!,
                         Krait_dictReverseKeyIterator_type!, Krait_dictReverseValueIterator_type!,
                         Krait_dictReverseItemIterator_type!, Krait_dictKeysView_type!, Krait_dictValuesView_type!,
                         Krait_dictItemsView_type!, Krait_set_type!, Krait_frozenset_type!, Krait_setIterator_type!,
                         Krait_setTable_type!, Krait_unionType_type!, Krait_genericAlias_type!, Krait_mappingProxy_type!,
                         Krait_simpleNamespace_type!, Krait_weakref_type!, Krait_weakProxy_type!, Krait_weakCallableProxy_type!] {
                try TypeSetup.ready(type)
            }
            try Exceptions.setUp()
        } catch {
            fatalError("object model start-up failed: \(Str.swiftString((try? Protocols.repr(error.value)) ?? Str.make("?")))")
        }
    }
}

/// The types of builtin functions and method descriptors.
enum FunctionTypes {
    static func setUp() {
        let f = Krait_builtinFunction_type!
        TypeSetup.begin(f, name: "builtin_function_or_method", basicSize: MemoryLayout<PyCFunctionObject>.size)
        f.pointee.tp_weaklistoffset = MemoryLayout<PyCFunctionObject>.offset(of: \.m_weakreflist)!
        f.pointee.tp_repr = BuiltinFunction.functionRepr
        f.pointee.tp_getset = BuiltinAttributes.functionGetSet
        f.pointee.tp_hash = { o in
            let fn = o!.layout(PyCFunctionObject.self).pointee
            return Hashing.pointer(Int(bitPattern: fn.m_ml)) ^ Int(truncatingIfNeeded: fn.m_self.bits)
        }
        f.pointee.tp_richcompare = { a, b, op in
            let x = Value(a!), y = Value(b!)
            guard y.isExactly(Krait_builtinFunction_type), op == CompareOp.eq.rawValue || op == CompareOp.ne.rawValue else {
                return Krait_NotImplemented
            }
            let fx = x.layout(PyCFunctionObject.self).pointee, fy = y.layout(PyCFunctionObject.self).pointee
            let equal = fx.m_ml == fy.m_ml && fx.m_self == fy.m_self
            return Boxing.object(.bool(equal == (op == CompareOp.eq.rawValue)))
        }
        f.pointee.tp_traverse = BuiltinFunction.traverseFunction
        f.pointee.kr_call = { f, a, n, k in CBoundary.value { () throws(PyException) in try BuiltinFunction.callFunction(f, Arguments(a, n, k)) } }
        let d = Krait_methodDescriptor_type!
        TypeSetup.begin(d, name: "method_descriptor", basicSize: MemoryLayout<PyMethodDescrObject>.size,
                        flags: UInt(Py_TPFLAGS_METHOD_DESCRIPTOR))
        d.pointee.tp_repr = BuiltinFunction.descriptorRepr
        d.pointee.tp_getset = BuiltinAttributes.methodDescriptorGetSet
        d.pointee.tp_descr_get = BuiltinFunction.descriptorGet
        d.pointee.tp_traverse = BuiltinFunction.traverseDescriptor
        d.pointee.kr_call = { d, a, n, k in CBoundary.value { () throws(PyException) in try BuiltinFunction.callDescriptor(d, Arguments(a, n, k)) } }
        BuiltinFunction.setUpClassMethodDescriptor()
    }
}
