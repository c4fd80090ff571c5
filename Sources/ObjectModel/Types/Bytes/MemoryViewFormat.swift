import ObjectLayout

/// The native single-character struct formats a memoryview reads and writes items in
/// (CPython's `get_native_fmtchar`, `unpack_single` and `pack_single`), on the
/// little-endian 64-bit machines Krait runs on.
enum MemoryViewFormat {
    static let B: UInt8 = 0x42, b: UInt8 = 0x62, c: UInt8 = 0x63

    /// The item size of a format character memoryview supports, or nil.
    static func itemsize(_ f: UInt8) -> Int? {
        switch Character(UnicodeScalar(f)) {
        case "c", "b", "B", "?": return 1
        case "h", "H": return 2
        case "i", "I", "f": return 4
        case "l", "L", "q", "Q", "n", "N", "d", "P": return 8
        default: return nil
        }
    }

    static func isByteFormat(_ f: UInt8) -> Bool { f == B || f == b || f == c }

    static func unpack(_ f: UInt8, _ p: UnsafeRawPointer) -> Value {
        switch Character(UnicodeScalar(f)) {
        case "b": return IntObject.make(Int(p.load(as: Int8.self)))
        case "B": return IntObject.make(Int(p.load(as: UInt8.self)))
        case "c": return Bytes.make([p.load(as: UInt8.self)])
        case "?": return .bool(p.load(as: UInt8.self) != 0)
        case "h": return IntObject.make(Int(p.loadUnaligned(as: Int16.self)))
        case "H": return IntObject.make(Int(p.loadUnaligned(as: UInt16.self)))
        case "i": return IntObject.make(Int(p.loadUnaligned(as: Int32.self)))
        case "I": return IntObject.make(Int(p.loadUnaligned(as: UInt32.self)))
        case "f": return FloatObject.make(Double(p.loadUnaligned(as: Float.self)))
        case "d": return FloatObject.make(p.loadUnaligned(as: Double.self))
        case "l", "q", "n": return IntObject.make(Int(p.loadUnaligned(as: Int64.self)))
        default: return IntObject.make(unsigned: p.loadUnaligned(as: UInt64.self))
        }
    }

    /// Stores `value` as format `f`; `name` is the format as the messages show it.
    static func pack(_ f: UInt8, _ value: Value, _ p: UnsafeMutableRawPointer, name: String) throws(PyException) {
        let invalidType = PyException.typeError("memoryview: invalid type for format '\(name)'")
        let invalidValue = PyException.valueError("memoryview: invalid value for format '\(name)'")
        switch Character(UnicodeScalar(f)) {
        case "c":
            guard BytesLike.isBytes(value) else { throw invalidType }
            let view = ByteView(value)
            guard view.count == 1 else { throw invalidValue }
            p.storeBytes(of: view[0], as: UInt8.self)
        case "?":
            p.storeBytes(of: try Protocols.isTrue(value) ? 1 : 0, as: UInt8.self)
        case "f", "d":
            let d: Double
            do throws(PyException) {
                d = try PercentConversions.real(value)
            } catch where error.matches(Krait_exc_TypeError) {
                throw invalidType
            } catch {
                throw invalidValue
            }
            // A double beyond float's range becomes an infinity, as C's conversion makes it.
            if f == 0x64 { return p.storeBytes(of: d, as: Double.self) }
            p.storeBytes(of: Float(d), as: Float.self)
        default:
            guard Protocols.isIndex(value) else { throw invalidType }
            let n = try Protocols.indexValue(value)
            let size = itemsize(f)!
            let isSigned = "bhilqn".utf8.contains(f)
            let bits: UInt64
            if let i = IntObject.machineValue(n) {
                let limit = size == 8 ? nil : Int(1) << (size * 8 - (isSigned ? 1 : 0))
                if isSigned {
                    if let limit, i < -limit || i >= limit { throw invalidValue }
                } else if i < 0 || limit.map({ i >= $0 }) == true {
                    throw invalidValue
                }
                bits = UInt64(bitPattern: Int64(i))
            } else if !isSigned && size == 8 && IntObject.signedSize(n) == 1 {
                bits = IntObject.limbs(n)[0]
            } else {
                throw invalidValue
            }
            withUnsafeBytes(of: bits) { p.copyMemory(from: $0.baseAddress!, byteCount: size) }
        }
    }
}
