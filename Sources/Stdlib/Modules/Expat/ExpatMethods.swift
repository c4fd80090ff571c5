import CExpat
import ObjectLayout
import ObjectModel

/// The methods of `pyexpat.xmlparser`, with Argument Clinic's checks.
enum ExpatMethods {
    static var specs: [MethodSpec] {
        [
            MethodSpec("Parse", doc: ExpatDocs.parse) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let p = try args.parse("Parse", ["data", "isfinal"], required: 1, positionalOnly: 2)
                    let final = try p[1].map { v throws(PyException) in try Protocols.cInt(v) != 0 } ?? false
                    return try ExpatParser.parse(s, p[0]!, final: final)
                }
            },
            MethodSpec("ParseFile", doc: ExpatDocs.parseFile) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try ExpatParser.parseFile(s, try args.parse("ParseFile", ["file"], required: 1, positionalOnly: 1)[0]!)
                }
            },
            MethodSpec("SetBase", doc: ExpatDocs.setBase) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let base = try args.parse("SetBase", ["base"], required: 1, positionalOnly: 1)[0]!
                    guard ModuleTypes.isStr(base) else {
                        throw PyException.typeError("SetBase() argument must be str, not \(TypeObject.name(base.type))")
                    }
                    let x = try ExpatParser.expat(s)
                    guard XML_SetBase(x, Str.swiftString(base)) == XML_STATUS_OK else { throw PyException(Krait_exc_MemoryError, arguments: []) }
                    return .none
                }
            },
            MethodSpec("GetBase", doc: ExpatDocs.getBase) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("GetBase")
                    return ExpatText.string(XML_GetBase(try ExpatParser.expat(s)))
                }
            },
            MethodSpec("GetInputContext", doc: ExpatDocs.getInputContext) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("GetInputContext")
                    guard ExpatParser.state(s).pointee.in_callback != 0 else { return .none }
                    var offset: Int32 = 0, size: Int32 = 0
                    guard let context = XML_GetInputContext(try ExpatParser.expat(s), &offset, &size) else { return .none }
                    return Bytes.make(UnsafeRawBufferPointer(start: context + Int(offset), count: Int(size - offset)))
                }
            },
            MethodSpec("ExternalEntityParserCreate", doc: ExpatDocs.externalEntityParserCreate) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let name = "ExternalEntityParserCreate"
                    let p = try args.parse(name, ["context", "encoding"], required: 1, positionalOnly: 2)
                    let context = p[0]!
                    guard context == .none || ModuleTypes.isStr(context) else {
                        throw PyException.typeError("\(name)() argument 1 must be str or None, not \(TypeObject.name(context.type))")
                    }
                    var encoding: String?
                    if let e = p[1] {
                        guard ModuleTypes.isStr(e) else {
                            throw PyException.typeError("\(name)() argument 2 must be str, not \(TypeObject.name(e.type))")
                        }
                        encoding = Str.swiftString(e)
                    }
                    return try ExpatParser.externalEntityParser(s, context: context == .none ? nil : Str.swiftString(context),
                                                                encoding: encoding)
                }
            },
            MethodSpec("SetParamEntityParsing", doc: ExpatDocs.setParamEntityParsing) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let flag = try args.parse("SetParamEntityParsing", ["flag"], required: 1, positionalOnly: 1)[0]!
                    let value = try Protocols.cInt(flag)
                    let done = XML_SetParamEntityParsing(try ExpatParser.expat(s),
                                                         XML_ParamEntityParsing(rawValue: UInt32(truncatingIfNeeded: value)))
                    return IntObject.make(Int(done))
                }
            },
            MethodSpec("UseForeignDTD", doc: ExpatDocs.useForeignDTD) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let flag = try args.parse("UseForeignDTD", ["flag"], positionalOnly: 1)[0]
                    let on = try flag.map { v throws(PyException) in try Protocols.isTrue(v) } ?? true
                    let x = try ExpatParser.expat(s)
                    let rc = XML_UseForeignDTD(x, on ? 1 : 0)
                    if rc != XML_ERROR_NONE { throw ExpatErrors.error(x, rc) }
                    return .none
                }
            },
        ]
    }
}
