import ObjectLayout
import ObjectModel

/// buffer_text: character data collected in the parser's buffer and handed to
/// CharacterDataHandler in one piece, before any other handler runs, when the buffer
/// would overflow, and at the end of each Parse.
enum ExpatBuffer {
    typealias Parser = UnsafeMutablePointer<KraitXMLParserObject>

    /// `my_CharacterDataHandler`.
    static func add(_ p: Parser, _ data: UnsafePointer<CChar>, _ count: Int) {
        if p.pointee.buffer != nil && Int(p.pointee.buffer_used) + count > Int(p.pointee.buffer_size) {
            guard flush(p) else { return }
            // The handler may have gone meanwhile; the rest is dropped then.
            if ExpatHandlers.slots(p)[ExpatHandlers.characterDataIndex].isEmpty { return }
        }
        guard let buffer = p.pointee.buffer, count <= Int(p.pointee.buffer_size) else {
            _ = call(p, data, count)
            if p.pointee.buffer != nil { p.pointee.buffer_used = 0 }
            return
        }
        (buffer + Int(p.pointee.buffer_used)).update(from: data, count: count)
        p.pointee.buffer_used += Int32(count)
    }

    /// `flush_character_buffer`: false when the handler raised (the error is pending).
    static func flush(_ p: Parser) -> Bool {
        guard let buffer = p.pointee.buffer, p.pointee.buffer_used > 0 else { return true }
        let used = Int(p.pointee.buffer_used)
        p.pointee.buffer_used = 0
        return call(p, buffer, used)
    }

    /// `call_character_handler`.
    static func call(_ p: Parser, _ data: UnsafePointer<CChar>, _ count: Int) -> Bool {
        let handler = ExpatHandlers.slots(p)[ExpatHandlers.characterDataIndex]
        if handler.isEmpty { return true }
        let text = ExpatText.string(data, count: count)
        p.pointee.in_callback = 1
        defer { p.pointee.in_callback = 0 }
        do throws(PyException) {
            _ = try Protocols.call(handler, text)
            return true
        } catch {
            ExpatHandlers.flagError(p, error)
            return false
        }
    }

    /// A new buffer of buffer_size bytes (the old one's contents were flushed).
    static func allocate(_ p: Parser) {
        p.pointee.buffer = ByteBlocks.allocate(Int(p.pointee.buffer_size))
        p.pointee.buffer_used = 0
    }
}
