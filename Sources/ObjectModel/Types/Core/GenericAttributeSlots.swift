import ObjectLayout

/// Builtin types whose CPython definitions name `PyObject_GenericGetAttr` (or
/// `PyObject_GenericSetAttr`) themselves rather than inheriting it from object, so
/// their dicts have their own `__getattribute__` (or `__setattr__` and `__delattr__`)
/// slot wrappers. Krait gives them object's functions before their dicts are filled;
/// behaviour is unchanged, only the dicts' contents follow CPython's.
enum GenericAttributeSlots {
    static var ownGetAttribute: [TypePointer] {
        [Krait_str_type, Krait_bytes_type, Krait_bytearray_type, Krait_list_type, Krait_tuple_type, Krait_dict_type,
         Krait_dictKeysView_type, Krait_dictValuesView_type, Krait_dictItemsView_type, Krait_mappingProxy_type,
         Krait_range_type, Krait_rangeIterator_type, Krait_slice_type, Krait_ellipsis_type, Krait_enumerate_type,
         Krait_reversed_type, Krait_filter_type, Krait_map_type, Krait_zip_type, Krait_memoryview_type,
         Krait_property_type, Krait_cell_type, Krait_code_type, Krait_frame_type, Krait_generator_type,
         Krait_coroutine_type, Krait_asyncGenerator_type, Krait_builtinFunction_type]
    }

    static var ownSetAttribute: [TypePointer] { [Krait_frame_type, Krait_module_type] }

    static func name(_ type: TypePointer) {
        guard type != Krait_object_type, let object = Krait_object_type else { return }
        if type.pointee.tp_getattro == nil && ownGetAttribute.contains(type) { type.pointee.tp_getattro = object.pointee.tp_getattro }
        if type.pointee.tp_setattro == nil && ownSetAttribute.contains(type) { type.pointee.tp_setattro = object.pointee.tp_setattro }
    }
}
