import ObjectLayout

/// The layout numbers a type reports (`__basicsize__`, `__itemsize__`, `__dictoffset__`,
/// `__weakrefoffset__`) as CPython 3.11 reports them. Krait's objects are laid out
/// differently (a str's code points follow its header, generators hold their frame,
/// dicts keep an owner word), so these are CPython's numbers, not Krait's offsets.
struct ReportedLayout: Equatable {
    var basicSize: Int
    var itemSize: Int
    var dictOffset: Int
    var weakrefOffset: Int

    /// CPython's numbers for the builtin types whose Krait layout differs; the other
    /// builtin types report their own fields, which agree with CPython's.
    nonisolated(unsafe) static let builtin: [TypePointer: ReportedLayout] = [
        Krait_bool_type: ReportedLayout(basicSize: 32, itemSize: 4, dictOffset: 0, weakrefOffset: 0),
        Krait_int_type: ReportedLayout(basicSize: 24, itemSize: 4, dictOffset: 0, weakrefOffset: 0),
        Krait_str_type: ReportedLayout(basicSize: 80, itemSize: 0, dictOffset: 0, weakrefOffset: 0),
        Krait_dict_type: ReportedLayout(basicSize: 48, itemSize: 0, dictOffset: 0, weakrefOffset: 0),
        Krait_type_type: ReportedLayout(basicSize: 904, itemSize: 40, dictOffset: 264, weakrefOffset: 368),
        Krait_enumerate_type: ReportedLayout(basicSize: 56, itemSize: 0, dictOffset: 0, weakrefOffset: 0),
        Krait_zip_type: ReportedLayout(basicSize: 48, itemSize: 0, dictOffset: 0, weakrefOffset: 0),
        Krait_memoryview_type: ReportedLayout(basicSize: 144, itemSize: 8, dictOffset: 0, weakrefOffset: 136),
        Krait_generator_type: ReportedLayout(basicSize: 152, itemSize: 8, dictOffset: 0, weakrefOffset: 24),
        Krait_coroutine_type: ReportedLayout(basicSize: 152, itemSize: 8, dictOffset: 0, weakrefOffset: 24),
        Krait_asyncGenerator_type: ReportedLayout(basicSize: 152, itemSize: 8, dictOffset: 0, weakrefOffset: 24),
        Krait_frame_type: ReportedLayout(basicSize: 120, itemSize: 8, dictOffset: 0, weakrefOffset: 0),
        Krait_code_type: ReportedLayout(basicSize: 184, itemSize: 2, dictOffset: 0, weakrefOffset: 144),
        Krait_function_type: ReportedLayout(basicSize: 136, itemSize: 0, dictOffset: 88, weakrefOffset: 96),
        Krait_method_type: ReportedLayout(basicSize: 48, itemSize: 0, dictOffset: 0, weakrefOffset: 32),
        Krait_builtinFunction_type: ReportedLayout(basicSize: 56, itemSize: 0, dictOffset: 0, weakrefOffset: 40),
        Krait_rangeIterator_type: ReportedLayout(basicSize: 48, itemSize: 0, dictOffset: 0, weakrefOffset: 0),
        Krait_module_type: ReportedLayout(basicSize: 56, itemSize: 0, dictOffset: 16, weakrefOffset: 40),
        Krait_exc_ExceptionGroup: ReportedLayout(basicSize: 96, itemSize: 0, dictOffset: 16, weakrefOffset: 88),
    ]

    /// The member type of the four `type` members that read these numbers; the
    /// member's offset is the PyTypeObject field it stands for.
    static let memberKind: Int32 = 0x102

    static func member(_ t: TypePointer, fieldOffset: Int) -> Int {
        let layout = of(t)
        switch fieldOffset {
        case MemoryLayout<PyTypeObject>.offset(of: \.tp_basicsize)!: return layout.basicSize
        case MemoryLayout<PyTypeObject>.offset(of: \.tp_itemsize)!: return layout.itemSize
        case MemoryLayout<PyTypeObject>.offset(of: \.tp_dictoffset)!: return layout.dictOffset
        default: return layout.weakrefOffset
        }
    }

    static func of(_ t: TypePointer) -> ReportedLayout {
        guard HeapType.isHeapType(t), let base = t.pointee.tp_base else {
            return builtin[t] ?? ReportedLayout(basicSize: t.pointee.tp_basicsize, itemSize: t.pointee.tp_itemsize,
                                                dictOffset: t.pointee.tp_dictoffset, weakrefOffset: t.pointee.tp_weaklistoffset)
        }
        return ofClass(t, base: base)
    }

    /// A class as CPython's `type_new_descriptors` lays it out on its base's reported
    /// layout: its members, then a dict slot (var-sized bases only), then a weak
    /// reference slot; other classes' dicts are "managed", before the object, which
    /// 3.11 reports as an offset of -(basicsize + 3 words).
    static func ofClass(_ t: TypePointer, base: TypePointer) -> ReportedLayout {
        let inherited = of(base)
        let heap = HeapType.heap(t).pointee
        let addsDict: Bool, addsWeakref: Bool
        if heap.ht_slots != nil {
            // With __slots__, Krait adds a dict or weak reference slot just where its
            // names ask for one.
            addsDict = t.pointee.tp_dictoffset != 0 && base.pointee.tp_dictoffset == 0
            addsWeakref = t.pointee.tp_weaklistoffset != 0 && base.pointee.tp_weaklistoffset == 0
        } else {
            addsDict = inherited.dictOffset == 0
            addsWeakref = inherited.weakrefOffset == 0 && inherited.itemSize == 0
        }
        var layout = inherited
        var offset = inherited.basicSize + 8 * heap.ht_member_count
        if addsDict && inherited.itemSize != 0 {
            layout.dictOffset = -8
            offset += 8
        }
        if addsWeakref {
            layout.weakrefOffset = offset
            offset += 8
        }
        if addsDict && inherited.itemSize == 0 { layout.dictOffset = -offset - 24 }
        layout.basicSize = offset
        return layout
    }
}
