import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The `_io.FileIO` type and its methods.
enum FileIOType {
    static func setUp() {
        let t = Krait_fileIO_type!
        IOBase.define(t, "_io.FileIO", base: Krait_rawIOBase_type, size: MemoryLayout<KraitFileIOObject>.size,
                      doc: "Open a file.\n\nThe mode can be 'r' (default), 'w', 'x' or 'a' for reading,\nwriting, exclusive creation or appending.  The file will be created if it\ndoesn't exist when opened for writing or appending; it will be truncated\nwhen opened for writing.  A FileExistsError will be raised if it already\nexists when opened for creating. Opening a file for creating implies\nwriting so this mode behaves in a similar way to 'w'.Add a '+' to the mode\nto allow simultaneous reading and writing. A custom opener can be used by\npassing a callable as *opener*. The underlying file descriptor for the file\nobject is then obtained by calling opener with (*name*, *flags*).\n*opener* must return an open file descriptor (passing os.open as *opener*\nresults in functionality similar to passing None).",
                      traverse: { o, visit, arg in
                          let f = o!.layout(KraitFileIOObject.self).pointee
                          Trace.visit(f.base.dict, visit, arg)
                          Trace.visit(f.owner, visit, arg)
                          return 0
                      },
                      new: { type, _, _ in
                          let o = ModuleTypes.allocate(type!)
                          o.layout(KraitFileIOObject.self).pointee.fd = -1
                          o.layout(KraitFileIOObject.self).pointee.seekable = -1
                          return o
                      })
        t.pointee.tp_finalize = { o in
            // Unreachable objects are finalized in no fixed order (CPython's reference
            // counting finalizes the buffer first), so the buffer over this file is
            // flushed before the descriptor closes.
            let owner = o!.layout(KraitFileIOObject.self).pointee.owner
            if !owner.isEmpty, let buffer = try? Protocols.call(owner), buffer != .none { IOBase.finalize(buffer.object) }
            IOBase.finalize(o)
        }
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try FileIO.initialize(Value(o!), Arguments.from(tuple: args, keywords: kwargs)) }
        }
        t.pointee.tp_repr = { o in ModuleTypes.repr(o) { v throws(PyException) in try FileIOType.repr(v) } }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("closed", doc: "True if the file is closed", get: { o, _ in
                Boxing.object(.bool(FileIO.object(Value(o!)).pointee.fd < 0))
            }),
            GetSetSpec("closefd", doc: "True if the file descriptor will be closed by close().", get: { o, _ in
                Boxing.object(.bool(FileIO.object(Value(o!)).pointee.closefd != 0))
            }),
            GetSetSpec("_blksize", get: { o, _ in Boxing.object(IntObject.make(FileIO.object(Value(o!)).pointee.blksize)) }),
            GetSetSpec("mode", doc: "String giving the file mode", get: { o, _ in
                Boxing.object(Str.make(FileIO.mode(FileIO.object(Value(o!)))))
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(FileIOMethods.table)
    }

    static func repr(_ v: Value) throws(PyException) -> String {
        let f = FileIO.object(v)
        let typeName = String(cString: v.type.pointee.tp_name)
        if f.pointee.fd < 0 { return "<\(typeName) [closed]>" }
        let mode = FileIO.mode(f), closefd = f.pointee.closefd != 0 ? "True" : "False"
        guard let name = try Protocols.lookupAttribute(v, Str.make("name")) else {
            return "<\(typeName) fd=\(f.pointee.fd) mode='\(mode)' closefd=\(closefd)>"
        }
        let text = try ReprGuard.run(v, placeholder: "") { () throws(PyException) in Str.make(try Protocols.reprText(name)) }
        if Str.length(text) == 0 { throw PyException(Krait_exc_RuntimeError, "reentrant call inside \(typeName).__repr__") }
        return "<\(typeName) name=\(Str.swiftString(text)) mode='\(mode)' closefd=\(closefd)>"
    }
}
