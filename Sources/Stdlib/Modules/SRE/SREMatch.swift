import ObjectLayout
import ObjectModel

/// `re.Match`: the pattern, the subject and the positions of each group, kept after
/// the object's fields.
enum SREMatch {
    typealias Layout = KraitMatchObject

    static func marks(_ m: Value) -> UnsafeMutablePointer<Int> {
        UnsafeMutableRawPointer(m.object).advanced(by: MemoryLayout<Layout>.size).assumingMemoryBound(to: Int.self)
    }

    static func setUp() {
        let t = Krait_sreMatch_type!
        ModuleTypes.define(t, "re.Match", size: MemoryLayout<Layout>.size,
                           doc: "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
                           base: false, traverse: { o, visit, arg in
                               let m = o!.layout(Layout.self)
                               Trace.visit(m.pointee.pattern, visit, arg)
                               Trace.visit(m.pointee.string, visit, arg)
                               Trace.visit(m.pointee.regs, visit, arg)
                               return 0
                           })
        t.pointee.tp_itemsize = MemoryLayout<Int>.size
        t.pointee.tp_repr = { o in ModuleTypes.repr(o) { v throws(PyException) in try SREMatch.repr(v) } }
        t.pointee.tp_as_mapping = mapping
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("string", Int32(T_KRAIT_VALUE), MemoryLayout<Layout>.offset(of: \.string)!, true, "The string passed to match() or search()."),
            ("re", Int32(T_KRAIT_VALUE), MemoryLayout<Layout>.offset(of: \.pattern)!, true, "The regular expression object."),
            ("pos", Int32(T_PYSSIZET), MemoryLayout<Layout>.offset(of: \.pos)!, true,
             "The index into the string at which the RE engine started looking for a match."),
            ("endpos", Int32(T_PYSSIZET), MemoryLayout<Layout>.offset(of: \.endpos)!, true,
             "The index into the string beyond which the RE engine will not go."),
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("lastindex", doc: "The integer index of the last matched capturing group.", get: { o, _ in
                let last = Value(o!).layout(Layout.self).pointee.lastindex
                return Boxing.object(last >= 0 ? IntObject.make(last) : .none)
            }),
            GetSetSpec("lastgroup", doc: "The name of the last matched capturing group.", get: { o, _ in
                let m = Value(o!).layout(Layout.self).pointee
                let names = m.pattern.layout(KraitPatternObject.self).pointee.indexgroup
                guard !names.isEmpty, m.lastindex >= 0, m.lastindex < Tuple.count(names) else { return Boxing.object(.none) }
                return Boxing.object(Tuple.item(names, m.lastindex))
            }),
            GetSetSpec("regs", get: { o, _ in Boxing.object(SREMatch.regs(Value(o!))) }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(SREMatchMethods.table)
    }

    static let mapping: UnsafeMutablePointer<PyMappingMethods> = {
        let table = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
        table.initialize(to: PyMappingMethods())
        table.pointee.mp_subscript = { o, key in
            CBoundary.object { () throws(PyException) in try SREMatch.group(Value(o!), Value(key!), default: .none) }
        }
        return table
    }()

    /// `pattern_new_match`: a Match for a successful run of `state` (status 1), None
    /// for none (0), or the engine's error.
    static func make(_ pattern: Value, _ state: SREState, _ string: Value, _ status: Int) throws(PyException) -> Value {
        guard try SREArguments.matched(status) else { return .none }
        let groups = SREPattern.groups(pattern) + 1
        let object = Allocation.varObject(Krait_sreMatch_type, size: MemoryLayout<Layout>.size + 2 * groups * MemoryLayout<Int>.size,
                                          count: 2 * groups)
        let m = Value(object)
        let marks = SREMatch.marks(m)
        marks[0] = state.start
        marks[1] = state.ptr
        for g in 1..<groups {
            let j = 2 * (g - 1)
            if j + 1 <= state.lastmark && state.marks[j] >= 0 && state.marks[j + 1] >= 0 {
                marks[2 * g] = state.marks[j]
                marks[2 * g + 1] = state.marks[j + 1]
                if marks[2 * g] > marks[2 * g + 1] {
                    throw PyException(Krait_exc_SystemError, "The span of capturing group is wrong, please report a bug for the re module.")
                }
            } else {
                marks[2 * g] = -1
                marks[2 * g + 1] = -1
            }
        }
        let layout = m.layout(Layout.self)
        layout.pointee.pattern = pattern
        layout.pointee.string = string
        layout.pointee.groups = groups
        layout.pointee.pos = state.pos
        layout.pointee.endpos = state.endpos
        layout.pointee.lastindex = state.lastindex
        return m
    }

    /// `match_getindex`: a group number, or a name of the pattern's groups.
    static func index(_ m: Value, _ group: Value?) throws(PyException) -> Int {
        guard let group else { return 0 }
        let groups = m.layout(Layout.self).pointee.groups
        var i = -1
        if Protocols.isIndex(group) {
            // PyNumber_AsSsize_t(…, NULL): too big an int is clipped, then out of range.
            let n = try Protocols.indexValue(group)
            i = IntObject.machineValue(n) ?? (IntObject.sign(n) < 0 ? Int.min : Int.max)
        } else {
            let names = m.layout(Layout.self).pointee.pattern.layout(KraitPatternObject.self).pointee.groupindex
            if !names.isEmpty, let number = try Dict.getItem(names, group), IntObject.check(number) {
                i = IntObject.machineValue(number) ?? -1
            }
        }
        guard i >= 0 && i < groups else { throw PyException(Krait_exc_IndexError, "no such group") }
        return i
    }

    /// The text of group number `g`, or `default` when it did not take part.
    static func group(_ m: Value, number g: Int, default value: Value) throws(PyException) -> Value {
        let marks = SREMatch.marks(m)
        let string = m.layout(Layout.self).pointee.string
        if string == .none || marks[2 * g] < 0 { return value }
        let subject = try SRESubject(string)
        let start = Swift.min(marks[2 * g], subject.length), end = Swift.min(marks[2 * g + 1], subject.length)
        return withExtendedLifetime(subject.owner) { subject.slice(string, start, end) }
    }

    static func group(_ m: Value, _ key: Value?, default value: Value) throws(PyException) -> Value {
        try group(m, number: try index(m, key), default: value)
    }

    static func span(_ m: Value, _ g: Int) -> Value {
        let marks = SREMatch.marks(m)
        return Tuple.make(IntObject.make(marks[2 * g]), IntObject.make(marks[2 * g + 1]))
    }

    static func regs(_ m: Value) -> Value {
        let layout = m.layout(Layout.self)
        if !layout.pointee.regs.isEmpty { return layout.pointee.regs }
        let groups = layout.pointee.groups
        let regs = Tuple.allocate(count: groups)
        for g in 0..<groups { Tuple.items(regs)[g] = span(m, g) }
        layout.pointee.regs = regs
        return regs
    }

    /// `<re.Match object; span=(0, 1), match='a'>`, the match's repr cut to 50 characters.
    static func repr(_ m: Value) throws(PyException) -> String {
        let marks = SREMatch.marks(m)
        let text = try SREArguments.truncatedRepr(try group(m, number: 0, default: .none), 50)
        return "<\(TypeObject.fullName(m.type)) object; span=(\(marks[0]), \(marks[1])), match=\(text)>"
    }
}
