import CExpat
import ObjectLayout
import ObjectModel

/// `PyUnknownEncodingHandler`: an encoding expat does not know itself is taken from
/// Python's codecs when it is a single-byte one, by decoding the 256 byte values.
enum ExpatEncoding {
    static let handler: XML_UnknownEncodingHandler = { _, name, info in
        if CBoundary.hasPending { return XML_STATUS_ERROR.rawValue32 }
        do throws(PyException) {
            let bytes = Bytes.make((0...255).map { UInt8($0) })
            let text = try Protocols.callMethod(bytes, "decode", ExpatText.string(name), Str.make("replace"))
            guard ModuleTypes.isStr(text), Str.length(text) == 256 else {
                throw PyException.valueError("multi-byte encodings are not supported")
            }
            // Bytes the codec cannot decode came out as U+FFFD; expat's -1 marks them invalid.
            withUnsafeMutableBytes(of: &info!.pointee.map) { raw in
                let map = raw.bindMemory(to: Int32.self)
                for i in 0..<256 {
                    let c = Str.codePoint(text, at: i)
                    map[i] = c == 0xFFFD ? -1 : Int32(c)
                }
            }
            info!.pointee.data = nil
            info!.pointee.convert = nil
            info!.pointee.release = nil
            return XML_STATUS_OK.rawValue32
        } catch {
            CBoundary.setPending(error)
            return XML_STATUS_ERROR.rawValue32
        }
    }
}

extension XML_Status {
    /// The status as the int an encoding handler returns.
    var rawValue32: Int32 { Int32(truncatingIfNeeded: rawValue) }
}
