import ObjectLayout

/// `BaseException`'s attributes: `args`, `__traceback__`, `__cause__`, `__context__`,
/// `__suppress_context__`.
enum ExceptionAttributes {
    static func exception(_ o: ObjectPointer?) -> UnsafeMutablePointer<PyBaseExceptionObject> { o!.layout(PyBaseExceptionObject.self) }

    /// Setter of an exception-or-None field (`__cause__`, `__context__`).
    static func setException(_ o: ObjectPointer?, _ v: ObjectPointer?, _ path: WritableKeyPath<PyBaseExceptionObject, UnsafeMutablePointer<PyObject>?>,
                             _ name: String) -> Int32 {
        CBoundary.status { () throws(PyException) in
            guard let v else { throw PyException.typeError("\(name) may not be deleted") }
            let value = Value(v)
            if value == .none {
                exception(o).pointee[keyPath: path] = nil
            } else {
                guard TypeObject.isSubtype(value.type, of: Krait_exc_BaseException) else {
                    throw PyException.typeError("exception \(name == "__cause__" ? "cause" : "context") must be None or derive from BaseException")
                }
                exception(o).pointee[keyPath: path] = v
            }
            if name == "__cause__" { exception(o).pointee.suppress_context = 1 }
        }
    }

    /// `e.__traceback__ = tb` and `e.with_traceback(tb)`.
    static func setTraceback(_ o: ObjectPointer, _ tb: Value) throws(PyException) {
        if tb == .none {
            exception(o).pointee.traceback = nil
        } else if tb.isExactly(Krait_traceback_type) {
            exception(o).pointee.traceback = tb.object
        } else {
            throw PyException.typeError("__traceback__ must be a traceback or None")
        }
    }

    static let table: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__dict__", get: SlotFunctions.dictGetSet.pointee.get, set: SlotFunctions.dictGetSet.pointee.set),
        GetSetSpec("args", get: { o, _ in exception(o).pointee.args }, set: { o, v, _ in
            CBoundary.status { () throws(PyException) in
                guard let v else { throw PyException.typeError("args may not be deleted") }
                let items = Value(v).isExactly(Krait_tuple_type) ? Value(v) : try Protocols.call(Value(Krait_tuple_type), Value(v))
                exception(o).pointee.args = items.object
            }
        }),
        GetSetSpec("__traceback__", get: { o, _ in exception(o).pointee.traceback ?? Krait_None }, set: { o, v, _ in
            CBoundary.status { () throws(PyException) in
                guard let v else { throw PyException.typeError("__traceback__ may not be deleted") }
                try ExceptionAttributes.setTraceback(o!, Value(v))
            }
        }),
        GetSetSpec("__cause__", get: { o, _ in exception(o).pointee.cause ?? Krait_None }, set: { o, v, _ in
            setException(o, v, \.cause, "__cause__")
        }),
        GetSetSpec("__context__", get: { o, _ in exception(o).pointee.context ?? Krait_None }, set: { o, v, _ in
            setException(o, v, \.context, "__context__")
        }),
        GetSetSpec("__suppress_context__", get: { o, _ in Value.bool(exception(o).pointee.suppress_context != 0).object }, set: { o, v, _ in
            CBoundary.status { () throws(PyException) in
                guard let v else { throw PyException.typeError("__suppress_context__ may not be deleted") }
                exception(o).pointee.suppress_context = try Protocols.isTrue(Value(v)) ? 1 : 0
            }
        }),
    ])
}
