import GC
import ObjectLayout

/// `weakref.ref` (`ReferenceType`) and what the `_weakref` module builds on: creating
/// references and proxies with CPython's sharing and list order, counting and listing
/// them, and running callbacks when the collector clears a reference.
///
/// A referent's references form the list `GC.WeakList` keeps in the referent: the
/// shared callback-free ref first, then the shared callback-free proxy, then the
/// others, newest first — so callbacks run newest first, as CPython's.
public enum WeakReferences {
    public typealias Pointer = UnsafeMutablePointer<PyWeakReference>

    @inline(__always)
    static func reference(_ v: Value) -> Pointer { v.layout(PyWeakReference.self) }

    @inline(__always)
    static func value(_ r: Pointer) -> Value { Value(UnsafeMutableRawPointer(r).assumingMemoryBound(to: PyObject.self)) }

    /// The referent, or None once it died.
    @inline(__always)
    public static func referent(_ r: Pointer) -> Value { Value(r.pointee.wr_object ?? Krait_None) }

    public static func isReference(_ v: Value) -> Bool { v.isObject && TypeObject.isSubtype(v.type, of: Krait_weakref_type) }

    public static func isProxy(_ v: Value) -> Bool {
        v.isObject && (v.type == Krait_weakProxy_type || v.type == Krait_weakCallableProxy_type)
    }

    /// The head of `referent`'s list; TypeError for types without a weak list slot.
    static func list(_ referent: Value) throws(PyException) -> UnsafeMutablePointer<Pointer?> {
        guard referent.isObject, referent.type.pointee.tp_weaklistoffset > 0 else {
            throw PyException.typeError("cannot create weak reference to '\(TypeObject.fullName(referent.type))' object")
        }
        return WeakList.head(of: referent.object)
    }

    /// The shared references at the head of a list: a plain ref without a callback, then
    /// a proxy without one (CPython's `get_basic_refs`).
    static func basicReferences(_ head: Pointer?) -> (ref: Pointer?, proxy: Pointer?) {
        var ref: Pointer?, proxy: Pointer?
        var current = head
        if let c = current, c.pointee.wr_callback == nil, value(c).type == Krait_weakref_type {
            ref = c
            current = c.pointee.wr_next
        }
        if let c = current, c.pointee.wr_callback == nil, isProxy(value(c)) { proxy = c }
        return (ref, proxy)
    }

    /// `type(referent, callback)`: a new reference of `type` (ReferenceType or a
    /// subclass), or the shared one when a plain ref without a callback exists.
    public static func make(_ type: TypePointer, _ referent: Value, _ callback: Value) throws(PyException) -> Value {
        let head = try list(referent)
        let callback = callback == .none ? Value.empty : callback
        let plain = callback.isEmpty && type == Krait_weakref_type
        if plain, let shared = basicReferences(head.pointee).ref { return value(shared) }
        // Allocating may collect, which may unlink dead references: find the place after.
        let r = allocate(type, referent, callback)
        let basic = basicReferences(head.pointee)
        WeakList.insert(r, after: plain ? nil : basic.proxy ?? basic.ref, in: head)
        Heap.shared.registerWeakReference(r)
        return value(r)
    }

    /// `weakref.proxy(referent, callback)`: a callable proxy for a callable referent.
    public static func proxy(_ referent: Value, _ callback: Value) throws(PyException) -> Value {
        let head = try list(referent)
        let callback = callback == .none ? Value.empty : callback
        if callback.isEmpty, let shared = basicReferences(head.pointee).proxy { return value(shared) }
        let callable = referent.type.pointee.kr_call != nil || referent.type.pointee.tp_call != nil
        let r = allocate(callable ? Krait_weakCallableProxy_type : Krait_weakProxy_type, referent, callback)
        let basic = basicReferences(head.pointee)
        // The shared proxy goes right after the shared ref; others after both.
        WeakList.insert(r, after: callback.isEmpty ? basic.ref : basic.proxy ?? basic.ref, in: head)
        Heap.shared.registerWeakReference(r)
        return value(r)
    }

    static func allocate(_ type: TypePointer, _ referent: Value, _ callback: Value) -> Pointer {
        let r = Allocation.object(type, size: type.pointee.tp_basicsize).layout(PyWeakReference.self)
        r.pointee.wr_object = referent.object
        r.pointee.wr_callback = callback.isEmpty ? nil : Boxing.object(callback)
        r.pointee.hash = -1
        return r
    }

    /// `weakref.getweakrefcount(object)`: 0 for objects that cannot have any.
    public static func count(_ referent: Value) -> Int {
        var n = 0
        forEach(referent) { _ in n += 1 }
        return n
    }

    /// `weakref.getweakrefs(object)`, in list order.
    public static func all(_ referent: Value) -> Value {
        let result = List.new()
        forEach(referent) { r in List.append(result, value(r)) }
        return result
    }

    static func forEach(_ referent: Value, _ body: (Pointer) -> Void) {
        guard referent.isObject, referent.type.pointee.tp_weaklistoffset > 0 else { return }
        var next = WeakList.head(of: referent.object).pointee
        while let r = next {
            next = r.pointee.wr_next
            body(r)
        }
    }

