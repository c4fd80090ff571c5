import GC
import ObjectLayout
import ObjectModel
import Stdlib

/// A Python object held from Swift. It keeps the object alive (a collector handle)
/// until the Swift value is gone, and reads like Python through dynamic member lookup
/// and dynamic calls: `try math.sqrt(2)`, `try obj.attribute`.
@dynamicMemberLookup
@dynamicCallable
public final class PythonObject: CustomStringConvertible {
    let value: Value
    private let handle: Handle?

    init(_ value: Value) {
        self.value = value
        handle = value.isObject ? Heap.shared.retain(value.object) : nil
    }

    deinit {
        if let handle { Heap.shared.release(handle) }
    }

    public static var none: PythonObject { PythonObject(.none) }

    /// `getattr(self, name)`.
    public subscript(dynamicMember name: String) -> PythonObject {
        get throws(PythonError) { try attribute(name) }
    }

    public func attribute(_ name: String) throws(PythonError) -> PythonObject {
        try PythonError.catching { () throws(PyException) in PythonObject(try Protocols.getAttribute(value, name)) }
    }

    /// `setattr(self, name, value)`.
    public func setAttribute(_ name: String, _ newValue: PythonConvertible) throws(PythonError) {
        let v = newValue.pythonObject
        try PythonError.catching { () throws(PyException) in try Protocols.setAttribute(value, Interned.get(name), v.value) }
    }

    /// `self[key]`.
    public func item(_ key: PythonConvertible) throws(PythonError) -> PythonObject {
        let k = key.pythonObject
        return try PythonError.catching { () throws(PyException) in PythonObject(try Protocols.getItem(value, k.value)) }
    }

    /// `self(*arguments)`.
    public func dynamicallyCall(withArguments arguments: [PythonConvertible]) throws(PythonError) -> PythonObject {
        try call(arguments, keywords: [])
    }

    /// `self(*positional, **keywords)`; `f(x, key: 1)` in Swift passes `key=1`.
    public func dynamicallyCall(withKeywordArguments arguments: KeyValuePairs<String, PythonConvertible>) throws(PythonError) -> PythonObject {
        var positional: [PythonConvertible] = []
        var keywords: [(String, PythonConvertible)] = []
        for (label, v) in arguments {
            if label.isEmpty { positional.append(v) } else { keywords.append((label, v)) }
        }
        return try call(positional, keywords: keywords)
    }

    func call(_ positional: [PythonConvertible], keywords: [(String, PythonConvertible)]) throws(PythonError) -> PythonObject {
        // The PythonObjects keep every argument alive during the call.
        let held = positional.map(\.pythonObject) + keywords.map(\.1.pythonObject)
        let names = keywords.map { Interned.get($0.0) }
        return try withExtendedLifetime(held) { () throws(PythonError) in
            try PythonError.catching { () throws(PyException) in
                let values = held.map(\.value)
                let kwnames = names.isEmpty ? Value.empty : Tuple.make(names)
                return try values.withUnsafeBufferPointer { buffer throws(PyException) in
                    PythonObject(try Protocols.call(value, Arguments(buffer.baseAddress, positional.count, kwnames)))
                }
            }
        }
    }

    /// `str(self)`.
    public var description: String { (try? Protocols.strText(value)) ?? "<unprintable object>" }

    /// `repr(self)`.
    public var debugDescription: String { (try? Protocols.reprText(value)) ?? "<unprintable object>" }

    /// The name of the object's type.
    public var typeName: String { TypeObject.name(value.type) }

    /// `self is other`.
    public func isSame(as other: PythonObject) -> Bool { value == other.value }
}

extension PythonError {
    /// Runs `body`, turning a raised Python exception into a `PythonError`.
    static func catching<R>(_ body: () throws(PyException) -> R) throws(PythonError) -> R {
        do throws(PyException) {
            return try body()
        } catch {
            throw PythonError(error)
        }
    }

    init(_ exception: PyException) {
        let e = exception.value
        self.init(typeName: TypeObject.name(e.type), message: (try? Protocols.strText(e)) ?? "",
                  formatted: TracebackPrinter.format(e))
    }
}
