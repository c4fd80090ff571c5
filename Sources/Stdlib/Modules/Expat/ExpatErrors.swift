import CExpat
import ObjectLayout
import ObjectModel

/// `pyexpat.ExpatError` and the `pyexpat.errors` submodule.
enum ExpatErrors {
    /// `ExpatError` (also `error`), made on first import.
    nonisolated(unsafe) static var errorClass: Value = .empty

    /// The names of expat's error codes, code 1 first (CPython's error_info_of).
    static let names = [
        "XML_ERROR_NO_MEMORY",
        "XML_ERROR_SYNTAX",
        "XML_ERROR_NO_ELEMENTS",
        "XML_ERROR_INVALID_TOKEN",
        "XML_ERROR_UNCLOSED_TOKEN",
        "XML_ERROR_PARTIAL_CHAR",
        "XML_ERROR_TAG_MISMATCH",
        "XML_ERROR_DUPLICATE_ATTRIBUTE",
        "XML_ERROR_JUNK_AFTER_DOC_ELEMENT",
        "XML_ERROR_PARAM_ENTITY_REF",
        "XML_ERROR_UNDEFINED_ENTITY",
        "XML_ERROR_RECURSIVE_ENTITY_REF",
        "XML_ERROR_ASYNC_ENTITY",
        "XML_ERROR_BAD_CHAR_REF",
        "XML_ERROR_BINARY_ENTITY_REF",
        "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF",
        "XML_ERROR_MISPLACED_XML_PI",
        "XML_ERROR_UNKNOWN_ENCODING",
        "XML_ERROR_INCORRECT_ENCODING",
        "XML_ERROR_UNCLOSED_CDATA_SECTION",
        "XML_ERROR_EXTERNAL_ENTITY_HANDLING",
        "XML_ERROR_NOT_STANDALONE",
        "XML_ERROR_UNEXPECTED_STATE",
        "XML_ERROR_ENTITY_DECLARED_IN_PE",
        "XML_ERROR_FEATURE_REQUIRES_XML_DTD",
        "XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING",
        "XML_ERROR_UNBOUND_PREFIX",
        "XML_ERROR_UNDECLARING_PREFIX",
        "XML_ERROR_INCOMPLETE_PE",
        "XML_ERROR_XML_DECL",
        "XML_ERROR_TEXT_DECL",
        "XML_ERROR_PUBLICID",
        "XML_ERROR_SUSPENDED",
        "XML_ERROR_NOT_SUSPENDED",
        "XML_ERROR_ABORTED",
        "XML_ERROR_FINISHED",
        "XML_ERROR_SUSPEND_PE",
        "XML_ERROR_RESERVED_PREFIX_XML",
        "XML_ERROR_RESERVED_PREFIX_XMLNS",
        "XML_ERROR_RESERVED_NAMESPACE_URI",
        "XML_ERROR_INVALID_ARGUMENT",
        "XML_ERROR_NO_BUFFER",
        "XML_ERROR_AMPLIFICATION_LIMIT_BREACH",
    ]

    static func setUp() throws(PyException) {
        errorClass = try NativeModule.exceptionClass("xml.parsers.expat", "ExpatError", base: Krait_exc_Exception)
    }

    /// `set_error`: ExpatError("<message>: line L, column C") with code, offset and lineno.
    static func error(_ parser: OpaquePointer, _ code: XML_Error) -> PyException {
        let line = Int(XML_GetCurrentLineNumber(parser))
        let column = Int(XML_GetCurrentColumnNumber(parser))
        let message = XML_ErrorString(code).map { String(cString: $0) } ?? ""
        do throws(PyException) {
            let error = try Protocols.call(errorClass, Str.make("\(message): line \(line), column \(column)"))
            try Protocols.setAttribute(error, Interned.literal("code"), IntObject.make(Int(code.rawValue)))
            try Protocols.setAttribute(error, Interned.literal("offset"), IntObject.make(column))
            try Protocols.setAttribute(error, Interned.literal("lineno"), IntObject.make(line))
            return PyException(error)
        } catch {
            return error
        }
    }

    /// `pyexpat.errors`: each error's message under its name, and the `codes` and
    /// `messages` dicts between the two.
    static func module() throws(PyException) -> Value {
        let m = try NativeModule.make("pyexpat.errors", doc: "Constants used to describe error conditions.", functions: [])
        let codes = Dict.new()
        try NativeModule.set(m, "codes", codes)
        let messages = Dict.new()
        try NativeModule.set(m, "messages", messages)
        for (i, name) in names.enumerated() {
            guard let text = XML_ErrorString(XML_Error(rawValue: UInt32(i + 1))) else { continue }
            let message = Str.make(String(cString: text))
            try NativeModule.set(m, name, message)
            try Dict.setItem(codes, message, IntObject.make(i + 1))
            try Dict.setItem(messages, IntObject.make(i + 1), message)
        }
        return m
    }
}
