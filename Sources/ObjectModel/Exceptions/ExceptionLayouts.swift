import ObjectLayout

/// Which instance layout (`ExceptionObjects.h`) each builtin exception class has, and
/// the trace function that visits its fields.
enum ExceptionLayouts {
    struct Layout {
        let size: Int
        let traverse: traverseproc
    }

    /// The layout of every class of `Exceptions.hierarchy`, by type address: a class
    /// that introduces fields has its own, the others inherit their base's.
    static func layouts() -> [UInt: Layout] {
        let own: [(TypePointer, Layout)] = [
            (Krait_exc_BaseException, Layout(size: MemoryLayout<PyBaseExceptionObject>.size, traverse: traverseBase)),
            (Krait_exc_BaseExceptionGroup, Layout(size: MemoryLayout<PyBaseExceptionGroupObject>.size, traverse: traverseGroup)),
            (Krait_exc_SyntaxError, Layout(size: MemoryLayout<PySyntaxErrorObject>.size, traverse: traverseSyntaxError)),
            (Krait_exc_ImportError, Layout(size: MemoryLayout<PyImportErrorObject>.size, traverse: traverseImportError)),
            (Krait_exc_UnicodeDecodeError, Layout(size: MemoryLayout<PyUnicodeErrorObject>.size, traverse: traverseUnicodeError)),
            (Krait_exc_UnicodeEncodeError, Layout(size: MemoryLayout<PyUnicodeErrorObject>.size, traverse: traverseUnicodeError)),
            (Krait_exc_UnicodeTranslateError, Layout(size: MemoryLayout<PyUnicodeErrorObject>.size, traverse: traverseUnicodeError)),
            (Krait_exc_SystemExit, Layout(size: MemoryLayout<PySystemExitObject>.size, traverse: traverseSystemExit)),
            (Krait_exc_OSError, Layout(size: MemoryLayout<PyOSErrorObject>.size, traverse: traverseOSError)),
            (Krait_exc_StopIteration, Layout(size: MemoryLayout<PyStopIterationObject>.size, traverse: traverseStopIteration)),
            (Krait_exc_NameError, Layout(size: MemoryLayout<PyNameErrorObject>.size, traverse: traverseNameError)),
            (Krait_exc_AttributeError, Layout(size: MemoryLayout<PyAttributeErrorObject>.size, traverse: traverseAttributeError)),
        ]
        var result: [UInt: Layout] = [:]
        for (type, layout) in own { result[UInt(bitPattern: type)] = layout }
        // The hierarchy lists every base before its subclasses.
        for (type, _, base) in Exceptions.hierarchy where result[UInt(bitPattern: type)] == nil {
            result[UInt(bitPattern: type)] = result[UInt(bitPattern: base!)]
        }
        return result
    }

    static let traverseBase: traverseproc = { object, visit, arg in
        let e = object!.layout(PyBaseExceptionObject.self)
        Trace.visit(e.pointee.dict, visit, arg)
        Trace.visit(e.pointee.args, visit, arg)
        Trace.visit(e.pointee.notes, visit, arg)
        Trace.visit(e.pointee.traceback, visit, arg)
        Trace.visit(e.pointee.context, visit, arg)
        Trace.visit(e.pointee.cause, visit, arg)
        return 0
    }

    static let traverseGroup: traverseproc = { object, visit, arg in
        let e = object!.layout(PyBaseExceptionGroupObject.self)
        Trace.visit(e.pointee.msg, visit, arg)
        Trace.visit(e.pointee.excs, visit, arg)
        return traverseBase(object, visit, arg)
    }

    static let traverseSyntaxError: traverseproc = { object, visit, arg in
        let e = object!.layout(PySyntaxErrorObject.self)
        for field in [e.pointee.msg, e.pointee.filename, e.pointee.lineno, e.pointee.offset, e.pointee.end_lineno,
                      e.pointee.end_offset, e.pointee.text, e.pointee.print_file_and_line] {
            Trace.visit(field, visit, arg)
        }
        return traverseBase(object, visit, arg)
    }

    static let traverseImportError: traverseproc = { object, visit, arg in
        let e = object!.layout(PyImportErrorObject.self)
        Trace.visit(e.pointee.msg, visit, arg)
        Trace.visit(e.pointee.name, visit, arg)
        Trace.visit(e.pointee.path, visit, arg)
        return traverseBase(object, visit, arg)
    }

    static let traverseUnicodeError: traverseproc = { object, visit, arg in
        let e = object!.layout(PyUnicodeErrorObject.self)
        Trace.visit(e.pointee.encoding, visit, arg)
        Trace.visit(e.pointee.object, visit, arg)
        Trace.visit(e.pointee.reason, visit, arg)
        return traverseBase(object, visit, arg)
    }

    static let traverseSystemExit: traverseproc = { object, visit, arg in
        Trace.visit(object!.layout(PySystemExitObject.self).pointee.code, visit, arg)
        return traverseBase(object, visit, arg)
    }

    static let traverseOSError: traverseproc = { object, visit, arg in
        let e = object!.layout(PyOSErrorObject.self)
        Trace.visit(e.pointee.myerrno, visit, arg)
        Trace.visit(e.pointee.strerror, visit, arg)
        Trace.visit(e.pointee.filename, visit, arg)
        Trace.visit(e.pointee.filename2, visit, arg)
        return traverseBase(object, visit, arg)
    }

    static let traverseStopIteration: traverseproc = { object, visit, arg in
        Trace.visit(object!.layout(PyStopIterationObject.self).pointee.value, visit, arg)
        return traverseBase(object, visit, arg)
    }

    static let traverseNameError: traverseproc = { object, visit, arg in
        Trace.visit(object!.layout(PyNameErrorObject.self).pointee.name, visit, arg)
        return traverseBase(object, visit, arg)
    }

    static let traverseAttributeError: traverseproc = { object, visit, arg in
        let e = object!.layout(PyAttributeErrorObject.self)
        Trace.visit(e.pointee.obj, visit, arg)
        Trace.visit(e.pointee.name, visit, arg)
        return traverseBase(object, visit, arg)
    }
}
