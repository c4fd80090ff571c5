import CExpat
import ObjectLayout
import ObjectModel

/// The Python handlers of an xmlparser and the expat callbacks that call them, with
/// CPython's arguments. A handler that raises leaves its exception pending and clears
/// every handler (`flag_error`), so expat runs on to the end of the data silently.
enum ExpatHandlers {
    typealias Parser = UnsafeMutablePointer<KraitXMLParserObject>

    /// CPython's handler_info order, which the `handlers` array follows.
    static let names = [
        "StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
        "UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
        "CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler", "DefaultHandlerExpand",
        "NotStandaloneHandler", "ExternalEntityRefHandler", "StartDoctypeDeclHandler", "EndDoctypeDeclHandler",
        "EntityDeclHandler", "XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler", "SkippedEntityHandler",
    ]
    static let characterDataIndex = 3

    static let handlersOffset = MemoryLayout<KraitXMLParserObject>.offset(of: \.handlers)!

    @inline(__always)
    static func slots(_ p: Parser) -> UnsafeMutablePointer<Value> {
        (UnsafeMutableRawPointer(p) + handlersOffset).assumingMemoryBound(to: Value.self)
    }

    @inline(__always)
    static func parser(_ userData: UnsafeMutableRawPointer?) -> Parser { userData!.assumingMemoryBound(to: KraitXMLParserObject.self) }

    @inline(__always)
    static func expat(_ p: Parser) -> OpaquePointer { OpaquePointer(p.pointee.itself!) }

    /// `flag_error`: the exception stays pending; no handler runs after it.
    static func flagError(_ p: Parser, _ error: PyException) {
        CBoundary.setPending(error)
        for i in 0..<names.count {
            slots(p)[i] = .empty
            install(p, i, on: false)
        }
        XML_SetExternalEntityRefHandler(expat(p)) { _, _, _, _, _ in 0 }
    }

    /// One callback: handler `i`, if set and nothing failed before, called by `body`
    /// after the buffered character data went to its handler.
    @inline(__always)
    static func callback(_ p: Parser, _ i: Int, _ body: (Value) throws(PyException) -> Void) {
        if CBoundary.hasPending || slots(p)[i].isEmpty { return }
        guard ExpatBuffer.flush(p) else { return }
        let handler = slots(p)[i]
        if handler.isEmpty { return }
        p.pointee.in_callback = 1
        defer { p.pointee.in_callback = 0 }
        do throws(PyException) {
            try body(handler)
        } catch {
            flagError(p, error)
        }
    }

    /// The callbacks whose handler's result is expat's int (NotStandalone, ExternalEntityRef).
    static func intCallback(_ p: Parser, _ i: Int, _ body: (Value) throws(PyException) -> Value) -> Int32 {
        var rc: Int32 = 0
        callback(p, i) { h throws(PyException) in
            rc = Int32(truncatingIfNeeded: try Protocols.cInt(try body(h)))
        }
        return rc
    }

    static func string(_ s: UnsafePointer<CChar>?) -> Value { ExpatText.string(s) }

    static func name(_ p: Parser, _ s: UnsafePointer<CChar>?) throws(PyException) -> Value { try ExpatText.interned(p, s) }

