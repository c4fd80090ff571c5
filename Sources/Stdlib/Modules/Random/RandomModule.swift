import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `_random`: the `Random` type random.py builds on, seeded and stepped as CPython's.
enum RandomModule {
    typealias Layout = KraitRandomObject
    nonisolated(unsafe) static var typesReady = false

    static func setUp() {
        let t = Krait_random_type!
        ModuleTypes.define(t, "_random.Random", size: MemoryLayout<Layout>.size,
                           doc: "Random() -> create a random number generator with its own internal state.",
                           traverse: { _, _, _ in 0 }, constructor: { type, _ throws(PyException) in
                               let object = ModuleTypes.allocate(type)
                               object.layout(Layout.self).pointee.index = Int32(MersenneTwister.n)
                               return Value(object)
                           })
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                let v = Value(o!)
                let arguments = Arguments.from(tuple: args, keywords: kwargs)
                try ModuleTypes.noKeywords(v.type, Krait_random_type, arguments, "Random")
                if arguments.count > 1 { throw PyException.typeError("Random() requires 0 or 1 argument") }
                try RandomModule.seed(v, arguments.optional(0) ?? .none)
            }
        }
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("random", doc: "random() -> x in the interval [0, 1).") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("random")
                    return FloatObject.make(MersenneTwister.double(s.layout(Layout.self)))
                }
            },
            MethodSpec("seed", doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.positional("seed", min: 0, max: 1)
                    try RandomModule.seed(s, args.optional(0) ?? .none)
                    return .none
                }
            },
            MethodSpec("getstate", doc: "getstate() -> tuple containing the current state.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("getstate"); return try RandomModule.state(s) }
            },
            MethodSpec("setstate", doc: "setstate(state) -> None.  Restores generator state.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try RandomModule.setState(s, try args.one("setstate")); return .none }
            },
            MethodSpec("getrandbits", doc: "getrandbits(k) -> x.  Generates an int with k random bits.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.positional("getrandbits", min: 1, max: 1)
                    return try RandomModule.randomBits(s, try PosixFiles.int32(args[0]))
                }
            },
        ])
    }

    static func create() throws(PyException) -> Value {
        if !typesReady {
            typesReady = true
            setUp()
            try TypeSetup.ready(Krait_random_type)
        }
        let m = try NativeModule.make("_random", doc: "Module implements the Mersenne Twister random number generator.", functions: [])
        return try ModuleTypes.add(m, [("Random", Krait_random_type)])
    }

    /// `random_seed`: None takes 624 words from urandom; an int its absolute value's
    /// 32-bit words, least significant first; anything else its hash as unsigned.
    static func seed(_ s: Value, _ arg: Value) throws(PyException) {
        let r = s.layout(Layout.self)
        if arg == .none {
            let bytes = try PosixFiles.randomBytes(4 * MersenneTwister.n)
            let key = (0..<MersenneTwister.n).map { i in (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[4 * i + $1]) << (8 * $1) } }
            MersenneTwister.initialize(r, key: key)
            return
        }
        let n: Value
        if IntObject.check(arg) {
            // int's own __abs__, not a subclass's.
            n = try Protocols.call(try Protocols.getAttribute(Value(Krait_int_type), "__abs__"), arg)
        } else {
            n = IntObject.make(limbs: [UInt64(UInt(bitPattern: try Protocols.hash(arg)))], negative: false)
        }
        let bits = IntObject.machineValue(try Protocols.callMethod(n, "bit_length")) ?? 0
        let words = bits == 0 ? 1 : (bits - 1) / 32 + 1
        let bytes = try Protocols.callMethod(n, "to_bytes", IntObject.make(4 * words), Str.make("little"))
        let raw = UnsafeRawBufferPointer(start: Bytes.data(bytes), count: Bytes.count(bytes))
        let key = (0..<words).map { i in (0..<4).reduce(UInt32(0)) { $0 | UInt32(raw[4 * i + $1]) << (8 * $1) } }
        withExtendedLifetime(bytes) { MersenneTwister.initialize(r, key: key) }
    }

    static func state(_ s: Value) throws(PyException) -> Value {
        let r = s.layout(Layout.self)
        let mt = MersenneTwister.words(r)
        let t = Tuple.allocate(count: MersenneTwister.n + 1)
        for i in 0..<MersenneTwister.n { Tuple.items(t)[i] = IntObject.make(Int(mt[i])) }
        Tuple.items(t)[MersenneTwister.n] = IntObject.make(Int(r.pointee.index))
        return t
    }

    static func setState(_ s: Value, _ state: Value) throws(PyException) {
        guard TypeObject.hasFlag(state.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) else { throw PyException.typeError("state vector must be a tuple") }
        guard Tuple.count(state) == MersenneTwister.n + 1 else { throw PyException.valueError("state vector is the wrong size") }
        var words = [UInt32](repeating: 0, count: MersenneTwister.n)
        for i in 0..<MersenneTwister.n {
            let v = Tuple.item(state, i)
            guard IntObject.check(v) else {
                throw PyException.typeError("'\(TypeObject.name(v.type))' object cannot be interpreted as an integer")
            }
            if IntObject.sign(v) < 0 { throw PyException.overflowError("can't convert negative value to unsigned int") }
            guard let w = IntObject.machineValue(v), w <= Int(UInt32.max) else {
                throw PyException.overflowError("Python int too large to convert to C unsigned long")
            }
            // As CPython's C unsigned long stored into a 32-bit word.
            words[i] = UInt32(truncatingIfNeeded: w)
        }
        let index = try Protocols.index(Tuple.item(state, MersenneTwister.n), overflow: Krait_exc_OverflowError)
        if index < 0 || index > MersenneTwister.n { throw PyException.valueError("invalid state") }
        let r = s.layout(Layout.self)
        MersenneTwister.words(r).update(from: words, count: words.count)
        r.pointee.index = Int32(index)
    }

    /// k random bits: whole 32-bit outputs, least significant word first, the last one
    /// cut to the bits left.
    static func randomBits(_ s: Value, _ k: Int32) throws(PyException) -> Value {
        if k < 0 { throw PyException.valueError("number of bits must be non-negative") }
        if k == 0 { return IntObject.make(0) }
        let r = s.layout(Layout.self)
        if k <= 32 { return IntObject.make(Int(MersenneTwister.next(r) >> (32 - UInt32(k)))) }
        var limbs = [UInt64](repeating: 0, count: (Int(k) + 63) / 64)
        var left = Int(k)
        for i in 0..<((Int(k) - 1) / 32 + 1) {
            var word = MersenneTwister.next(r)
            if left < 32 { word >>= UInt32(32 - left) }
            limbs[i / 2] |= UInt64(word) << (i % 2 == 0 ? 0 : 32)
            left -= 32
        }
        return IntObject.make(limbs: limbs, negative: false)
    }
}
