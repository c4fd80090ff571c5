import CExpat
import ObjectLayout
import ObjectModel

/// `pyexpat.xmlparser`: an expat parser whose user data is the object itself.
enum ExpatParser {
    typealias Object = KraitXMLParserObject
    typealias Parser = UnsafeMutablePointer<Object>

    /// CPython's CHARACTER_DATA_BUFFER_SIZE and ParseFile's BUF_SIZE.
    static let defaultBufferSize: Int32 = 8192
    static let readSize = 2048

    @inline(__always)
    static func state(_ v: Value) -> Parser { v.layout(Object.self) }

    static func setUp() {
        let type = Krait_xmlParser_type!
        ModuleTypes.define(type, "pyexpat.xmlparser", size: MemoryLayout<Object>.size, doc: ExpatDocs.parserType, base: false,
                           traverse: { o, visit, arg in
                               let p = o!.layout(Object.self)
                               Trace.visit(p.pointee.intern, visit, arg)
                               Trace.visit(p.pointee.parent, visit, arg)
                               ByteBlocks.visit(p.pointee.buffer, visit, arg)
                               for i in 0..<ExpatHandlers.names.count { Trace.visit(ExpatHandlers.slots(p)[i], visit, arg) }
                               return 0
                           })
        type.pointee.tp_finalize = { o in
            let p = o!.layout(Object.self)
            if let itself = p.pointee.itself { XML_ParserFree(OpaquePointer(itself)) }
            p.pointee.itself = nil
        }
        type.pointee.tp_methods = TypeSetup.methodTable(ExpatMethods.specs)
        type.pointee.tp_getset = ExpatAttributes.table()
    }

    /// `newxmlparseobject` around a parser just created.
    static func make(_ parser: OpaquePointer, intern: Value) -> Value {
        let v = Value(ModuleTypes.allocate(Krait_xmlParser_type))
        let p = state(v)
        p.pointee.itself = UnsafeMutableRawPointer(parser)
        p.pointee.intern = intern
        p.pointee.buffer_size = defaultBufferSize
        XML_SetUserData(parser, UnsafeMutableRawPointer(p))
        XML_SetUnknownEncodingHandler(parser, ExpatEncoding.handler, nil)
        return v
    }

    /// The object's expat parser; a finalized (resurrected) object has none.
    static func expat(_ v: Value) throws(PyException) -> OpaquePointer {
        guard let itself = state(v).pointee.itself else { throw PyException(Krait_exc_RuntimeError, "parser has been freed") }
        return OpaquePointer(itself)
    }

    /// `get_parse_result`: a handler's exception first, then expat's error, then the
    /// buffered character data goes out.
    static func result(_ v: Value, _ status: XML_Status) throws(PyException) -> Value {
        if CBoundary.hasPending { throw CBoundary.takePending() }
        let x = try expat(v)
        if status == XML_STATUS_ERROR { throw ExpatErrors.error(x, XML_GetErrorCode(x)) }
        guard ExpatBuffer.flush(state(v)) else { throw CBoundary.takePending() }
        return IntObject.make(Int(status.rawValue))
    }

    /// `Parse(data, isfinal=False)`: a str is parsed as its UTF-8 bytes.
    static func parse(_ v: Value, _ data: Value, final: Bool) throws(PyException) -> Value {
        let x = try expat(v)
        var input = data
        if ModuleTypes.isStr(data) {
            XML_SetEncoding(x, "utf-8")
            input = try ExpatText.utf8(data)
        }
        let region = try BufferArguments.readable(input)
        if BytesLike.isBytes(input) {
            return try result(v, feed(x, UnsafeRawBufferPointer(start: region.data, count: region.count), final: final))
        }
        // A handler could resize a bytearray under expat; it reads a copy.
        let copy = Array(region.bytes)
        return try result(v, copy.withUnsafeBytes { feed(x, $0, final: final) })
    }

    /// XML_Parse over `data` in pieces expat's int length can hold, as CPython's
    /// `pyexpat_xmlparser_Parse_impl`; only the last piece is final.
    static func feed(_ x: OpaquePointer, _ data: UnsafeRawBufferPointer, final: Bool) -> XML_Status {
        var start = data.baseAddress?.assumingMemoryBound(to: CChar.self), left = data.count
        while left > Int(Int32.max) {
            let status = XML_Parse(x, start, Int32.max, 0)
            if status == XML_STATUS_ERROR || CBoundary.hasPending { return status }
            start = start.map { $0 + Int(Int32.max) }
            left -= Int(Int32.max)
        }
        return XML_Parse(x, start, Int32(left), final ? 1 : 0)
    }

    /// `ParseFile(file)`: the file's `read(2048)` until it gives b''.
    static func parseFile(_ v: Value, _ file: Value) throws(PyException) -> Value {
        let x = try expat(v)
        guard let read = try Protocols.lookupAttribute(file, Interned.literal("read")) else {
            throw PyException.typeError("argument must have 'read' attribute")
        }
        var status = XML_STATUS_OK
        while true {
            guard let buffer = XML_GetBuffer(x, Int32(readSize)) else { return try result(v, XML_STATUS_ERROR) }
            let chunk = try Protocols.call(read, IntObject.make(readSize))
            guard BytesLike.isBytes(chunk) else {
                throw PyException.typeError("read() did not return a bytes object (type=\(TypeObject.name(chunk.type)))")
            }
            let count = Bytes.count(chunk)
            if count > readSize {
                throw PyException.valueError("read() returned too much data: \(readSize) bytes requested, \(count) returned")
            }
            buffer.copyMemory(from: Bytes.data(chunk), byteCount: count)
            status = XML_ParseBuffer(x, Int32(count), count == 0 ? 1 : 0)
            if CBoundary.hasPending { throw CBoundary.takePending() }
            if status == XML_STATUS_ERROR || count == 0 { break }
        }
        return try result(v, status)
    }

    /// `ExternalEntityParserCreate(context, encoding)`: a parser for an external
    /// entity met while this one parses, with this one's settings and handlers.
    static func externalEntityParser(_ v: Value, context: String?, encoding: String?) throws(PyException) -> Value {
        let x = try expat(v)
        let created: OpaquePointer? = context.withOptionalCString { c in
            encoding.withOptionalCString { e in XML_ExternalEntityParserCreate(x, c, e) }
        }
        guard let created else { throw PyException(Krait_exc_MemoryError, arguments: []) }
        let child = make(created, intern: state(v).pointee.intern)
        let p = state(v), c = state(child)
        c.pointee.parent = v
        c.pointee.buffer_size = p.pointee.buffer_size
        if p.pointee.buffer != nil { ExpatBuffer.allocate(c) }
        c.pointee.ordered_attributes = p.pointee.ordered_attributes
        c.pointee.specified_attributes = p.pointee.specified_attributes
        c.pointee.ns_prefixes = p.pointee.ns_prefixes
        for i in 0..<ExpatHandlers.names.count where !ExpatHandlers.slots(p)[i].isEmpty {
            ExpatHandlers.slots(c)[i] = ExpatHandlers.slots(p)[i]
            ExpatHandlers.install(c, i, on: true)
        }
        return child
    }
}
