import ObjectLayout
import ObjectModel

/// `_csv.writer`: joins a row's fields into one record, quoting or escaping what the
/// dialect asks for, and hands it to the file's `write`.
enum CSVWriter {
    typealias Object = KraitCSVWriterObject
    typealias Dialect = UnsafeMutablePointer<KraitCSVDialectObject>

    static func setUp() {
        let type = Krait_csvWriter_type!
        ModuleTypes.define(type, "_csv.writer", size: MemoryLayout<Object>.size, doc: CSVDocs.writerType,
                           traverse: { o, visit, arg in
                               let s = o!.layout(Object.self).pointee
                               Trace.visit(s.write, visit, arg)
                               Trace.visit(s.dialect, visit, arg)
                               ByteBlocks.visit(s.rec, visit, arg)
                               return 0
                           })
        type.pointee.tp_members = MemberDescriptors.memberTable([
            (name: "dialect", type: Int32(T_KRAIT_VALUE), offset: MemoryLayout<Object>.offset(of: \.dialect)!, readOnly: true, doc: nil),
        ])
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("writerow", doc: CSVDocs.writerow) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try CSVWriter.writeRow(s, try args.one("writerow")) }
            },
            MethodSpec("writerows", doc: CSVDocs.writerows) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try Protocols.forEach(try args.one("writerows")) { row throws(PyException) in _ = try CSVWriter.writeRow(s, row) }
                    return .none
                }
            },
        ])
    }

    /// `writer(fileobj, dialect='excel', **fmtparams)`.
    static func make(_ args: Arguments) throws(PyException) -> Value {
        let object = Value(ModuleTypes.allocate(Krait_csvWriter_type))
        let w = object.layout(Object.self)
        try CSVModule.unpack(args, max: 2)
        guard let write = try Protocols.lookupAttribute(args[0], Interned.literal("write")), ModuleTypes.isCallable(write) else {
            throw PyException.typeError("argument 1 must have a \"write\" method")
        }
        w.pointee.write = write
        w.pointee.dialect = try CSVDialect.make(Krait_csvDialect_type, args, from: 1)
        return object
    }

    /// `csv_writerow`: the fields joined, the line terminator added, written.
    static func writeRow(_ v: Value, _ row: Value) throws(PyException) -> Value {
        let w = v.layout(Object.self)
        let d = w.pointee.dialect.layout(KraitCSVDialectObject.self)
        let iterator: Value
        do {
            iterator = try Protocols.iterator(row)
        } catch where error.matches(Krait_exc_TypeError) {
            throw CSVModule.error("iterable expected, not \(TypeObject.name(row.type))")
        }
        w.pointee.rec_len = 0
        w.pointee.num_fields = 0
        while let field = try Protocols.next(iterator) {
            let quoted: Bool
            switch d.pointee.quoting {
            case CSVModule.quoteNonnumeric: quoted = !ModuleTypes.isNumber(field)
            case CSVModule.quoteAll: quoted = true
            default: quoted = false
            }
            if ModuleTypes.isStr(field) {
                try append(w, d, field, quoted: quoted)
            } else if field == .none {
                try append(w, d, nil, quoted: quoted)
            } else {
                try append(w, d, try Protocols.str(field), quoted: quoted)
            }
        }
        if w.pointee.num_fields > 0 && w.pointee.rec_len == 0 {
            if d.pointee.quoting == CSVModule.quoteNone { throw CSVModule.error("single empty field record must be quoted") }
            w.pointee.num_fields -= 1
            try append(w, d, nil, quoted: true)
        }
        let terminator = d.pointee.lineterminator
        let count = Str.length(terminator)
        reserve(w, w.pointee.rec_len + count)
        for i in 0..<count { record(w)[w.pointee.rec_len + i] = Str.codePoint(terminator, at: i) }
        w.pointee.rec_len += count
        let line = Str.make(codePoints: UnsafeBufferPointer(start: record(w), count: w.pointee.rec_len))
        return try Protocols.call(w.pointee.write, line)
    }

    static func record(_ w: UnsafeMutablePointer<Object>) -> UnsafeMutablePointer<UInt32> {
        UnsafeMutableRawPointer(w.pointee.rec!).assumingMemoryBound(to: UInt32.self)
    }

    /// Room for `length` code points, grown in steps of 32768 as CPython's MEM_INCR.
    static func reserve(_ w: UnsafeMutablePointer<Object>, _ length: Int) {
        guard length > w.pointee.rec_size || w.pointee.rec == nil else { return }
        let size = (length / 32768 + 1) * 32768
        let block = ByteBlocks.allocate(size * MemoryLayout<UInt32>.size)
        if let old = w.pointee.rec {
            UnsafeMutableRawPointer(block).copyMemory(from: UnsafeRawPointer(old), byteCount: w.pointee.rec_len * MemoryLayout<UInt32>.size)
        }
        w.pointee.rec = block
        w.pointee.rec_size = size
    }

    /// `join_append`: one field (nil for None) after a delimiter; a first pass finds
    /// whether it must be quoted and how long it gets, the second writes it.
    static func append(_ w: UnsafeMutablePointer<Object>, _ d: Dialect, _ field: Value?, quoted: Bool) throws(PyException) {
        var quoted = quoted
        let length = try join(w, d, field, &quoted, copying: false)
        reserve(w, length)
        w.pointee.rec_len = try join(w, d, field, &quoted, copying: true)
        w.pointee.num_fields += 1
    }

    /// `join_append_data`: the record's length with the field added, and with
    /// `copying` the field written.
    static func join(_ w: UnsafeMutablePointer<Object>, _ d: Dialect, _ field: Value?, _ quoted: inout Bool,
                     copying: Bool) throws(PyException) -> Int {
        let rec = copying ? record(w) : nil
        var length = w.pointee.rec_len
        func add(_ c: UInt32) {
            rec?[length] = c
            length += 1
        }
        if w.pointee.num_fields > 0 { add(d.pointee.delimiter) }
        if copying && quoted { add(d.pointee.quotechar) }
        if let field {
            let terminator = d.pointee.lineterminator
            for i in 0..<Str.length(field) {
                let c = Str.codePoint(field, at: i)
                var escape = false
                if c == d.pointee.delimiter || c == d.pointee.escapechar || c == d.pointee.quotechar || contains(terminator, c) {
                    if d.pointee.quoting == CSVModule.quoteNone {
                        escape = true
                    } else {
                        if c == d.pointee.quotechar {
                            if d.pointee.doublequote != 0 { add(d.pointee.quotechar) } else { escape = true }
                        } else if c == d.pointee.escapechar {
                            escape = true
                        }
                        if !escape { quoted = true }
                    }
                    if escape {
                        if d.pointee.escapechar == CSVDialect.notSet { throw CSVModule.error("need to escape, but no escapechar set") }
                        add(d.pointee.escapechar)
                    }
                }
                add(c)
            }
        }
        if quoted {
            if copying { add(d.pointee.quotechar) } else { length += 2 }
        }
        return length
    }

    static func contains(_ s: Value, _ c: UInt32) -> Bool {
        for i in 0..<Str.length(s) where Str.codePoint(s, at: i) == c { return true }
        return false
    }
}
