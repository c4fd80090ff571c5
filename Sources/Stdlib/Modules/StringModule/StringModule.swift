import ObjectLayout
import ObjectModel

/// The `_string` module: string.Formatter's access to str.format's parser, as lazy
/// iterators over a format string and over a field name.
enum StringModule {
    nonisolated(unsafe) static var typesReady = false

    static func setUpTypes() throws(PyException) {
        if typesReady { return }
        typesReady = true
        let traverse: traverseproc = { o, visit, arg in
            Trace.visit(o!.layout(KraitFormatterIterObject.self).pointee.str, visit, arg)
            return 0
        }
        ModuleTypes.define(Krait_formatterIterator_type, "formatteriterator", size: MemoryLayout<KraitFormatterIterObject>.size,
                           doc: nil, base: false, traverse: traverse)
        ModuleTypes.iterator(Krait_formatterIterator_type) { o in
            ModuleTypes.iternext(o) { v throws(PyException) in try StringModule.nextChunk(v) }
        }
        ModuleTypes.define(Krait_fieldNameIterator_type, "fieldnameiterator", size: MemoryLayout<KraitFormatterIterObject>.size,
                           doc: nil, base: false, traverse: traverse)
        ModuleTypes.iterator(Krait_fieldNameIterator_type) { o in
            ModuleTypes.iternext(o) { v throws(PyException) in try StringModule.nextPart(v) }
        }
        try TypeSetup.ready(Krait_formatterIterator_type)
        try TypeSetup.ready(Krait_fieldNameIterator_type)
    }

    static func create() throws(PyException) -> Value {
        try setUpTypes()
        return try NativeModule.make("_string", doc: "string helper module", functions: [
            MethodSpec("formatter_parser", doc: "parse the argument as a format string") { _, a, n, k in
                MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in
                    let s = try StringModule.string(try args.one("_string.formatter_parser"))
                    return StringModule.iterator(Krait_formatterIterator_type, s, from: 0)
                }
            },
            MethodSpec("formatter_field_name_split", doc: "split the argument as a field name") { _, a, n, k in
                MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in
                    let s = try StringModule.string(try args.one("_string.formatter_field_name_split"))
                    let (first, end) = try FormatString.firstPart(s, 0..<Str.length(s))
                    return Tuple.make(first, StringModule.iterator(Krait_fieldNameIterator_type, s, from: end))
                }
            },
        ])
    }

    static func string(_ v: Value) throws(PyException) -> Value {
        guard TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("expected str, got \(TypeObject.name(v.type))")
        }
        return v
    }

    static func iterator(_ type: TypePointer, _ s: Value, from start: Int) -> Value {
        let object = ModuleTypes.allocate(type)
        let it = object.layout(KraitFormatterIterObject.self)
        it.pointee.str = s
        it.pointee.pos = start
        it.pointee.end = Str.length(s)
        return Value(object)
    }

    /// `(literal, field_name, format_spec, conversion)`, the last three None after
    /// literal text with no field.
    static func nextChunk(_ v: Value) throws(PyException) -> Value? {
        let it = v.layout(KraitFormatterIterObject.self)
        guard it.pointee.pos < it.pointee.end else { return nil }
        let s = it.pointee.str
        let (literal, field) = try FormatString.nextChunk(s, &it.pointee.pos)
        let text = Str.substring(s, literal)
        guard let field else { return Tuple.make([text, .none, .none, .none]) }
        // Each piece is a local (a root) before the next is made.
        let name = Str.substring(s, field.name), spec = Str.substring(s, field.spec)
        let conversion = field.conversion == 0 ? Value.none : Str.make(codePoints: [field.conversion])
        return Tuple.make([text, name, spec, conversion])
    }

    /// `(is_attribute, key)` for each part after the first.
    static func nextPart(_ v: Value) throws(PyException) -> Value? {
        let it = v.layout(KraitFormatterIterObject.self)
        guard it.pointee.pos < it.pointee.end else { return nil }
        let (isAttribute, key) = try FormatString.nextPart(it.pointee.str, &it.pointee.pos, it.pointee.end)
        return Tuple.make(.bool(isAttribute), key)
    }
}