    /// Sets or clears expat's callback for handler `i`.
    static func install(_ p: Parser, _ i: Int, on: Bool) {
        let x = ExpatHandlers.expat(p)
        switch i {
        case 0: XML_SetStartElementHandler(x, on ? startElement : nil)
        case 1: XML_SetEndElementHandler(x, on ? { u, n in
                let p = ExpatHandlers.parser(u)
                ExpatHandlers.callback(p, 1) { h throws(PyException) in _ = try Protocols.call(h, try ExpatHandlers.name(p, n)) }
            } : nil)
        case 2: XML_SetProcessingInstructionHandler(x, on ? { u, target, data in
                let p = ExpatHandlers.parser(u)
                ExpatHandlers.callback(p, 2) { h throws(PyException) in _ = try Protocols.call(h, try ExpatHandlers.name(p, target), ExpatHandlers.string(data)) }
            } : nil)
        case 3: XML_SetCharacterDataHandler(x, on ? { u, data, count in
                let p = ExpatHandlers.parser(u)
                if !CBoundary.hasPending { ExpatBuffer.add(p, data!, Int(count)) }
            } : nil)
        case 4: XML_SetUnparsedEntityDeclHandler(x, on ? { u, entity, base, systemId, publicId, notation in
                let p = ExpatHandlers.parser(u)
                ExpatHandlers.callback(p, 4) { h throws(PyException) in
                    _ = try Protocols.call(h, try ExpatHandlers.name(p, entity), try ExpatHandlers.name(p, base), try ExpatHandlers.name(p, systemId), try ExpatHandlers.name(p, publicId),
                                           try ExpatHandlers.name(p, notation))
                }
            } : nil)
        case 5: XML_SetNotationDeclHandler(x, on ? { u, notation, base, systemId, publicId in
                let p = ExpatHandlers.parser(u)
                ExpatHandlers.callback(p, 5) { h throws(PyException) in
                    _ = try Protocols.call(h, try ExpatHandlers.name(p, notation), try ExpatHandlers.name(p, base), try ExpatHandlers.name(p, systemId), try ExpatHandlers.name(p, publicId))
                }
            } : nil)
        case 6: XML_SetStartNamespaceDeclHandler(x, on ? { u, prefix, uri in
                let p = ExpatHandlers.parser(u)
                ExpatHandlers.callback(p, 6) { h throws(PyException) in _ = try Protocols.call(h, try ExpatHandlers.name(p, prefix), try ExpatHandlers.name(p, uri)) }
            } : nil)
        case 7: XML_SetEndNamespaceDeclHandler(x, on ? { u, prefix in
                let p = ExpatHandlers.parser(u)
                ExpatHandlers.callback(p, 7) { h throws(PyException) in _ = try Protocols.call(h, try ExpatHandlers.name(p, prefix)) }
            } : nil)
        case 8: XML_SetCommentHandler(x, on ? { u, data in
                let p = ExpatHandlers.parser(u)
                ExpatHandlers.callback(p, 8) { h throws(PyException) in _ = try Protocols.call(h, ExpatHandlers.string(data)) }
            } : nil)
        case 9: XML_SetStartCdataSectionHandler(x, on ? { u in
                ExpatHandlers.callback(ExpatHandlers.parser(u), 9) { h throws(PyException) in _ = try Protocols.call(h) }
            } : nil)
        case 10: XML_SetEndCdataSectionHandler(x, on ? { u in
                ExpatHandlers.callback(ExpatHandlers.parser(u), 10) { h throws(PyException) in _ = try Protocols.call(h) }
            } : nil)
        case 11: XML_SetDefaultHandler(x, on ? { u, s, count in
                ExpatHandlers.callback(ExpatHandlers.parser(u), 11) { h throws(PyException) in _ = try Protocols.call(h, ExpatText.string(s!, count: Int(count))) }
            } : nil)
        case 12: XML_SetDefaultHandlerExpand(x, on ? { u, s, count in
                ExpatHandlers.callback(ExpatHandlers.parser(u), 12) { h throws(PyException) in _ = try Protocols.call(h, ExpatText.string(s!, count: Int(count))) }
            } : nil)
        case 13: XML_SetNotStandaloneHandler(x, on ? { u in
                ExpatHandlers.intCallback(ExpatHandlers.parser(u), 13) { h throws(PyException) in try Protocols.call(h) }
            } : nil)
        case 14: XML_SetExternalEntityRefHandler(x, on ? { x, context, base, systemId, publicId in
                // Expat passes the parser here, not the user data; that is the parser's
                // first field, which the XML_GetUserData macro (not importable) reads.
                let p = ExpatHandlers.parser(UnsafeMutableRawPointer(x!).load(as: UnsafeMutableRawPointer?.self))
                return ExpatHandlers.intCallback(p, 14) { h throws(PyException) in
                    try Protocols.call(h, ExpatHandlers.string(context), try ExpatHandlers.name(p, base), try ExpatHandlers.name(p, systemId), try ExpatHandlers.name(p, publicId))
                }
            } : nil)
        case 15: XML_SetStartDoctypeDeclHandler(x, on ? { u, doctype, systemId, publicId, internalSubset in
                let p = ExpatHandlers.parser(u)
                ExpatHandlers.callback(p, 15) { h throws(PyException) in
                    _ = try Protocols.call(h, try ExpatHandlers.name(p, doctype), try ExpatHandlers.name(p, systemId), try ExpatHandlers.name(p, publicId),
                                           IntObject.make(Int(internalSubset)))
                }
            } : nil)
        case 16: XML_SetEndDoctypeDeclHandler(x, on ? { u in
                ExpatHandlers.callback(ExpatHandlers.parser(u), 16) { h throws(PyException) in _ = try Protocols.call(h) }
            } : nil)
        case 17: XML_SetEntityDeclHandler(x, on ? entityDecl : nil)
        case 18: XML_SetXmlDeclHandler(x, on ? { u, version, encoding, standalone in
                ExpatHandlers.callback(ExpatHandlers.parser(u), 18) { h throws(PyException) in
                    _ = try Protocols.call(h, ExpatHandlers.string(version), ExpatHandlers.string(encoding), IntObject.make(Int(standalone)))
                }
            } : nil)
        case 19: XML_SetElementDeclHandler(x, on ? { u, elementName, model in
                let p = ExpatHandlers.parser(u)
                defer { XML_FreeContentModel(ExpatHandlers.expat(p), model) }
                ExpatHandlers.callback(p, 19) { h throws(PyException) in _ = try Protocols.call(h, try ExpatHandlers.name(p, elementName), ExpatHandlers.contentModel(model!)) }
            } : nil)
        case 20: XML_SetAttlistDeclHandler(x, on ? { u, element, attribute, type, value, required in
                let p = ExpatHandlers.parser(u)
                ExpatHandlers.callback(p, 20) { h throws(PyException) in
                    _ = try Protocols.call(h, try ExpatHandlers.name(p, element), try ExpatHandlers.name(p, attribute), ExpatHandlers.string(type), ExpatHandlers.string(value),
                                           IntObject.make(Int(required)))
                }
            } : nil)
        default: XML_SetSkippedEntityHandler(x, on ? { u, entity, parameter in
                let p = ExpatHandlers.parser(u)
                ExpatHandlers.callback(p, 21) { h throws(PyException) in _ = try Protocols.call(h, try ExpatHandlers.name(p, entity), IntObject.make(Int(parameter))) }
            } : nil)
        }
    }

