import CExpat
import ObjectLayout
import ObjectModel

/// The attributes of `pyexpat.xmlparser`, all getsets as in CPython 3.11: the
/// handlers, the buffering and attribute options, and expat's positions.
enum ExpatAttributes {
    typealias Parser = UnsafeMutablePointer<KraitXMLParserObject>

    static func parser(_ o: UnsafeMutablePointer<PyObject>?) -> Parser { o!.layout(KraitXMLParserObject.self) }

    /// A setter's body with CPython's refusal to delete.
    static func setting(_ v: UnsafeMutablePointer<PyObject>?, _ body: (Value) throws(PyException) -> Void) -> Int32 {
        CBoundary.status { () throws(PyException) in
            guard let v else { throw PyException(Krait_exc_RuntimeError, "Cannot delete attribute") }
            try body(Value(v))
        }
    }

    static func flag(_ name: String, _ path: WritableKeyPath<KraitXMLParserObject, CChar>) -> GetSetSpec {
        // The key path is found again from the name: getset functions cannot capture.
        GetSetSpec(name, get: { o, closure in
            Value.bool(ExpatAttributes.parser(o).pointee[keyPath: ExpatAttributes.flagPath(closure)] != 0).object
        }, set: { o, v, closure in
            ExpatAttributes.setting(v) { value throws(PyException) in
                let p = ExpatAttributes.parser(o)
                p.pointee[keyPath: ExpatAttributes.flagPath(closure)] = try Protocols.isTrue(value) ? 1 : 0
                if ExpatAttributes.flagPath(closure) == \KraitXMLParserObject.ns_prefixes, let x = p.pointee.itself {
                    XML_SetReturnNSTriplet(OpaquePointer(x), Int32(p.pointee.ns_prefixes))
                }
            }
        })
    }

    static let flagPaths: [WritableKeyPath<KraitXMLParserObject, CChar>] = [\.ordered_attributes, \.specified_attributes, \.ns_prefixes]

    static func flagPath(_ closure: UnsafeMutableRawPointer?) -> WritableKeyPath<KraitXMLParserObject, CChar> {
        flagPaths[Int(bitPattern: closure) - 1]
    }

    /// One of expat's numbers about the current (or failing) position.
    static func position(_ name: String, _ get: getter) -> GetSetSpec { GetSetSpec(name, get: get) }

    static func number(_ o: UnsafeMutablePointer<PyObject>?, _ read: (OpaquePointer) -> Int) -> UnsafeMutablePointer<PyObject>? {
        guard let x = ExpatAttributes.parser(o).pointee.itself else { return IntObject.make(0).object }
        return Boxing.object(IntObject.make(read(OpaquePointer(x))))
    }

    static func table() -> UnsafeMutablePointer<PyGetSetDef> {
        var specs: [GetSetSpec] = []
        for name in ExpatHandlers.names {
            specs.append(GetSetSpec(name, get: { o, closure in
                let handler = ExpatHandlers.slots(ExpatAttributes.parser(o))[Int(bitPattern: closure) - 1]
                return Boxing.object(handler.isEmpty ? .none : handler)
            }, set: { o, v, closure in
                ExpatAttributes.setting(v) { value throws(PyException) in
                    let p = ExpatAttributes.parser(o)
                    let i = Int(bitPattern: closure) - 1
                    if i == ExpatHandlers.characterDataIndex && !ExpatBuffer.flush(p) { throw CBoundary.takePending() }
                    ExpatHandlers.slots(p)[i] = value == .none ? .empty : value
                    if p.pointee.itself != nil { ExpatHandlers.install(p, i, on: value != .none) }
                }
            }))
        }
        let handlerCount = specs.count
        specs += [flag("ordered_attributes", \.ordered_attributes), flag("specified_attributes", \.specified_attributes),
                  flag("namespace_prefixes", \.ns_prefixes)]
        specs += [
            GetSetSpec("buffer_text", get: { o, _ in Value.bool(ExpatAttributes.parser(o).pointee.buffer != nil).object }, set: { o, v, _ in
                ExpatAttributes.setting(v) { value throws(PyException) in
                    let p = ExpatAttributes.parser(o)
                    if try Protocols.isTrue(value) {
                        if p.pointee.buffer == nil { ExpatBuffer.allocate(p) }
                    } else if p.pointee.buffer != nil {
                        guard ExpatBuffer.flush(p) else { throw CBoundary.takePending() }
                        p.pointee.buffer = nil
                    }
                }
            }),
            GetSetSpec("buffer_size", get: { o, _ in Boxing.object(IntObject.make(Int(ExpatAttributes.parser(o).pointee.buffer_size))) }, set: { o, v, _ in
                ExpatAttributes.setting(v) { value throws(PyException) in
                    guard TypeObject.isSubtype(value.type, of: Krait_int_type) || value.isSmallInt else {
                        throw PyException.typeError("buffer_size must be an integer")
                    }
                    guard let size = IntObject.machineValue(value) else {
                        throw PyException.overflowError("Python int too large to convert to C long")
                    }
                    if size <= 0 { throw PyException.valueError("buffer_size must be greater than zero") }
                    let p = ExpatAttributes.parser(o)
                    if size == Int(p.pointee.buffer_size) { return }
                    if size > Int(Int32.max) { throw PyException.valueError("buffer_size must not be greater than \(Int32.max)") }
                    if p.pointee.buffer != nil {
                        guard ExpatBuffer.flush(p) else { throw CBoundary.takePending() }
                        p.pointee.buffer_size = Int32(size)
                        ExpatBuffer.allocate(p)
                    }
                    p.pointee.buffer_size = Int32(size)
                }
            }),
            GetSetSpec("buffer_used", get: { o, _ in Boxing.object(IntObject.make(Int(ExpatAttributes.parser(o).pointee.buffer_used))) }),
            GetSetSpec("intern", get: { o, _ in
                let intern = ExpatAttributes.parser(o).pointee.intern
                return Boxing.object(intern.isEmpty ? .none : intern)
            }),
            position("ErrorCode") { o, _ in ExpatAttributes.number(o) { Int(XML_GetErrorCode($0).rawValue) } },
            position("ErrorLineNumber") { o, _ in ExpatAttributes.number(o) { Int(XML_GetCurrentLineNumber($0)) } },
            position("ErrorColumnNumber") { o, _ in ExpatAttributes.number(o) { Int(XML_GetCurrentColumnNumber($0)) } },
            position("ErrorByteIndex") { o, _ in ExpatAttributes.number(o) { Int(XML_GetCurrentByteIndex($0)) } },
            position("CurrentLineNumber") { o, _ in ExpatAttributes.number(o) { Int(XML_GetCurrentLineNumber($0)) } },
            position("CurrentColumnNumber") { o, _ in ExpatAttributes.number(o) { Int(XML_GetCurrentColumnNumber($0)) } },
            position("CurrentByteIndex") { o, _ in ExpatAttributes.number(o) { Int(XML_GetCurrentByteIndex($0)) } },
        ]
        let table = MemberDescriptors.getSetTable(specs)
        // The closure tells a shared getset function which handler or flag it serves.
        for i in 0..<handlerCount { table[i].closure = UnsafeMutableRawPointer(bitPattern: i + 1) }
        for i in 0..<flagPaths.count { table[handlerCount + i].closure = UnsafeMutableRawPointer(bitPattern: i + 1) }
        return table
    }
}
