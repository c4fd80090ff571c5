import ObjectLayout
import ObjectModel

/// `_io._IOBase`: the default methods every stream inherits, written in terms of the
/// stream's own (Python-visible) methods, as CPython's iobase.c. Closedness is the
/// `__IOBase_closed` attribute that `close()` sets.
enum IOBase {
    /// `io.UnsupportedOperation`, a class made at the module's first import.
    nonisolated(unsafe) static var unsupportedOperation: Value = .empty

    static func unsupported(_ message: String) -> PyException {
        PyException(unsupportedOperation.layout(PyTypeObject.self), message)
    }

    static func closedFile() -> PyException { PyException.valueError("I/O operation on closed file.") }

    static func isClosed(_ v: Value) throws(PyException) -> Bool {
        try Protocols.isTrue(try Protocols.getAttribute(v, "closed"))
    }

    static func checkClosed(_ v: Value) throws(PyException) {
        if try isClosed(v) { throw closedFile() }
    }

    /// `_checkReadable()` and its kin: the stream's answer must be True.
    static func check(_ v: Value, _ method: String, _ message: String) throws(PyException) {
        let answer = try Protocols.callMethod(v, method)
        guard answer == .true else {
            if answer == .false { throw unsupported(message) }
            throw PyException.typeError("\(method)() should return a bool")
        }
    }

    static let traverse: traverseproc = { o, visit, arg in
        let b = o!.layout(KraitIOBaseObject.self).pointee
        Trace.visit(b.dict, visit, arg)
        return 0
    }

    static func setUp() {
        let t = Krait_ioBase_type!
        define(t, "_io._IOBase", base: nil, doc: "The abstract base class for all I/O classes.")
        t.pointee.tp_iter = { o in
            CBoundary.object { () throws(PyException) in
                try IOBase.checkClosed(Value(o!))
                return Value(o!)
            }
        }
        t.pointee.tp_iternext = { o in ModuleTypes.iternext(o) { v throws(PyException) in try IOBase.next(v) } }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("__dict__", get: SlotFunctions.dictGetSet.pointee.get, set: SlotFunctions.dictGetSet.pointee.set),
            GetSetSpec("closed", get: { o, _ in
                CBoundary.object { () throws(PyException) in .bool(try IOBase.closedFlag(Value(o!))) }
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(IOBaseMethods.table)
    }

    /// `tp_finalize` of the streams that own resources or buffers (FileIO, the buffered
    /// and text layers): `close()` unless closed, so an unclosed file is flushed when it
    /// dies. Errors are dropped, as CPython's `iobase_finalize` does outside dev mode.
    /// StringIO and BytesIO have none: under PEP 442 a finalizer keeps every dead
    /// object for one more collection, and they have nothing to release.
    static let finalize: destructor = { o in
        let v = Value(o!)
        do throws(PyException) {
            if !(try IOBase.isClosed(v)) { _ = try Protocols.callMethod(v, "close") }
        } catch {
            return
        }
    }

    /// A zeroed instance, for `__init__` to fill in.
    static let plainNew: newfunc = { type, _, _ in ModuleTypes.allocate(type!) }

    /// Begins one of the io types: dict and weak references at the IOBase offsets;
    /// instances come from `new`, then `__init__` (`tp_init`) fills them in.
    static func define(_ t: TypePointer, _ name: String, base: TypePointer?, size: Int = MemoryLayout<KraitIOBaseObject>.size,
                       doc: String, traverse: @escaping traverseproc = IOBase.traverse, new: @escaping newfunc = IOBase.plainNew) {
        TypeSetup.begin(t, name: name, basicSize: size, flags: UInt(Py_TPFLAGS_BASETYPE), doc: doc)
        t.pointee.tp_traverse = traverse
        t.pointee.tp_new = new
        t.pointee.tp_base = base
        t.pointee.tp_dictoffset = MemoryLayout<KraitIOBaseObject>.offset(of: \.dict)!
        t.pointee.tp_weaklistoffset = MemoryLayout<KraitIOBaseObject>.offset(of: \.weakreflist)!
    }

    /// Whether `close()` of _IOBase has run (the `__IOBase_closed` attribute).
    static func closedFlag(_ v: Value) throws(PyException) -> Bool {
        try Protocols.lookupAttribute(v, Str.make("__IOBase_closed")) != nil
    }

    static func close(_ v: Value) throws(PyException) {
        if try closedFlag(v) { return }
        var failure: PyException? = nil
        do throws(PyException) { _ = try Protocols.callMethod(v, "flush") } catch { failure = error }
        try Protocols.setAttribute(v, Str.make("__IOBase_closed"), .true)
        if let failure { throw failure }
    }

    static func next(_ v: Value) throws(PyException) -> Value? {
        let line = try Protocols.callMethod(v, "readline")
        return try Protocols.length(line) == 0 ? nil : line
    }

    /// `readline(size=-1)`: bytes read one at a time (or as far as `peek` shows a
    /// newline) until a newline or `size` bytes.
    static func readline(_ v: Value, _ limit: Int) throws(PyException) -> Value {
        let peek = try Protocols.lookupAttribute(v, Str.make("peek"))
        var out: [UInt8] = []
        while limit < 0 || out.count < limit {
            var toRead = 1
            if let peek {
                let ahead = try Protocols.call(peek, IntObject.make(1))
                guard BytesLike.isBytes(ahead) else {
                    throw IOError.osError("peek() should have returned a bytes object, not '\(TypeObject.name(ahead.type))'")
                }
                let view = ByteView(ahead)
                if view.count > 0 {
                    var n = 0
                    while n < view.count && (limit < 0 || n < limit - out.count) {
                        n += 1
                        if view[n - 1] == 0x0A { break }
                    }
                    toRead = n
                }
            }
            let chunk = try Protocols.callMethod(v, "read", IntObject.make(toRead))
            if chunk == .none { break }
            guard BytesLike.isBytes(chunk) else {
                throw IOError.osError("read() should have returned a bytes object, not '\(TypeObject.name(chunk.type))'")
            }
            let view = ByteView(chunk)
            if view.count == 0 { break }
            out.append(contentsOf: view.raw)
            if out.last == 0x0A { break }
        }
        return Bytes.make(out)
    }

    /// `readlines(hint=-1)`: lines until their total length reaches `hint` (when positive).
    static func readlines(_ v: Value, _ hint: Int) throws(PyException) -> Value {
        let result = List.new()
        let it = try Protocols.iterator(v)
        var total = 0
        while let line = try Protocols.next(it) {
            List.append(result, line)
            total += try Protocols.length(line)
            if hint > 0 && total >= hint { break }
        }
        return result
    }

    /// `readinto(b)` through a read function: the bytes read copied into `b`; None when
    /// the read would block (gives nil).
    static func readInto(_ target: Value, _ read: (Int) throws(PyException) -> Value?) throws(PyException) -> Value {
        let view = try Protocols.call(Value(Krait_memoryview_type), target)
        guard let data = try read(try Protocols.length(view)) else { return .none }
        try Protocols.setItem(view, Slice.make(start: Value(smallInt: 0), stop: IntObject.make(Bytes.count(data)), step: .none), data)
        return IntObject.make(Bytes.count(data))
    }
}
