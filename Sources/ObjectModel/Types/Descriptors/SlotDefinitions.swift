import ObjectLayout

/// How a slot wrapper (`int.__add__`) calls its slot with the Python-level arguments.
enum SlotWrapperKind {
    case unary, binary, binaryReflected, ternary, ternaryReflected, richCompare(CompareOp)
    case inquiry, length, hash, call, setAttribute, deleteAttribute, descriptorGet, descriptorSet
    case descriptorDelete, initialize, sequenceItem, sequenceSetItem, sequenceDeleteItem, repetition
    case mappingSetItem, mappingDeleteItem, contains, iterNext, finalize
}

/// Which table of the type object holds a slot.
enum SlotTable {
    case type, async, number, sequence, mapping
}

/// One entry of the slot table (CPython's `slotdefs`): a dunder name, where its slot
/// is, and how the wrapper calls it. The order is CPython's: when two slots give the
/// same name (`__getitem__` from `mp_subscript` and `sq_item`), the first one present wins.
struct SlotDefinition {
    let name: String
    let table: SlotTable
    let offset: Int
    let kind: SlotWrapperKind
    let doc: String

    /// The slot's function pointer in `type`, if set.
    func function(in type: TypePointer) -> UnsafeRawPointer? {
        let base: UnsafeRawPointer?
        switch table {
        case .type: base = UnsafeRawPointer(type)
        case .async: base = type.pointee.tp_as_async.map { UnsafeRawPointer($0) }
        case .number: base = type.pointee.tp_as_number.map { UnsafeRawPointer($0) }
        case .sequence: base = type.pointee.tp_as_sequence.map { UnsafeRawPointer($0) }
        case .mapping: base = type.pointee.tp_as_mapping.map { UnsafeRawPointer($0) }
        }
        return base?.load(fromByteOffset: offset, as: UnsafeRawPointer?.self)
    }
}

enum SlotDefinitions {
    static func t(_ name: String, _ path: PartialKeyPath<PyTypeObject>, _ kind: SlotWrapperKind, _ doc: String) -> SlotDefinition {
        SlotDefinition(name: name, table: .type, offset: MemoryLayout<PyTypeObject>.offset(of: path)!, kind: kind, doc: doc)
    }
    static func a(_ name: String, _ path: PartialKeyPath<PyAsyncMethods>, _ kind: SlotWrapperKind, _ doc: String) -> SlotDefinition {
        SlotDefinition(name: name, table: .async, offset: MemoryLayout<PyAsyncMethods>.offset(of: path)!, kind: kind, doc: doc)
    }
    static func n(_ name: String, _ path: PartialKeyPath<PyNumberMethods>, _ kind: SlotWrapperKind, _ doc: String) -> SlotDefinition {
        SlotDefinition(name: name, table: .number, offset: MemoryLayout<PyNumberMethods>.offset(of: path)!, kind: kind, doc: doc)
    }
    static func s(_ name: String, _ path: PartialKeyPath<PySequenceMethods>, _ kind: SlotWrapperKind, _ doc: String) -> SlotDefinition {
        SlotDefinition(name: name, table: .sequence, offset: MemoryLayout<PySequenceMethods>.offset(of: path)!, kind: kind, doc: doc)
    }
    static func m(_ name: String, _ path: PartialKeyPath<PyMappingMethods>, _ kind: SlotWrapperKind, _ doc: String) -> SlotDefinition {
        SlotDefinition(name: name, table: .mapping, offset: MemoryLayout<PyMappingMethods>.offset(of: path)!, kind: kind, doc: doc)
    }

    /// Binary operators give `__op__` and `__rop__`.
    static func pair(_ op: String, _ path: PartialKeyPath<PyNumberMethods>, _ symbol: String) -> [SlotDefinition] {
        [n("__\(op)__", path, .binary, "Return self\(symbol)value."),
         n("__r\(op)__", path, .binaryReflected, "Return value\(symbol)self.")]
    }

