import ObjectLayout
import ObjectModel

/// A str's code points read in place (data, kind and length taken once), for the
/// scanner's loops. The str stays alive on the caller's stack.
struct JSONText {
    let value: Value
    let data: UnsafeRawPointer
    let kind: Int
    let count: Int

    init(_ v: Value) {
        value = v
        data = UnsafeRawPointer(Str.data(v))
        kind = Str.kind(v)
        count = Str.length(v)
    }

    @inline(__always)
    subscript(i: Int) -> UInt32 {
        switch kind {
        case 1: return UInt32(data.load(fromByteOffset: i, as: UInt8.self))
        case 2: return UInt32(data.load(fromByteOffset: 2 * i, as: UInt16.self))
        default: return data.load(fromByteOffset: 4 * i, as: UInt32.self)
        }
    }

    @inline(__always)
    static func isWhitespace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    /// The first index from `i` that is not JSON whitespace.
    @inline(__always)
    func skipWhitespace(_ i: Int) -> Int {
        var i = i
        while i < count && JSONText.isWhitespace(self[i]) { i += 1 }
        return i
    }

    /// Whether the ASCII `word` occurs at `i`.
    func matches(_ word: StaticString, at i: Int) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= count else { return false }
        for j in 0..<n where self[i + j] != UInt32(word.utf8Start[j]) { return false }
        return true
    }
}

/// The errors `_json` raises: `json.decoder.JSONDecodeError(message, doc, pos)`, the
/// class looked up once and kept, as CPython 3.11's module caches it.
enum JSONErrors {
    nonisolated(unsafe) static var decodeError = Value.empty

    static func decode(_ message: String, _ text: Value, _ position: Int) -> PyException {
        do throws(PyException) {
            if decodeError.isEmpty {
                let module = try ImportSystem.importModule(Str.make("json.decoder"), .none, Tuple.make(Str.make("JSONDecodeError")), IntObject.make(0))
                let found = try Protocols.getAttribute(module, "JSONDecodeError")
                if found.isObject { Allocation.makeImmortal(found.object) }
                decodeError = found
            }
            return PyException(try Protocols.call(decodeError, Str.make(message), text, IntObject.make(position)))
        } catch {
            return error
        }
    }

    static func stopIteration(_ index: Int) -> PyException {
        PyException(Krait_exc_StopIteration, arguments: [IntObject.make(index)])
    }

    static func notAString(_ v: Value) -> PyException {
        PyException.typeError("first argument must be a string, not \(String(cString: v.type.pointee.tp_name))")
    }

    /// A Py_ssize_t argument (PyArg_Parse's `n`).
    static func size(_ v: Value) throws(PyException) -> Int {
        let i = try Protocols.indexValue(v)
        guard let n = IntObject.machineValue(i) else {
            throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        return n
    }
}