    /// StartElementHandler(name, attributes): a dict of the attributes, or with
    /// ordered_attributes a flat list of names and values; with specified_attributes
    /// only those the document gives (no DTD defaults).
    static let startElement: XML_StartElementHandler = { u, elementName, attributes in
        let p = ExpatHandlers.parser(u)
        ExpatHandlers.callback(p, 0) { h throws(PyException) in
            var count = 0
            if p.pointee.specified_attributes != 0 {
                count = Int(XML_GetSpecifiedAttributeCount(ExpatHandlers.expat(p)))
            } else {
                while attributes![count] != nil { count += 2 }
            }
            let container = p.pointee.ordered_attributes != 0 ? List.new(capacity: count) : Dict.new()
            var i = 0
            while i < count {
                let key = try ExpatHandlers.name(p, attributes![i])
                let value = ExpatHandlers.string(attributes![i + 1])
                if p.pointee.ordered_attributes != 0 {
                    List.append(container, key)
                    List.append(container, value)
                } else {
                    try Dict.setItem(container, key, value)
                }
                i += 2
            }
            _ = try Protocols.call(h, try ExpatHandlers.name(p, elementName), container)
        }
    }

    /// EntityDeclHandler(entityName, is_parameter_entity, value, base, systemId,
    /// publicId, notationName); value is None for an external entity.
    static let entityDecl: XML_EntityDeclHandler = { u, entity, parameter, value, length, base, systemId, publicId, notation in
        let p = ExpatHandlers.parser(u)
        ExpatHandlers.callback(p, 17) { h throws(PyException) in
            let text = value.map { ExpatText.string($0, count: Int(length)) } ?? .none
            _ = try Protocols.call(h, try ExpatHandlers.name(p, entity), IntObject.make(Int(parameter)), text, try ExpatHandlers.name(p, base),
                                   try ExpatHandlers.name(p, systemId), try ExpatHandlers.name(p, publicId), try ExpatHandlers.name(p, notation))
        }
    }

    /// `conv_content_model`: (type, quant, name, children) with the children likewise.
    static func contentModel(_ m: UnsafeMutablePointer<XML_Content>) -> Value {
        let count = Int(m.pointee.numchildren)
        let children = Tuple.allocate(count: count)
        for i in 0..<count { Tuple.items(children)[i] = ExpatHandlers.contentModel(m.pointee.children + i) }
        let result = Tuple.allocate(count: 4)
        Tuple.items(result)[0] = IntObject.make(Int(m.pointee.type.rawValue))
        Tuple.items(result)[1] = IntObject.make(Int(m.pointee.quant.rawValue))
        Tuple.items(result)[2] = ExpatHandlers.string(m.pointee.name)
        Tuple.items(result)[3] = children
        return result
    }
}