    /// Runs a cleared reference's callback once, with the reference, as CPython's
    /// `handle_callback`: an exception is reported against the callback.
    static let runCallback: (Pointer) -> Void = { r in
        guard let callback = r.pointee.wr_callback else { return }
        r.pointee.wr_callback = nil
        let function = Value(normalizing: callback)
        do throws(PyException) {
            _ = try Protocols.call(function, value(r))
        } catch {
            RuntimeHooks.writeUnraisable?(error, nil, function)
        }
    }

    static func address(_ pointer: UnsafeRawPointer) -> String { "0x" + String(UInt(bitPattern: pointer), radix: 16) }

    static func repr(_ r: Pointer) throws(PyException) -> Value {
        let object = referent(r)
        if object == .none { return Str.make("<weakref at \(address(r)); dead>") }
        let typeName = String(cString: object.type.pointee.tp_name)
        let start = "<weakref at \(address(r)); to '\(typeName)' at \(address(object.object))"
        // Looked up on the type, as CPython's `_PyObject_LookupSpecial` (gh-99184): an
        // instance's `__getattr__` is not consulted.
        if let name = try specialName(object), name.isExactly(Krait_str_type) {
            return Str.make(start + " (\(Str.swiftString(name)))>")
        }
        return Str.make(start + ">")
    }

    static func specialName(_ object: Value) throws(PyException) -> Value? {
        guard let descriptor = SlotFunctions.lookupSpecial(object, "__name__") else { return nil }
        guard let get = descriptor.type.pointee.tp_descr_get else { return descriptor }
        do throws(PyException) {
            return try CBoundary.check(get(Boxing.object(descriptor), Boxing.object(object), object.type.asObject))
        } catch where error.matches(Krait_exc_AttributeError) {
            return nil
        }
    }

    /// The referent's hash, computed once; TypeError once it died uncomputed.
    static func hash(_ r: Pointer) throws(PyException) -> Int {
        if r.pointee.hash != -1 { return r.pointee.hash }
        let object = referent(r)
        if object == .none { throw PyException.typeError("weak object has gone away") }
        r.pointee.hash = try Protocols.hash(object)
        return r.pointee.hash
    }

    /// `==` and `!=` between references: the referents compared while both live, else
    /// identity of the references.
    static func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        guard op == .eq || op == .ne, isReference(a), isReference(b) else { return Value(Krait_NotImplemented) }
        let x = referent(reference(a)), y = referent(reference(b))
        if x == .none || y == .none { return .bool((a == b) == (op == .eq)) }
        return try Protocols.richCompare(x, y, op)
    }

    /// `ReferenceType.__new__`/`__init__`'s arguments: keywords are ignored, so
    /// subclasses may take their own.
    static func arguments(_ name: String, _ args: ObjectPointer?) throws(PyException) -> (Value, Value) {
        let tuple = args.map { Value($0) } ?? Tuple.make([])
        let items = (0..<Tuple.count(tuple)).map { Tuple.item(tuple, $0) }
        return try items.withUnsafeBufferPointer { buffer throws(PyException) in
            let a = Arguments(buffer.baseAddress, buffer.count, .empty)
            try a.positional(name, min: 1, max: 2)
            return (a[0], a.optional(1) ?? .none)
        }
    }

    static func setUp() {
        let t = Krait_weakref_type!
        TypeSetup.begin(t, name: "weakref.ReferenceType", basicSize: MemoryLayout<PyWeakReference>.size,
                        flags: UInt(Py_TPFLAGS_BASETYPE))
        NativeConstructors.register(t) { type, args throws(PyException) in
            try args.positional("__new__", min: 1, max: 2)
            return try WeakReferences.make(type, args[0], args.optional(1) ?? .none)
        }
        t.pointee.tp_new = { type, args, _ in
            CBoundary.object { () throws(PyException) in
                let (referent, callback) = try WeakReferences.arguments("__new__", args)
                return try WeakReferences.make(type!, referent, callback)
            }
        }
        t.pointee.tp_init = { _, args, _ in
            CBoundary.status { () throws(PyException) in _ = try WeakReferences.arguments("__init__", args) }
        }
        t.pointee.kr_call = { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).positional("weakref", min: 0, max: 0)
                return WeakReferences.referent(WeakReferences.reference(s))
            }
        }
        t.pointee.tp_traverse = traverse
        t.pointee.tp_hash = { o in CBoundary.integer { () throws(PyException) in try WeakReferences.hash(o!.layout(PyWeakReference.self)) } }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                try WeakReferences.compare(Value(a!), Value(normalizing: b!), CompareOp(rawValue: op)!)
            }
        }
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try WeakReferences.repr(o!.layout(PyWeakReference.self)) } }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("__callback__", get: { o, _ in o!.layout(PyWeakReference.self).pointee.wr_callback ?? Krait_None }),
        ])
        Heap.shared.onWeakReferenceCleared = runCallback
        WeakProxy.setUp()
    }

    /// Only the callback is traced; the referent and the list links are weak.
    static let traverse: traverseproc = { o, visit, arg in
        Trace.visit(o!.layout(PyWeakReference.self).pointee.wr_callback, visit, arg)
        return 0
    }
}
