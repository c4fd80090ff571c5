import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `re.Pattern`: compiled code words kept in the object after its fields, with the
/// pattern they came from, its flags and groups.
enum SREPattern {
    typealias Layout = KraitPatternObject

    static func code(_ p: Value) -> UnsafePointer<UInt32> {
        UnsafePointer(UnsafeRawPointer(p.object).advanced(by: MemoryLayout<Layout>.size).assumingMemoryBound(to: UInt32.self))
    }

    static func codeSize(_ p: Value) -> Int { p.layout(Layout.self).pointee.ob_base.ob_size }

    static func groups(_ p: Value) -> Int { p.layout(Layout.self).pointee.groups }

    static func setUp() {
        let t = Krait_srePattern_type!
        ModuleTypes.define(t, "re.Pattern", size: MemoryLayout<Layout>.size, doc: "Compiled regular expression object.",
                           base: false, traverse: { o, visit, arg in
                               let p = o!.layout(Layout.self)
                               Trace.visit(p.pointee.pattern, visit, arg)
                               Trace.visit(p.pointee.groupindex, visit, arg)
                               Trace.visit(p.pointee.indexgroup, visit, arg)
                               return 0
                           })
        t.pointee.tp_itemsize = MemoryLayout<UInt32>.size
        t.pointee.tp_weaklistoffset = MemoryLayout<Layout>.offset(of: \.weakreflist)!
        t.pointee.tp_repr = { o in ModuleTypes.repr(o) { v throws(PyException) in try SREPattern.repr(v) } }
        t.pointee.tp_hash = { o in CBoundary.integer { () throws(PyException) in try SREPattern.hash(Value(o!)) } }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in try SREPattern.compare(Value(a!), Value(b!), op) }
        }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("pattern", Int32(T_KRAIT_VALUE), MemoryLayout<Layout>.offset(of: \.pattern)!, true,
             "The pattern string from which the RE object was compiled."),
            ("flags", Int32(T_INT), MemoryLayout<Layout>.offset(of: \.flags)!, true, "The regex matching flags."),
            ("groups", Int32(T_PYSSIZET), MemoryLayout<Layout>.offset(of: \.groups)!, true,
             "The number of capturing groups in the pattern."),
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("groupindex", doc: "A dictionary mapping group names to group numbers.", get: { o, _ in
                CBoundary.object { () throws(PyException) in
                    let names = Value(o!).layout(Layout.self).pointee.groupindex
                    return names.isEmpty ? Dict.new() : MappingProxy.make(names)
                }
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(SREPatternMethods.table)
    }

    /// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
    static func compile(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("compile", ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], required: 6)
        let pattern = p[0]!
        let flags = try Protocols.cInt(p[1]!)
        let code = p[2]!
        try requireType(code, Krait_list_type, "code", "list")
        let groups = try SREArguments.ssize(p[3]!)
        let groupindex = p[4]!, indexgroup = p[5]!
        try requireType(groupindex, Krait_dict_type, "groupindex", "dict")
        try requireType(indexgroup, Krait_tuple_type, "indexgroup", "tuple")

        let n = List.count(code)
        try Allocation.check(count: n, itemSize: MemoryLayout<UInt32>.size)
        let object = Allocation.varObject(Krait_srePattern_type, size: MemoryLayout<Layout>.size + n * MemoryLayout<UInt32>.size, count: n)
        let self_ = Value(object)
        let words = UnsafeMutablePointer(mutating: SREPattern.code(self_))
        for i in 0..<n { words[i] = try codeWord(List.item(code, i)) }
        let layout = self_.layout(Layout.self)
        layout.pointee.isbytes = pattern == .none ? -1 : try SRESubject(pattern).isBytes ? 1 : 0
        layout.pointee.pattern = pattern
        layout.pointee.flags = Int32(flags)
        layout.pointee.groups = groups
        if Dict.count(groupindex) > 0 {
            layout.pointee.groupindex = groupindex
            if Tuple.count(indexgroup) > 0 { layout.pointee.indexgroup = indexgroup }
        }
        guard SREValidator.isValid(SREPattern.code(self_), count: n, groups: groups) else {
            throw PyException(Krait_exc_RuntimeError, "invalid SRE code")
        }
        return self_
    }

    /// Argument Clinic's `subclass_of` check.
    static func requireType(_ v: Value, _ type: TypePointer, _ name: String, _ typeName: String) throws(PyException) {
        guard TypeObject.isSubtype(v.type, of: type) else {
            throw PyException.typeError("compile() argument '\(name)' must be \(typeName), not \(TypeObject.argumentTypeName(v))")
        }
    }

    /// A code word, as `PyLong_AsUnsignedLong` reads it and SRE_CODE keeps it.
    static func codeWord(_ v: Value) throws(PyException) -> UInt32 {
        guard IntObject.check(v) else { throw PyException.typeError("an integer is required") }
        if IntObject.sign(v) < 0 { throw PyException.overflowError("can't convert negative value to unsigned int") }
        guard let n = IntObject.machineValue(v) else {
            let bits = IntObject.machineValue(try Protocols.callMethod(v, "bit_length")) ?? Int.max
            throw PyException.overflowError(bits > 64 ? "Python int too large to convert to C unsigned long"
                                                      : "regular expression code size limit exceeded")
        }
        guard let word = UInt32(exactly: n) else {
            throw PyException.overflowError("regular expression code size limit exceeded")
        }
        return word
    }

    /// `re.compile('a+', re.IGNORECASE)`: the pattern's repr (200 characters at most)
    /// and the flags by name, re.UNICODE left out where a str pattern implies it.
    static func repr(_ v: Value) throws(PyException) -> String {
        let p = v.layout(Layout.self).pointee
        var flags = p.flags
        let typeFlags = SREConstants.flagLocale | SREConstants.flagUnicode | SREConstants.flagASCII
        if p.isbytes == 0 && flags & typeFlags == SREConstants.flagUnicode { flags &= ~SREConstants.flagUnicode }
        let names: [(String, Int32)] = [
            ("re.IGNORECASE", SREConstants.flagIgnoreCase), ("re.LOCALE", SREConstants.flagLocale),
            ("re.MULTILINE", SREConstants.flagMultiline), ("re.DOTALL", SREConstants.flagDotAll),
            ("re.UNICODE", SREConstants.flagUnicode), ("re.VERBOSE", SREConstants.flagVerbose),
            ("re.DEBUG", SREConstants.flagDebug), ("re.ASCII", SREConstants.flagASCII),
        ]
        var parts: [String] = []
        for (name, flag) in names where flags & flag != 0 {
            parts.append(name)
            flags &= ~flag
        }
        if flags != 0 { parts.append("0x" + String(UInt32(bitPattern: flags), radix: 16)) }
        let text = try SREArguments.truncatedRepr(p.pattern, 200)
        return parts.isEmpty ? "re.compile(\(text))" : "re.compile(\(text), \(parts.joined(separator: "|")))"
    }

    static func hash(_ v: Value) throws(PyException) -> Int {
        let p = v.layout(Layout.self).pointee
        let n = p.ob_base.ob_size
        var h = try Protocols.hash(p.pattern)
        h ^= Hashing.bytes(UnsafeRawPointer(code(v)), count: n * MemoryLayout<UInt32>.size)
        h ^= Int(p.flags)
        h ^= Int(p.isbytes)
        h ^= n
        return h == -1 ? -2 : h
    }

    /// Patterns are equal when their flags, code and patterns are.
    static func compare(_ a: Value, _ b: Value, _ op: Int32) throws(PyException) -> Value {
        guard op == CompareOp.eq.rawValue || op == CompareOp.ne.rawValue, b.isExactly(Krait_srePattern_type) else { return .notImplemented }
        var equal = a == b
        if !equal {
            let x = a.layout(Layout.self).pointee, y = b.layout(Layout.self).pointee
            let n = x.ob_base.ob_size
            equal = x.flags == y.flags && x.isbytes == y.isbytes && n == y.ob_base.ob_size
                && memcmp(code(a), code(b), n * MemoryLayout<UInt32>.size) == 0
            if equal && x.pattern != y.pattern {
                equal = try Protocols.isTrue(try Protocols.richCompare(x.pattern, y.pattern, .eq))
            }
        }
        return .bool(op == CompareOp.eq.rawValue ? equal : !equal)
    }
}
