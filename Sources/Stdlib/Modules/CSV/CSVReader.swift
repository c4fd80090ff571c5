import ObjectLayout
import ObjectModel

/// `_csv.reader`: CPython's parser state machine, fed one code point at a time, a line
/// at a time, until a record is complete.
enum CSVReader {
    typealias Object = KraitCSVReaderObject
    typealias Dialect = UnsafeMutablePointer<KraitCSVDialectObject>

    // ParserState.
    static let startRecord: Int32 = 0, startField: Int32 = 1, escapedChar: Int32 = 2, inField: Int32 = 3
    static let inQuotedField: Int32 = 4, escapeInQuotedField: Int32 = 5, quoteInQuotedField: Int32 = 6
    static let eatCRNL: Int32 = 7, afterEscapedCRNL: Int32 = 8

    /// Fed after each line: the end of the line, apart from any CR or LF in it.
    static let eol: UInt32 = 0xFFFF_FFFE

    static func setUp() {
        let type = Krait_csvReader_type!
        ModuleTypes.define(type, "_csv.reader", size: MemoryLayout<Object>.size, doc: CSVDocs.readerType,
                           traverse: { o, visit, arg in
                               let s = o!.layout(Object.self).pointee
                               Trace.visit(s.input_iter, visit, arg)
                               Trace.visit(s.dialect, visit, arg)
                               Trace.visit(s.fields, visit, arg)
                               ByteBlocks.visit(s.field, visit, arg)
                               return 0
                           })
        ModuleTypes.iterator(type) { o in ModuleTypes.iternext(o) { v throws(PyException) in try CSVReader.next(v) } }
        type.pointee.tp_members = MemberDescriptors.memberTable([
            (name: "dialect", type: Int32(T_KRAIT_VALUE), offset: MemoryLayout<Object>.offset(of: \.dialect)!, readOnly: true, doc: nil),
            (name: "line_num", type: Int32(T_PYSSIZET), offset: MemoryLayout<Object>.offset(of: \.line_num)!, readOnly: true, doc: nil),
        ])
    }

    /// `reader(iterable, dialect='excel', **fmtparams)`.
    static func make(_ args: Arguments) throws(PyException) -> Value {
        let object = Value(ModuleTypes.allocate(Krait_csvReader_type))
        let r = object.layout(Object.self)
        reset(r)
        try CSVModule.unpack(args, max: 2)
        r.pointee.input_iter = try Protocols.iterator(args[0])
        r.pointee.dialect = try CSVDialect.make(Krait_csvDialect_type, args, from: 1)
        return object
    }

    static func reset(_ r: UnsafeMutablePointer<Object>) {
        r.pointee.fields = List.new()
        r.pointee.field_len = 0
        r.pointee.state = startRecord
        r.pointee.numeric_field = 0
    }

    /// `Reader_iternext`: the next record, or nil at the end of the input.
    static func next(_ v: Value) throws(PyException) -> Value? {
        let r = v.layout(Object.self)
        let d = r.pointee.dialect.layout(KraitCSVDialectObject.self)
        reset(r)
        repeat {
            guard let line = try Protocols.next(r.pointee.input_iter) else {
                guard r.pointee.field_len != 0 || r.pointee.state == inQuotedField else { return nil }
                if d.pointee.strict != 0 { throw CSVModule.error("unexpected end of data") }
                try saveField(r)
                break
            }
            guard ModuleTypes.isStr(line) else {
                throw CSVModule.error("iterator should return strings, not \(TypeObject.name(line.type)) (the file should be opened in text mode)")
            }
            r.pointee.line_num += 1
            let count = Str.length(line)
            let data = Str.data(line)
            switch Str.kind(line) {
            case 1: try feed(r, d, data.assumingMemoryBound(to: UInt8.self), count)
            case 2: try feed(r, d, data.assumingMemoryBound(to: UInt16.self), count)
            default: try feed(r, d, data.assumingMemoryBound(to: UInt32.self), count)
            }
            try process(r, d, eol)
        } while r.pointee.state != startRecord
        let fields = r.pointee.fields
        r.pointee.fields = .empty
        return fields
    }

    @inline(__always)
    static func feed<Unit: FixedWidthInteger & UnsignedInteger>(_ r: UnsafeMutablePointer<Object>, _ d: Dialect,
                                                                _ units: UnsafeMutablePointer<Unit>, _ count: Int) throws(PyException) {
        for i in 0..<count { try process(r, d, UInt32(truncatingIfNeeded: units[i])) }
    }

    static func isLineEnd(_ c: UInt32) -> Bool { c == 0x0A || c == 0x0D }

