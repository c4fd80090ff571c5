import ObjectLayout

/// The bytes of any object that fills `bf_getbuffer` (bytes, bytearray, array.array,
/// …), read afresh on each use since an exporter may move its storage: Krait does not
/// lock exporters while views exist.
public enum BufferExporters {
    /// The exporter's buffer as its `bf_getbuffer` fills it; nil for non-exporters.
    public static func export(_ obj: Value) -> Py_buffer? {
        guard let get = obj.type.pointee.tp_as_buffer?.pointee.bf_getbuffer else { return nil }
        var view = Py_buffer()
        guard get(obj.object, &view, 0) == 0 else { return nil }
        return view
    }

    /// The exporter's current data and byte count.
    public static func contents(_ obj: Value) -> (data: UnsafeMutableRawPointer, count: Int) {
        if ByteArray.isByteArray(obj) { return (ByteArray.data(obj), ByteArray.count(obj)) }
        if BytesLike.isBytes(obj) { return (Bytes.data(obj), Bytes.count(obj)) }
        let view = export(obj)!
        return (view.buf ?? ByteArray.emptyData, view.len)
    }

    /// The struct format character of an export ('B' when none is given), without
    /// the native '@' prefix.
    static func format(_ view: Py_buffer) -> UInt8 {
        guard let f = view.format else { return MemoryViewFormat.B }
        return UInt8(bitPattern: f[0] == 0x40 ? f[1] : f[0])
    }

    /// A new bytes holding a copy of the exporter's data.
    static func copy(_ obj: Value) -> Value {
        let (data, count) = contents(obj)
        return Bytes.make(UnsafeRawBufferPointer(start: data, count: count))
    }
}
