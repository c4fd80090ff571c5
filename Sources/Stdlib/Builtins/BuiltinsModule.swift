import Interpreter
import ObjectLayout
import ObjectModel

/// The `builtins` module: its functions, types and constants.
public enum BuiltinsModule {
    nonisolated(unsafe) public private(set) static var module: Value = .empty
    nonisolated(unsafe) public private(set) static var dict: Value = .empty

    static func function(_ name: String, doc: String? = nil, _ body: @escaping KraitMethod) -> MethodSpec {
        MethodSpec(name, doc: doc, body)
    }

    public static func create() throws(PyException) -> Value {
        let m = try Modules.make(name: "builtins")
        module = m
        dict = Modules.dict(m)
        Allocation.makeImmortal(m.object)
        try Dict.setItem(dict, Interned.literal("__doc__"), Str.make("Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices."))
        let types: [(String, TypePointer)] = [
            ("object", Krait_object_type), ("type", Krait_type_type), ("int", Krait_int_type), ("bool", Krait_bool_type),
            ("float", Krait_float_type), ("complex", Krait_complex_type), ("str", Krait_str_type), ("bytes", Krait_bytes_type), ("bytearray", Krait_bytearray_type), ("memoryview", Krait_memoryview_type), ("tuple", Krait_tuple_type), ("list", Krait_list_type),
            ("dict", Krait_dict_type), ("set", Krait_set_type), ("frozenset", Krait_frozenset_type), ("range", Krait_range_type), ("slice", Krait_slice_type),
            ("property", Krait_property_type), ("classmethod", Krait_classmethod_type),
            ("staticmethod", Krait_staticmethod_type), ("super", Krait_super_type),
            ("enumerate", Krait_enumerate_type), ("zip", Krait_zip_type), ("map", Krait_map_type),
            ("filter", Krait_filter_type), ("reversed", Krait_reversed_type),
        ]
        for (name, type) in types { try Dict.setItem(dict, Interned.get(name), Value(type)) }
        for (type, name, _) in Exceptions.hierarchy { try Dict.setItem(dict, Interned.get(name), Value(type)) }
        try Dict.setItem(dict, Interned.literal("EnvironmentError"), Value(Krait_exc_OSError))
        try Dict.setItem(dict, Interned.literal("IOError"), Value(Krait_exc_OSError))
        try Dict.setItem(dict, Interned.literal("None"), .none)
        try Dict.setItem(dict, Interned.literal("Ellipsis"), .ellipsis)
        try Dict.setItem(dict, Interned.literal("NotImplemented"), .notImplemented)
        try Dict.setItem(dict, Interned.literal("True"), .true)
        try Dict.setItem(dict, Interned.literal("False"), .false)
        try Dict.setItem(dict, Interned.literal("__debug__"), .true)
        let table = TypeSetup.methodTable(BuiltinFunctions.all + BuiltinIntrospection.all + BuiltinNamespaces.all + BuiltinOpen.all + BuiltinInput.all + BuiltinBreakpoint.all)
        var i = 0
        while let name = table[i].ml_name {
            try Dict.setItem(dict, Interned.get(String(cString: name)), BuiltinFunction.make(table + i, self: .empty, module: m))
            i += 1
        }
        return m
    }
}
