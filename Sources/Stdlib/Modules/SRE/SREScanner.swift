import ObjectLayout
import ObjectModel

/// `_sre.SRE_Scanner`: successive matches over one subject, each from where the last
/// ended (an empty one may not be repeated there). The subject's code units are read
/// afresh on each call, so a scanner holds no pointer into them.
enum SREScanner {
    typealias Layout = KraitScannerObject

    static func setUp() {
        let t = Krait_sreScanner_type!
        ModuleTypes.define(t, "_sre.SRE_Scanner", size: MemoryLayout<Layout>.size, doc: nil, base: false,
                           traverse: { o, visit, arg in
                               let s = o!.layout(Layout.self)
                               Trace.visit(s.pointee.pattern, visit, arg)
                               Trace.visit(s.pointee.string, visit, arg)
                               return 0
                           })
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("pattern", Int32(T_KRAIT_VALUE), MemoryLayout<Layout>.offset(of: \.pattern)!, true, nil),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("match", doc: "match($self, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SREScanner.noArguments(args, "match"); return try SREScanner.next(s, search: false) }
            },
            MethodSpec("search", doc: "search($self, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SREScanner.noArguments(args, "search"); return try SREScanner.next(s, search: true) }
            },
        ])
    }

    /// `Pattern.scanner(string, pos=0, endpos=sys.maxsize)`; the subject is checked now.
    static func make(_ pattern: Value, _ args: Arguments, _ name: String) throws(PyException) -> Value {
        let (string, pos, endpos) = try SREOperations.subject(args, name)
        var state = try SREState(pattern, try SRESubject(string), pos: pos, endpos: endpos)
        defer { state.deallocate() }
        let object = ModuleTypes.allocate(Krait_sreScanner_type)
        let s = object.layout(Layout.self)
        s.pointee.pattern = pattern
        s.pointee.string = string
        s.pointee.pos = state.pos
        s.pointee.endpos = state.endpos
        s.pointee.start = state.start
        return Value(object)
    }

    /// Clinic's check for a method of no parameters but its defining class, which
    /// ignores keywords.
    static func noArguments(_ args: Arguments, _ name: String) throws(PyException) {
        if args.count > 0 { throw PyException.typeError("\(name)() takes no arguments") }
    }

    static func next(_ scanner: Value, search: Bool) throws(PyException) -> Value {
        let s = scanner.layout(Layout.self)
        if s.pointee.start < 0 { return .none }
        let pattern = s.pointee.pattern, string = s.pointee.string
        var state = try SREState(pattern, try SRESubject(string), pos: s.pointee.pos, endpos: s.pointee.endpos)
        defer { state.deallocate() }
        state.start = Swift.min(s.pointee.start, state.subject.length)
        state.mustAdvance = s.pointee.must_advance != 0
        let status = search ? state.search() : state.match()
        let match = try SREMatch.make(pattern, state, string, status)
        if status == 0 {
            s.pointee.start = -1
        } else {
            s.pointee.must_advance = state.ptr == state.start ? 1 : 0
            s.pointee.start = state.ptr
        }
        return match
    }
}
