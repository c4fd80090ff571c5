import Interpreter
import ObjectLayout
import ObjectModel

/// `-W action:message:category:module:lineno` (`sys.warnoptions`) when CPython's library
/// is missing (else importing `warnings` applies them), as `warnings._processoptions`: each option
/// puts its filter first, so later options win; a bad option is reported and ignored.
/// Without `re`, a module is matched exactly (what `re.escape(module) + r'\Z'` matches)
/// and a message by equality rather than as a case-insensitive prefix.
enum WarningOptions {
    struct Invalid: Error { let message: String }

    static let actions = ["default", "always", "ignore", "module", "once", "error"]

    static func apply(_ option: String) throws(PyException) {
        let parsed: (String, String, Value, String, Int)
        do throws(Invalid) {
            parsed = try parse(option)
        } catch {
            StandardStreams.stderr.write("Invalid -W option ignored: \(error.message)\n")
            return
        }
        let (action, message, category, module, lineno) = parsed
        let filter = Tuple.make([Str.make(action), message.isEmpty ? .none : Str.make(message), category,
                                 module.isEmpty ? .none : Str.make(module), IntObject.make(lineno)])
        try insertFirst(filter)
    }

    static func parse(_ option: String) throws(Invalid) -> (String, String, Value, String, Int) {
        var parts = option.split(separator: ":", omittingEmptySubsequences: false).map { Warnings.stripped(String($0)) }.map(String.init)
        if parts.count > 5 { throw Invalid(message: "too many fields (max 5): \(repr(option))") }
        while parts.count < 5 { parts.append("") }
        let action = try self.action(parts[0])
        let category = try self.category(parts[2])
        var lineno = 0
        if !parts[4].isEmpty {
            guard let n = Int(parts[4]), n >= 0 else { throw Invalid(message: "invalid lineno \(repr(parts[4]))") }
            lineno = n
        }
        return (action, parts[1], category, parts[3], lineno)
    }

    /// `_getaction`: a prefix of an action names it; "all" is "always".
    static func action(_ text: String) throws(Invalid) -> String {
        if text.isEmpty { return "default" }
        if text == "all" { return "always" }
        guard let a = actions.first(where: { $0.hasPrefix(text) }) else { throw Invalid(message: "invalid action: \(repr(text))") }
        return a
    }

    /// `_getcategory`: a builtin warning class by name (dotted names need imports, which
    /// start-up does not do here).
    static func category(_ text: String) throws(Invalid) -> Value {
        if text.isEmpty { return Value(Krait_exc_Warning) }
        if text.contains(".") { throw Invalid(message: "invalid module name: \(repr(String(text[..<text.lastIndex(of: ".")!])))") }
        guard let cls = Dict.getItem(BuiltinsModule.dict, string: Str.make(text)) else {
            throw Invalid(message: "unknown warning category: \(repr(text))")
        }
        guard WarningsState.has(cls, UInt(Py_TPFLAGS_TYPE_SUBCLASS)),
              (try? Protocols.isSubclass(cls, Value(Krait_exc_Warning))) == true else {
            throw Invalid(message: "invalid warning category: \(repr(text))")
        }
        return cls
    }

    /// `_add_filter(..., append=False)`: an equal filter already there moves to the front.
    static func insertFirst(_ filter: Value) throws(PyException) {
        let filters = WarningsState.filters
        var i = 0
        while i < List.count(filters) {
            if try Protocols.isTrue(try Protocols.richCompare(List.item(filters, i), filter, .eq)) {
                _ = try Protocols.callMethod(filters, "pop", IntObject.make(i))
                break
            }
            i += 1
        }
        _ = try Protocols.callMethod(filters, "insert", IntObject.make(0), filter)
        WarningsState.filtersVersion += 1
    }

    static func repr(_ s: String) -> String {
        (try? Protocols.repr(Str.make(s))).map { Str.swiftString($0) } ?? s
    }
}
