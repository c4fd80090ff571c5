import ObjectLayout
import ObjectModel

/// The `_io` module: the C layer under CPython's `io.py`.
enum IOModule {
    nonisolated(unsafe) static var typesReady = false

    static func setUpTypes() throws(PyException) {
        if typesReady { return }
        typesReady = true
        IOBase.setUp()
        IOBaseClasses.setUp()
        StringIOType.setUp()
        BytesIOType.setUp()
        BytesIOBuffer.setUp()
        NewlineDecoder.setUp()
        FileIOType.setUp()
        BufferedType.setUp()
        BufferedRWPair.setUp()
        TextIOType.setUp()
        for type in [Krait_ioBase_type!, Krait_rawIOBase_type!, Krait_bufferedIOBase_type!, Krait_textIOBase_type!,
                     Krait_stringIO_type!, Krait_bytesIO_type!, Krait_bytesIOBuffer_type!, Krait_newlineDecoder_type!, Krait_fileIO_type!,
                     Krait_bufferedReader_type!, Krait_bufferedWriter_type!, Krait_bufferedRandom_type!,
                     Krait_bufferedRWPair_type!, Krait_textIOWrapper_type!] {
            try TypeSetup.ready(type)
        }
        // UnsupportedOperation is a Python class in CPython too (made by `type()` at init).
        let namespace = Dict.new()
        try Dict.setItem(namespace, Str.make("__module__"), Str.make("io"))
        let bases = Tuple.make(Value(Krait_exc_OSError), Value(Krait_exc_ValueError))
        IOBase.unsupportedOperation = try Protocols.call(Value(Krait_type_type), Str.make("UnsupportedOperation"), bases, namespace)
        Allocation.makeImmortal(IOBase.unsupportedOperation.object)
    }

    static func create() throws(PyException) -> Value {
        try setUpTypes()
        let m = try NativeModule.make("_io", doc: "The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.\n\nAt the top of the I/O hierarchy is the abstract base class IOBase. It\ndefines the basic interface to a stream. Note, however, that there is no\nseparation between reading and writing to streams; implementations are\nallowed to raise an OSError if they do not support a given operation.\n\nExtending IOBase is RawIOBase which deals simply with the reading and\nwriting of raw bytes to a stream. FileIO subclasses RawIOBase to provide\nan interface to OS files.\n\nBufferedIOBase deals with buffering on a raw byte stream (RawIOBase). Its\nsubclasses, BufferedWriter, BufferedReader, and BufferedRWPair buffer\nstreams that are readable, writable, and both respectively.\nBufferedRandom provides a buffered interface to random access\nstreams. BytesIO is a simple stream of in-memory bytes.\n\nAnother IOBase subclass, TextIOBase, deals with the encoding and decoding\nof streams into text. TextIOWrapper, which extends it, is a buffered text\ninterface to a buffered raw stream (`BufferedIOBase`). Finally, StringIO\nis an in-memory stream for text.\n\nArgument names are not part of the specification, and only the arguments\nof open() are intended to be used as keyword arguments.\n\ndata:\n\nDEFAULT_BUFFER_SIZE\n\n   An int containing the default buffer size used by the module's buffered\n   I/O classes. open() uses the file's blksize (as obtained by os.stat) if\n   possible.\n", functions: IOFunctions.table, constants: [
            ("DEFAULT_BUFFER_SIZE", { IntObject.make(IOBaseClasses.defaultBufferSize) }),
            ("BlockingIOError", { Value(Krait_exc_BlockingIOError) }),
            ("UnsupportedOperation", { IOBase.unsupportedOperation }),
        ])
        return try ModuleTypes.add(m, [
            ("_IOBase", Krait_ioBase_type), ("_RawIOBase", Krait_rawIOBase_type), ("_BufferedIOBase", Krait_bufferedIOBase_type),
            ("_TextIOBase", Krait_textIOBase_type), ("StringIO", Krait_stringIO_type), ("BytesIO", Krait_bytesIO_type),
            ("IncrementalNewlineDecoder", Krait_newlineDecoder_type), ("FileIO", Krait_fileIO_type),
            ("BufferedReader", Krait_bufferedReader_type), ("BufferedWriter", Krait_bufferedWriter_type),
            ("BufferedRandom", Krait_bufferedRandom_type), ("BufferedRWPair", Krait_bufferedRWPair_type),
            ("TextIOWrapper", Krait_textIOWrapper_type),
        ])
    }
}
