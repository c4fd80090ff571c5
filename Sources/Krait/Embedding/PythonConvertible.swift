import ObjectLayout
import ObjectModel

/// Swift values that convert to and from Python objects.
public protocol PythonConvertible {
    /// The value as a new Python object.
    var pythonObject: PythonObject { get }
    /// The Swift value of a Python object, or nil when it is not of a matching type.
    init?(python: PythonObject)
}

extension PythonObject: PythonConvertible {
    public var pythonObject: PythonObject { self }
    public convenience init?(python: PythonObject) { self.init(python.value) }
}

extension Int: PythonConvertible {
    public var pythonObject: PythonObject { PythonObject(IntObject.make(self)) }
    public init?(python: PythonObject) {
        guard IntObject.check(python.value), let i = IntObject.machineValue(python.value) else { return nil }
        self = i
    }
}

extension Double: PythonConvertible {
    public var pythonObject: PythonObject { PythonObject(FloatObject.make(self)) }
    public init?(python: PythonObject) {
        if FloatObject.check(python.value) {
            self = FloatObject.value(python.value)
        } else if IntObject.check(python.value), let i = IntObject.machineValue(python.value) {
            self = Double(i)
        } else {
            return nil
        }
    }
}

extension Bool: PythonConvertible {
    public var pythonObject: PythonObject { PythonObject(.bool(self)) }
    public init?(python: PythonObject) {
        guard python.value == .true || python.value == .false else { return nil }
        self = python.value == .true
    }
}

extension String: PythonConvertible {
    public var pythonObject: PythonObject { PythonObject(Str.make(self)) }
    public init?(python: PythonObject) {
        guard TypeObject.hasFlag(python.value.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else { return nil }
        self = Str.swiftString(python.value)
    }
}

extension Optional: PythonConvertible where Wrapped: PythonConvertible {
    public var pythonObject: PythonObject { map(\.pythonObject) ?? .none }
    public init?(python: PythonObject) {
        if python.value == .none {
            self = .none
        } else if let v = Wrapped(python: python) {
            self = .some(v)
        } else {
            return nil
        }
    }
}

extension Array: PythonConvertible where Element: PythonConvertible {
    public var pythonObject: PythonObject {
        let list = PythonObject(List.new(capacity: count))
        for element in self { List.append(list.value, element.pythonObject.value) }
        return list
    }

    /// From a list or tuple whose items all convert.
    public init?(python: PythonObject) {
        let v = python.value
        let count: Int
        let item: (Int) -> Value
        if TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_LIST_SUBCLASS)) {
            count = List.count(v)
            item = { List.item(v, $0) }
        } else if TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) {
            count = Tuple.count(v)
            item = { Tuple.item(v, $0) }
        } else {
            return nil
        }
        var out: [Element] = []
        for i in 0..<count {
            guard let e = Element(python: PythonObject(item(i))) else { return nil }
            out.append(e)
        }
        self = out
    }
}

extension Dictionary: PythonConvertible where Key: PythonConvertible, Value: PythonConvertible {
    public var pythonObject: PythonObject {
        let dict = PythonObject(Dict.new(capacity: count))
        for (key, value) in self {
            let k = key.pythonObject, v = value.pythonObject
            // A key that cannot be hashed leaves it out; Swift keys are hashable values.
            try? Dict.setItem(dict.value, k.value, v.value)
        }
        return dict
    }

    /// From a dict whose keys and values all convert.
    public init?(python: PythonObject) {
        guard TypeObject.hasFlag(python.value.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else { return nil }
        var out: [Key: Value] = [:]
        var position = 0
        while let (key, value, next) = Dict.next(python.value, from: position) {
            guard let k = Key(python: PythonObject(key)), let v = Value(python: PythonObject(value)) else { return nil }
            out[k] = v
            position = next
        }
        self = out
    }
}
