import ObjectLayout

/// `BaseException`'s methods: `__reduce__`, `__setstate__`, `with_traceback`, `add_note`.
enum ExceptionMethods {
    static let table = TypeSetup.methodTable([
        MethodSpec("__reduce__") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("__reduce__")
                return ExceptionMethods.reduce(s, arguments: Exceptions.arguments(s), state: nil)
            }
        },
        MethodSpec("__setstate__") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let state = try args.one("__setstate__")
                if state == .none { return .none }
                guard state.isExactly(Krait_dict_type) || TypeObject.isSubtype(state.type, of: Krait_dict_type) else {
                    throw PyException.typeError("state is not a dictionary")
                }
                var position = 0
                while let (key, value, next) = Dict.next(state, from: position) {
                    try Protocols.setAttribute(s, key, value)
                    position = next
                }
                return .none
            }
        },
        MethodSpec("with_traceback", doc: "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try ExceptionAttributes.setTraceback(s.object, try args.one("BaseException.with_traceback"))
                return s
            }
        },
        MethodSpec("add_note", doc: "Exception.add_note(note) --\n    add a note to the exception") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try ExceptionMethods.addNote(s, try args.one("BaseException.add_note"))
                return .none
            }
        },
    ])

    /// `(type(e), args)`, or `(type(e), args, state)` when there is a state (the
    /// instance dict, unless the class has its own).
    static func reduce(_ e: Value, arguments: Value, state: Value?) -> Value {
        let dict = state ?? Exceptions.exception(e).pointee.dict.map { Value($0) }
        if let dict { return Tuple.make([Value(e.type), arguments, dict]) }
        return Tuple.make(Value(e.type), arguments)
    }

    /// Notes live in the instance's `__notes__` attribute (its dict, for builtin
    /// classes), created on the first note.
    static func addNote(_ e: Value, _ note: Value) throws(PyException) {
        guard TypeObject.isSubtype(note.type, of: Krait_str_type) else {
            throw PyException.typeError("note must be a str, not '\(TypeObject.name(note.type))'")
        }
        let name = Interned.literal("__notes__")
        let notes: Value
        if let existing = try Protocols.lookupAttribute(e, name) {
            notes = existing
        } else {
            notes = List.new()
            try Protocols.setAttribute(e, name, notes)
        }
        guard TypeObject.isSubtype(notes.type, of: Krait_list_type) else {
            throw PyException.typeError("Cannot add note: __notes__ is not a list")
        }
        List.append(notes, note)
    }
}
