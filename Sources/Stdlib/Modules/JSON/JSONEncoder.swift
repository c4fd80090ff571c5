import ObjectLayout
import ObjectModel

/// `_json.make_encoder(markers, default, encoder, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`: `JSONEncoder.iterencode`'s
/// one-shot form, CPython 3.11's `encoder_listencode_obj`. Calling it with
/// `(obj, _current_indent_level)` gives a list of the whole text. `indent` is
/// kept but unused, as in CPython (json.encoder only uses this without one).
enum JSONEncoder {
    typealias Object = KraitJSONEncoderObject
    typealias Encoder = UnsafeMutablePointer<Object>

    static let parameters = ["markers", "default", "encoder", "indent", "key_separator", "item_separator",
                             "sort_keys", "skipkeys", "allow_nan"]

    static func setUp() {
        let type = Krait_jsonEncoder_type!
        ModuleTypes.define(type, "_json.Encoder", size: MemoryLayout<Object>.size,
                           doc: "_iterencode(obj, _current_indent_level) -> iterable", base: false,
                           traverse: { o, visit, arg in
                               let e = o!.layout(KraitJSONEncoderObject.self)
                               Trace.visit(e.pointee.markers, visit, arg)
                               Trace.visit(e.pointee.defaultfn, visit, arg)
                               Trace.visit(e.pointee.encoder, visit, arg)
                               Trace.visit(e.pointee.indent, visit, arg)
                               Trace.visit(e.pointee.key_separator, visit, arg)
                               Trace.visit(e.pointee.item_separator, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in try JSONEncoder.make(type, args) })
        type.pointee.kr_call = { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let p = try Arguments(a, n, k).parse("_iterencode", ["obj", "_current_indent_level"], required: 2)
                _ = try JSONErrors.size(p[1]!)
                var out = StrWriter()
                try JSONEncoder.encode(s.layout(KraitJSONEncoderObject.self), p[0]!, into: &out)
                return List.make([out.finish()])
            }
        }
        let member = { (name: String, path: KeyPath<Object, KraitValue>) in
            (name: name, type: Int32(T_KRAIT_VALUE), offset: MemoryLayout<Object>.offset(of: path)!, readOnly: true, doc: Optional(name))
        }
        type.pointee.tp_members = MemberDescriptors.memberTable([
            member("markers", \.markers), member("default", \.defaultfn), member("encoder", \.encoder),
            member("indent", \.indent), member("key_separator", \.key_separator), member("item_separator", \.item_separator),
            member("sort_keys", \.sort_keys), member("skipkeys", \.skipkeys),
        ])
    }

    /// The nine arguments by position or name, with PyArg_ParseTupleAndKeywords's checks.
    static func arguments(_ args: Arguments) throws(PyException) -> [Value] {
        let total = args.count + args.keywordCount
        if total > parameters.count {
            throw PyException.typeError("make_encoder() takes at most 9 arguments (\(total) given)")
        }
        var values = Array(repeating: Value.empty, count: parameters.count)
        for i in 0..<args.count { values[i] = args[i] }
        for k in 0..<args.keywordCount {
            let name = Str.swiftString(Tuple.item(args.kwnames, k))
            guard let i = parameters.firstIndex(of: name) else {
                throw PyException.typeError("'\(name)' is an invalid keyword argument for make_encoder()")
            }
            if i < args.count {
                throw PyException.typeError("argument for make_encoder() given by name ('\(name)') and position (\(i + 1))")
            }
            values[i] = args[args.count + k]
        }
        if let missing = values.firstIndex(where: { $0.isEmpty }) {
            throw PyException.typeError("make_encoder() missing required argument '\(parameters[missing])' (pos \(missing + 1))")
        }
        return values
    }