    static let all: [SlotDefinition] = {
        var defs: [SlotDefinition] = [
            t("__repr__", \.tp_repr, .unary, "Return repr(self)."),
            t("__hash__", \.tp_hash, .hash, "Return hash(self)."),
            t("__call__", \.tp_call, .call, "Call self as a function."),
            t("__str__", \.tp_str, .unary, "Return str(self)."),
            t("__getattribute__", \.tp_getattro, .binary, "Return getattr(self, name)."),
            t("__setattr__", \.tp_setattro, .setAttribute, "Implement setattr(self, name, value)."),
            t("__delattr__", \.tp_setattro, .deleteAttribute, "Implement delattr(self, name)."),
            t("__lt__", \.tp_richcompare, .richCompare(.lt), "Return self<value."),
            t("__le__", \.tp_richcompare, .richCompare(.le), "Return self<=value."),
            t("__eq__", \.tp_richcompare, .richCompare(.eq), "Return self==value."),
            t("__ne__", \.tp_richcompare, .richCompare(.ne), "Return self!=value."),
            t("__gt__", \.tp_richcompare, .richCompare(.gt), "Return self>value."),
            t("__ge__", \.tp_richcompare, .richCompare(.ge), "Return self>=value."),
            t("__iter__", \.tp_iter, .unary, "Implement iter(self)."),
            t("__next__", \.tp_iternext, .iterNext, "Implement next(self)."),
            t("__get__", \.tp_descr_get, .descriptorGet, "Return an attribute of instance, which is of type owner."),
            t("__set__", \.tp_descr_set, .descriptorSet, "Set an attribute of instance to value."),
            t("__delete__", \.tp_descr_set, .descriptorDelete, "Delete an attribute of instance."),
            t("__init__", \.tp_init, .initialize, "Initialize self.  See help(type(self)) for accurate signature."),
            t("__del__", \.tp_finalize, .finalize, ""),
            a("__await__", \.am_await, .unary, "Return an iterator to be used in await expression."),
            a("__aiter__", \.am_aiter, .unary, "Return an awaitable, that resolves in asynchronous iterator."),
            a("__anext__", \.am_anext, .unary, "Return a value or raise StopAsyncIteration."),
        ]
        defs += pair("add", \.nb_add, "+")
        defs += pair("sub", \.nb_subtract, "-")
        defs += pair("mul", \.nb_multiply, "*")
        defs += pair("mod", \.nb_remainder, "%")
        defs += [n("__divmod__", \.nb_divmod, .binary, "Return divmod(self, value)."),
                 n("__rdivmod__", \.nb_divmod, .binaryReflected, "Return divmod(value, self)."),
                 n("__pow__", \.nb_power, .ternary, "Return pow(self, value, mod)."),
                 n("__rpow__", \.nb_power, .ternaryReflected, "Return pow(value, self, mod)."),
                 n("__neg__", \.nb_negative, .unary, "-self"),
                 n("__pos__", \.nb_positive, .unary, "+self"),
                 n("__abs__", \.nb_absolute, .unary, "abs(self)"),
                 n("__bool__", \.nb_bool, .inquiry, "True if self else False"),
                 n("__invert__", \.nb_invert, .unary, "~self")]
        defs += pair("lshift", \.nb_lshift, "<<")
        defs += pair("rshift", \.nb_rshift, ">>")
        defs += pair("and", \.nb_and, "&")
        defs += pair("xor", \.nb_xor, "^")
        defs += pair("or", \.nb_or, "|")
        defs += [n("__int__", \.nb_int, .unary, "int(self)"),
                 n("__float__", \.nb_float, .unary, "float(self)"),
                 n("__iadd__", \.nb_inplace_add, .binary, "Return self+=value."),
                 n("__isub__", \.nb_inplace_subtract, .binary, "Return self-=value."),
                 n("__imul__", \.nb_inplace_multiply, .binary, "Return self*=value."),
                 n("__imod__", \.nb_inplace_remainder, .binary, "Return self%=value."),
                 n("__ipow__", \.nb_inplace_power, .ternary, "Return self**=value."),
                 n("__ilshift__", \.nb_inplace_lshift, .binary, "Return self<<=value."),
                 n("__irshift__", \.nb_inplace_rshift, .binary, "Return self>>=value."),
                 n("__iand__", \.nb_inplace_and, .binary, "Return self&=value."),
                 n("__ixor__", \.nb_inplace_xor, .binary, "Return self^=value."),
                 n("__ior__", \.nb_inplace_or, .binary, "Return self|=value.")]
        defs += pair("floordiv", \.nb_floor_divide, "//")
        defs += pair("truediv", \.nb_true_divide, "/")
        defs += [n("__ifloordiv__", \.nb_inplace_floor_divide, .binary, "Return self//=value."),
                 n("__itruediv__", \.nb_inplace_true_divide, .binary, "Return self/=value."),
                 n("__index__", \.nb_index, .unary, "Return self converted to an integer, if self is suitable for use as an index into a list.")]
        defs += pair("matmul", \.nb_matrix_multiply, "@")
        defs += [n("__imatmul__", \.nb_inplace_matrix_multiply, .binary, "Return self@=value."),
                 m("__len__", \.mp_length, .length, "Return len(self)."),
                 m("__getitem__", \.mp_subscript, .binary, "Return self[key]."),
                 m("__setitem__", \.mp_ass_subscript, .mappingSetItem, "Set self[key] to value."),
                 m("__delitem__", \.mp_ass_subscript, .mappingDeleteItem, "Delete self[key]."),
                 s("__len__", \.sq_length, .length, "Return len(self)."),
                 s("__add__", \.sq_concat, .binary, "Return self+value."),
                 s("__mul__", \.sq_repeat, .repetition, "Return self*value."),
                 s("__rmul__", \.sq_repeat, .repetition, "Return value*self."),
                 s("__getitem__", \.sq_item, .sequenceItem, "Return self[key]."),
                 s("__setitem__", \.sq_ass_item, .sequenceSetItem, "Set self[key] to value."),
                 s("__delitem__", \.sq_ass_item, .sequenceDeleteItem, "Delete self[key]."),
                 s("__contains__", \.sq_contains, .contains, "Return key in self."),
                 s("__iadd__", \.sq_inplace_concat, .binary, "Implement self+=value."),
                 s("__imul__", \.sq_inplace_repeat, .repetition, "Implement self*=value.")]
        return defs
    }()
}
