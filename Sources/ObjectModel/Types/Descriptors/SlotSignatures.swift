/// The `__text_signature__` of slot wrappers, which CPython's `slotdefs` docs begin
/// with (`inspect.signature(object.__init__)` reads it). `__del__`'s doc is empty in
/// CPython, so it has neither signature nor doc.
extension SlotDefinition {
    var textSignature: String? {
        switch kind {
        case .finalize: return nil
        case .unary, .inquiry, .length, .hash, .iterNext: return "($self, /)"
        case .call, .initialize: return "($self, /, *args, **kwargs)"
        case .ternary, .ternaryReflected: return name == "__ipow__" ? "($self, value, /)" : "($self, value, mod=None, /)"
        case .setAttribute: return "($self, name, value, /)"
        case .deleteAttribute: return "($self, name, /)"
        case .descriptorGet: return "($self, instance, owner=None, /)"
        case .descriptorSet: return "($self, instance, value, /)"
        case .descriptorDelete: return "($self, instance, /)"
        case .sequenceItem, .sequenceDeleteItem, .mappingDeleteItem, .contains: return "($self, key, /)"
        case .sequenceSetItem, .mappingSetItem: return "($self, key, value, /)"
        case .binary, .binaryReflected, .richCompare, .repetition:
            if name == "__getattribute__" { return "($self, name, /)" }
            if name == "__getitem__" { return "($self, key, /)" }
            return "($self, value, /)"
        }
    }
}