    static func make(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        // The values stay reachable through the arguments while the object is made.
        let v = try arguments(args)
        for i in [4, 5] where !ModuleTypes.isStr(v[i]) {
            throw PyException.typeError("make_encoder() argument \(i + 1) must be str, not \(TypeObject.argumentTypeName(v[i]))")
        }
        let sortKeys = try Protocols.isTrue(v[6]), skipKeys = try Protocols.isTrue(v[7]), allowNaN = try Protocols.isTrue(v[8])
        if v[0] != .none && !TypeObject.isSubtype(v[0].type, of: Krait_dict_type) {
            throw PyException.typeError("make_encoder() argument 1 must be dict or None, not \(String(cString: v[0].type.pointee.tp_name))")
        }
        let object = Value(ModuleTypes.allocate(type))
        let e = object.layout(Object.self)
        e.pointee.markers = v[0]
        e.pointee.defaultfn = v[1]
        e.pointee.encoder = v[2]
        e.pointee.indent = v[3]
        e.pointee.key_separator = v[4]
        e.pointee.item_separator = v[5]
        e.pointee.sort_keys = .bool(sortKeys)
        e.pointee.skipkeys = .bool(skipKeys)
        e.pointee.allow_nan = allowNaN ? 1 : 0
        e.pointee.fast_encode = JSONModule.fastEncoding(v[2])
        return object
    }

    /// A str as JSON: this module's escaping, or the `encoder` callable's result.
    static func encodeString(_ e: Encoder, _ s: Value, into out: inout StrWriter) throws(PyException) {
        switch e.pointee.fast_encode {
        case 1: JSONStrings.encode(s, ascii: true, into: &out)
        case 2: JSONStrings.encode(s, ascii: false, into: &out)
        default:
            let encoded = try Protocols.call(e.pointee.encoder, s)
            guard ModuleTypes.isStr(encoded) else {
                throw PyException.typeError("encoder() must return a string, not \(String(cString: encoded.type.pointee.tp_name))")
            }
            out.append(str: encoded)
        }
    }