    /// `parse_process_char`: one step of the state machine.
    @inline(__always)
    static func process(_ r: UnsafeMutablePointer<Object>, _ d: Dialect, _ c: UInt32) throws(PyException) {
        var c = c
        switch r.pointee.state {
        case startRecord, startField:
            if r.pointee.state == startRecord {
                if c == eol { return }
                if isLineEnd(c) {
                    r.pointee.state = eatCRNL
                    return
                }
                r.pointee.state = startField
            }
            if isLineEnd(c) || c == eol {
                try saveField(r)
                r.pointee.state = c == eol ? startRecord : eatCRNL
            } else if c == d.pointee.quotechar && d.pointee.quoting != CSVModule.quoteNone {
                r.pointee.state = inQuotedField
            } else if c == d.pointee.escapechar {
                r.pointee.state = escapedChar
            } else if c == 0x20 && d.pointee.skipinitialspace != 0 {
                // Spaces at the start of a field are dropped.
            } else if c == d.pointee.delimiter {
                try saveField(r)
            } else {
                if d.pointee.quoting == CSVModule.quoteNonnumeric { r.pointee.numeric_field = 1 }
                try addChar(r, c)
                r.pointee.state = inField
            }
        case escapedChar:
            if isLineEnd(c) {
                try addChar(r, c)
                r.pointee.state = afterEscapedCRNL
                return
            }
            if c == eol { c = 0x0A }
            try addChar(r, c)
            r.pointee.state = inField
        case inField, afterEscapedCRNL:
            if r.pointee.state == afterEscapedCRNL && c == eol { return }
            if isLineEnd(c) || c == eol {
                try saveField(r)
                r.pointee.state = c == eol ? startRecord : eatCRNL
            } else if c == d.pointee.escapechar {
                r.pointee.state = escapedChar
            } else if c == d.pointee.delimiter {
                try saveField(r)
                r.pointee.state = startField
            } else {
                try addChar(r, c)
            }
        case inQuotedField:
            if c == eol {
                // A quoted field goes on over the line's end.
            } else if c == d.pointee.escapechar {
                r.pointee.state = escapeInQuotedField
            } else if c == d.pointee.quotechar && d.pointee.quoting != CSVModule.quoteNone {
                r.pointee.state = d.pointee.doublequote != 0 ? quoteInQuotedField : inField
            } else {
                try addChar(r, c)
            }
        case escapeInQuotedField:
            if c == eol { c = 0x0A }
            try addChar(r, c)
            r.pointee.state = inQuotedField
        case quoteInQuotedField:
            if d.pointee.quoting != CSVModule.quoteNone && c == d.pointee.quotechar {
                try addChar(r, c)
                r.pointee.state = inQuotedField
            } else if c == d.pointee.delimiter {
                try saveField(r)
                r.pointee.state = startField
            } else if isLineEnd(c) || c == eol {
                try saveField(r)
                r.pointee.state = c == eol ? startRecord : eatCRNL
            } else if d.pointee.strict == 0 {
                try addChar(r, c)
                r.pointee.state = inField
            } else {
                throw CSVModule.error("'\(text(d.pointee.delimiter))' expected after '\(text(d.pointee.quotechar))'")
            }
        default:
            if isLineEnd(c) {
                // More line ends after the record's.
            } else if c == eol {
                r.pointee.state = startRecord
            } else {
                throw CSVModule.error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
            }
        }
    }

    static func text(_ c: UInt32) -> String { Unicode.Scalar(c).map { String(Character($0)) } ?? "" }

    static func buffer(_ r: UnsafeMutablePointer<Object>) -> UnsafeMutablePointer<UInt32>? {
        UnsafeMutableRawPointer(r.pointee.field)?.assumingMemoryBound(to: UInt32.self)
    }

    @inline(__always)
    static func addChar(_ r: UnsafeMutablePointer<Object>, _ c: UInt32) throws(PyException) {
        let length = r.pointee.field_len
        if length >= CSVModule.fieldLimit { throw CSVModule.error("field larger than field limit (\(CSVModule.fieldLimit))") }
        if length == r.pointee.field_size { grow(r) }
        buffer(r)![length] = c
        r.pointee.field_len = length + 1
    }

    /// Doubles the field buffer (4096 code points at first) in a new byte block.
    static func grow(_ r: UnsafeMutablePointer<Object>) {
        let size = r.pointee.field_size == 0 ? 4096 : 2 * r.pointee.field_size
        let block = ByteBlocks.allocate(size * MemoryLayout<UInt32>.size)
        if let old = r.pointee.field {
            UnsafeMutableRawPointer(block).copyMemory(from: UnsafeRawPointer(old), byteCount: r.pointee.field_len * MemoryLayout<UInt32>.size)
        }
        r.pointee.field = block
        r.pointee.field_size = size
    }

    /// `parse_save_field`: the field as a str (a float for an unquoted field under
    /// QUOTE_NONNUMERIC) appended to the record.
    static func saveField(_ r: UnsafeMutablePointer<Object>) throws(PyException) {
        var field = Str.make(codePoints: UnsafeBufferPointer(start: buffer(r), count: r.pointee.field_len))
        r.pointee.field_len = 0
        if r.pointee.numeric_field != 0 {
            r.pointee.numeric_field = 0
            field = try Protocols.call(Value(Krait_float_type), field)
        }
        List.append(r.pointee.fields, field)
    }
}
