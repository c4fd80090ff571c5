import Compiler
import ObjectLayout
import ObjectModel

/// Puts a call's arguments into a new frame's parameters, with CPython 3.11's rules
/// and messages (`_PyEval_MakeFrameVector`'s `initialize_locals`).
enum ArgumentBinding {
    static func bind(_ function: Value, _ code: CodeObjects.Pointer, _ locals: UnsafeMutablePointer<Value>,
                     _ args: Arguments) throws(PyException) {
        let f = Functions.function(function)
        let argcount = Int(code.pointee.co_argcount)
        let kwonly = Int(code.pointee.co_kwonlyargcount)
        let posonly = Int(code.pointee.co_posonlyargcount)
        let flags = code.pointee.co_flags
        let hasVarargs = flags & KRAIT_CO_VARARGS != 0
        let hasVarkw = flags & KRAIT_CO_VARKEYWORDS != 0
        let total = argcount + kwonly
        var kwdict = Value.empty
        if hasVarkw {
            kwdict = Dict.new()
            locals[total + (hasVarargs ? 1 : 0)] = kwdict
        }
        let n = min(args.count, argcount)
        for i in 0..<n { locals[i] = args[i] }
        if hasVarargs {
            locals[total] = args.count > argcount
                ? Tuple.make(UnsafeBufferPointer(start: args.base! + argcount, count: args.count - argcount))
                : Tuple.make([])
        }
        let names = code.pointee.co_localsplusnames
        let nameItems = Tuple.items(names)
        if !args.kwnames.isEmpty {
            let count = Tuple.count(args.kwnames)
            for k in 0..<count {
                let key = Tuple.item(args.kwnames, k)
                let value = args[args.count + k]
                var index = -1
                // Interned names usually match by identity; fall back to equality.
                for j in posonly..<total where nameItems[j] == key { index = j; break }
                if index < 0 {
                    for j in posonly..<total where Str.equal(nameItems[j], key) { index = j; break }
                }
                if index < 0 {
                    guard hasVarkw else {
                        if (0..<posonly).contains(where: { Str.equal(nameItems[$0], key) }) {
                            throw positionalAsKeyword(f, code, args)
                        }
                        throw PyException.typeError("\(qualname(f))() got an unexpected keyword argument '\(Str.swiftString(key))'")
                    }
                    try Dict.setItem(kwdict, key, value)
                    continue
                }
                if !locals[index].isEmpty {
                    throw PyException.typeError("\(qualname(f))() got multiple values for argument '\(Str.swiftString(key))'")
                }
                locals[index] = value
            }
        }
        // After the keywords, as CPython: they may be wrong first, and the message
        // counts the keyword-only arguments they gave.
        if !hasVarargs && args.count > argcount { throw tooManyPositional(f, code, given: args.count, locals) }
        if args.count < argcount {
            let defaults = f.pointee.func_defaults
            let ndefaults = defaults.isEmpty ? 0 : Tuple.count(defaults)
            let firstDefault = argcount - ndefaults
            var missing: [String] = []
            for i in Int(args.count)..<argcount where locals[i].isEmpty {
                if i >= firstDefault {
                    locals[i] = Tuple.item(defaults, i - firstDefault)
                } else {
                    missing.append(Str.swiftString(nameItems[i]))
                }
            }
            if !missing.isEmpty { throw missingArguments(f, missing, kind: "positional") }
        }
        if kwonly > 0 {
            var missing: [String] = []
            let kwdefaults = f.pointee.func_kwdefaults
            for i in argcount..<total where locals[i].isEmpty {
                if !kwdefaults.isEmpty, let d = Dict.getItem(kwdefaults, string: nameItems[i]) {
                    locals[i] = d
                } else {
                    missing.append(Str.swiftString(nameItems[i]))
                }
            }
            if !missing.isEmpty { throw missingArguments(f, missing, kind: "keyword-only") }
        }
    }

    static func qualname(_ f: UnsafeMutablePointer<PyFunctionObject>) -> String { Str.swiftString(f.pointee.func_qualname) }

    static func missingArguments(_ f: UnsafeMutablePointer<PyFunctionObject>, _ names: [String], kind: String) -> PyException {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        let plural = names.count == 1 ? "argument" : "arguments"
        return .typeError("\(qualname(f))() missing \(names.count) required \(kind) \(plural): \(list)")
    }

    static func tooManyPositional(_ f: UnsafeMutablePointer<PyFunctionObject>, _ code: CodeObjects.Pointer, given: Int,
                                  _ locals: UnsafeMutablePointer<Value>) -> PyException {
        let argcount = Int(code.pointee.co_argcount)
        let defaults = f.pointee.func_defaults
        let ndefaults = defaults.isEmpty ? 0 : Tuple.count(defaults)
        let takes: String
        if ndefaults > 0 {
            takes = "from \(argcount - ndefaults) to \(argcount) positional arguments"
        } else {
            takes = "\(argcount) positional argument\(argcount == 1 ? "" : "s")"
        }
        var kwonlyGiven = 0
        for i in argcount..<(argcount + Int(code.pointee.co_kwonlyargcount)) where !locals[i].isEmpty { kwonlyGiven += 1 }
        var given = "\(given) positional argument\(given == 1 ? "" : "s")"
        if kwonlyGiven > 0 {
            given += " (and \(kwonlyGiven) keyword-only argument\(kwonlyGiven == 1 ? "" : "s"))"
        }
        let verb = given.hasPrefix("1 ") && kwonlyGiven == 0 ? "was" : "were"
        return .typeError("\(qualname(f))() takes \(takes) but \(kwonlyGiven > 0 ? given : String(given.split(separator: " ")[0])) \(verb) given")
    }

    static func positionalAsKeyword(_ f: UnsafeMutablePointer<PyFunctionObject>, _ code: CodeObjects.Pointer, _ args: Arguments) -> PyException {
        let names = Tuple.items(code.pointee.co_localsplusnames)
        var offending: [String] = []
        for i in 0..<Int(code.pointee.co_posonlyargcount) {
            for k in 0..<Tuple.count(args.kwnames) where Str.equal(names[i], Tuple.item(args.kwnames, k)) {
                offending.append(Str.swiftString(names[i]))
            }
        }
        return .typeError("\(qualname(f))() got some positional-only arguments passed as keyword arguments: '\(offending.joined(separator: ", "))'")
    }
}