    /// A float's text: float's own repr (also for subclasses), or the JavaScript names
    /// of infinities and NaN when allowed.
    static func floatText(_ e: Encoder, _ v: Value) throws(PyException) -> Value {
        let x = FloatObject.value(v)
        if !x.isFinite {
            guard e.pointee.allow_nan != 0 else { throw PyException.valueError("Out of range float values are not JSON compliant") }
            return Str.make(x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN")
        }
        return try CBoundary.check(Krait_float_type.pointee.tp_repr!(Boxing.object(v)))
    }

    /// int's own repr (an IntEnum or bool subclass is written as its number).
    static func intText(_ v: Value) throws(PyException) -> Value {
        try CBoundary.check(Krait_int_type.pointee.tp_repr!(Boxing.object(v)))
    }

    static func appendInt(_ v: Value, to out: inout StrWriter) throws(PyException) {
        if v.isSmallInt { return out.appendDecimal(v.smallInt) }
        out.append(str: try intText(v))
    }

    static func encode(_ e: Encoder, _ v: Value, into out: inout StrWriter) throws(PyException) {
        if v == .none { return out.appendASCII("null") }
        if v == .true { return out.appendASCII("true") }
        if v == .false { return out.appendASCII("false") }
        if ModuleTypes.isStr(v) { return try encodeString(e, v, into: &out) }
        if IntObject.check(v) { return try appendInt(v, to: &out) }
        if TypeObject.isSubtype(v.type, of: Krait_float_type) { return out.append(str: try floatText(e, v)) }
        if TypeObject.isSubtype(v.type, of: Krait_list_type) || TypeObject.isSubtype(v.type, of: Krait_tuple_type) {
            return try Recursion.guarded(" while encoding a JSON object") { () throws(PyException) in
                try encodeSequence(e, v, into: &out)
            }
        }
        if TypeObject.isSubtype(v.type, of: Krait_dict_type) {
            return try Recursion.guarded(" while encoding a JSON object") { () throws(PyException) in
                try encodeDict(e, v, into: &out)
            }
        }
        let marker = try enterMarker(e, v)
        let replacement = try Protocols.call(e.pointee.defaultfn, v)
        try Recursion.guarded(" while encoding a JSON object") { () throws(PyException) in
            try encode(e, replacement, into: &out)
        }
        try leaveMarker(e, marker)
    }

    /// Records `v` in `markers` (by identity) while it is being encoded; a second
    /// visit is a cycle.
    static func enterMarker(_ e: Encoder, _ v: Value) throws(PyException) -> Value? {
        let markers = e.pointee.markers
        guard markers != .none else { return nil }
        let identity = IntObject.make(Int(bitPattern: UInt(bitPattern: Boxing.object(v))))
        if try Dict.getItem(markers, identity) != nil { throw PyException.valueError("Circular reference detected") }
        try Dict.setItem(markers, identity, v)
        return identity
    }

    static func leaveMarker(_ e: Encoder, _ identity: Value?) throws(PyException) {
        guard let identity else { return }
        guard try Dict.removeItem(e.pointee.markers, identity, hash: try Protocols.hash(identity)) != nil else {
            throw PyException(Krait_exc_KeyError, arguments: [identity])
        }
    }

    static func encodeSequence(_ e: Encoder, _ v: Value, into out: inout StrWriter) throws(PyException) {
        let isList = TypeObject.isSubtype(v.type, of: Krait_list_type)
        let count = { isList ? List.count(v) : Tuple.count(v) }
        if count() == 0 { return out.appendASCII("[]") }
        let marker = try enterMarker(e, v)
        out.appendASCII(0x5B)
        var i = 0
        while i < count() {
            if i > 0 { out.append(str: e.pointee.item_separator) }
            try encode(e, isList ? List.item(v, i) : Tuple.item(v, i), into: &out)
            i += 1
        }
        try leaveMarker(e, marker)
        out.appendASCII(0x5D)
    }

    /// The items of dict `v` to write, listed first as CPython 3.11 does (sorted if
    /// asked). An exact dict's are read in place into one tuple of keys and values
    /// alternating (`flat`); otherwise a list of what `items()`, which a subclass may
    /// override, gives.
    static func itemSnapshot(_ e: Encoder, _ v: Value) throws(PyException) -> (items: Value, flat: Bool) {
        if v.isExactly(Krait_dict_type) && e.pointee.sort_keys != .true {
            let flat = Tuple.allocate(count: 2 * Dict.count(v))
            let slots = Tuple.items(flat)
            var position = 0, k = 0
            while let entry = Dict.next(v, from: position) {
                slots[k] = entry.key
                slots[k + 1] = entry.value
                k += 2
                position = entry.next
            }
            return (flat, true)
        }
        let items = try Protocols.call(Value(Krait_list_type), try Protocols.callMethod(v, "items"))
        if e.pointee.sort_keys == .true { _ = try Protocols.callMethod(items, "sort") }
        return (items, false)
    }

    /// Item `i` of a snapshot.
    static func item(_ snapshot: (items: Value, flat: Bool), _ i: Int) throws(PyException) -> (key: Value, value: Value) {
        if snapshot.flat { return (Tuple.item(snapshot.items, 2 * i), Tuple.item(snapshot.items, 2 * i + 1)) }
        let item = List.item(snapshot.items, i)
        guard TypeObject.isSubtype(item.type, of: Krait_tuple_type), Tuple.count(item) == 2 else {
            throw PyException.valueError("items must return 2-tuples")
        }
        return (Tuple.item(item, 0), Tuple.item(item, 1))
    }

    static func encodeDict(_ e: Encoder, _ v: Value, into out: inout StrWriter) throws(PyException) {
        if Dict.count(v) == 0 { return out.appendASCII("{}") }
        let marker = try enterMarker(e, v)
        out.appendASCII(0x7B)
        let snapshot = try itemSnapshot(e, v)
        var first = true
        var i = 0
        while i < (snapshot.flat ? Tuple.count(snapshot.items) / 2 : List.count(snapshot.items)) {
            let (key, value) = try item(snapshot, i)
            i += 1
            if ModuleTypes.isStr(key) {
                if !first { out.append(str: e.pointee.item_separator) }
                try encodeString(e, key, into: &out)
            } else {
                let keyText: Value
                if TypeObject.isSubtype(key.type, of: Krait_float_type) {
                    keyText = try floatText(e, key)
                } else if key == .true || key == .false || key == .none {
                    keyText = Str.make(key == .true ? "true" : key == .false ? "false" : "null")
                } else if IntObject.check(key) {
                    keyText = try intText(key)
                } else if e.pointee.skipkeys == .true {
                    continue
                } else {
                    throw PyException.typeError("keys must be str, int, float, bool or None, not \(String(cString: key.type.pointee.tp_name))")
                }
                if !first { out.append(str: e.pointee.item_separator) }
                try encodeString(e, keyText, into: &out)
            }
            first = false
            out.append(str: e.pointee.key_separator)
            try encode(e, value, into: &out)
        }
        try leaveMarker(e, marker)
        out.appendASCII(0x7D)
    }
}
