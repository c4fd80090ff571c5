import ObjectLayout
import ObjectModel

/// `islice(iterable, stop)` and `islice(iterable, start, stop[, step])`.
enum ISlice {
    static func setUp() {
        let islice = Krait_islice_type!
        ModuleTypes.define(islice, "itertools.islice", size: MemoryLayout<KraitISliceObject>.size,
                           doc: "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.",
                           traverse: { o, visit, arg in
                               Trace.visit(o!.layout(KraitISliceObject.self).pointee.it, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in try ISlice.make(type, args) })
        ModuleTypes.iterator(islice) { o in ModuleTypes.iternext(o) { v throws(PyException) in try ISlice.next(v) } }
        islice.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let i = s.layout(KraitISliceObject.self).pointee
                    guard !i.it.isEmpty else {
                        let empty = try Protocols.iterator(List.new())
                        return Tuple.make([Value(s.type), Tuple.make(empty, Value(smallInt: 0)), Value(smallInt: 0)])
                    }
                    let next = IntObject.make(i.next), stop = i.stop == -1 ? Value.none : IntObject.make(i.stop)
                    let step = IntObject.make(i.step), count = IntObject.make(i.cnt)
                    return Tuple.make([Value(s.type), Tuple.make([i.it, next, stop, step]), count])
                }
            },
            MethodSpec("__setstate__", doc: "Set state information for unpickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    s.layout(KraitISliceObject.self).pointee.cnt = try ModuleTypes.size(try args.one("__setstate__"))
                    return .none
                }
            },
        ])
    }

    /// A bound as CPython reads it: None, or an index; anything else (too big, not an
    /// int) is -1, which the caller reports.
    static func bound(_ v: Value, absent: Int) -> Int {
        if v == .none { return absent }
        return (try? ModuleTypes.size(v)) ?? -1
    }

    static func make(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        try ModuleTypes.noKeywords(type, Krait_islice_type, args, "islice")
        try args.positionalCount("islice", min: 2, max: 4)
        var start = 0, stop = -1, step = 1
        let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        if args.count == 2 {
            if args[1] != .none {
                stop = bound(args[1], absent: -1)
                if stop == -1 { throw PyException.valueError(stopMessage) }
            }
        } else {
            start = bound(args[1], absent: 0)
            if args[2] != .none {
                stop = bound(args[2], absent: -1)
                if stop == -1 { throw PyException.valueError(stopMessage) }
            }
        }
        if start < 0 || stop < -1 {
            throw PyException.valueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        }
        if args.count == 4 { step = bound(args[3], absent: 1) }
        if step < 1 { throw PyException.valueError("Step for islice() must be a positive integer or None.") }
        let it = try Protocols.iterator(args[0])
        let object = ModuleTypes.allocate(type)
        let i = object.layout(KraitISliceObject.self)
        i.pointee.it = it
        i.pointee.next = start
        i.pointee.stop = stop
        i.pointee.step = step
        return Value(object)
    }

    static func next(_ v: Value) throws(PyException) -> Value? {
        let i = v.layout(KraitISliceObject.self)
        let it = i.pointee.it
        guard !it.isEmpty else { return nil }
        let stop = i.pointee.stop
        do {
            while i.pointee.cnt < i.pointee.next {
                guard try Protocols.next(it) != nil else {
                    i.pointee.it = .empty
                    return nil
                }
                i.pointee.cnt += 1
            }
            guard stop == -1 || i.pointee.cnt < stop, let item = try Protocols.next(it) else {
                i.pointee.it = .empty
                return nil
            }
            i.pointee.cnt += 1
            let (next, overflow) = i.pointee.next.addingReportingOverflow(i.pointee.step)
            i.pointee.next = overflow || (stop != -1 && next > stop) ? stop : next
            return item
        } catch {
            i.pointee.it = .empty
            throw error
        }
    }
}
